package id.alur.sop;

import id.alur.sop.yaml.SopYamlReader;
import id.alur.sop.yaml.SopYamlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code *.sop.yaml} file format (docs/sop-format.md): reading with every problem reported at its line and column
 * (the reader and writer are in {@code sop.yaml}, the checks in {@link SopValidator}), writing, and the five seed SOPs. Plain Java, usable without Spring (the command line uses it).
 */
public final class SopFormat {

    /** Files over 1 MB are refused before parsing: a real SOP is a few kilobytes. */
    public static final int MAX_BYTES = SopYamlReader.MAX_BYTES;

    /** The seed SOPs by office code (COMMON.md), in seed order. */
    private static final Map<String, String> SEEDS = seeds(
            "dinsosppkb-rembang", "000",
            "dinsos-solok", "001",
            "kemenag-jaksel", "002",
            "dinsos-kaltara", "003",
            "dinkes-belitung", "004");

    private static final String SEED_FOLDER = "sop/seeds/";

    private SopFormat() {}

    /**
     * Reads an SOP file and reports every problem at once, in the reader's language (English for an English locale,
     * Indonesian otherwise).
     *
     * @return the SOP (null when any problem is an error) and all problems, ordered by line and column
     */
    public static SopReadResult read(String fileName, byte[] content, Locale locale) {
        SopMessages messages = SopMessages.of(locale);
        SopYamlReader.Reading reading = SopYamlReader.read(fileName, content, messages::get);
        List<SopProblem> problems = new ArrayList<>(reading.problems());
        Sop sop = reading.sop();
        if (sop != null) {
            problems.addAll(new SopValidator(fileName, messages, reading.locations()).validate(sop));
        }
        problems.sort(Comparator.comparingInt(SopProblem::line).thenComparingInt(SopProblem::column));
        boolean valid = sop != null && problems.stream().noneMatch(SopProblem::isError);
        return new SopReadResult(valid ? sop : null, problems);
    }

    /**
     * The SOP in the file; warnings are ignored.
     *
     * @throws InvalidSopException listing every error (messages in Indonesian)
     */
    public static Sop parse(String fileName, byte[] content) {
        SopReadResult result = read(fileName, content, Locale.ROOT);
        if (!result.valid()) {
            throw new InvalidSopException(result.errors());
        }
        return result.sop();
    }

    /** The SOP as YAML text that {@link #parse} reads back to an equal SOP. */
    public static String write(Sop sop) {
        return SopYamlWriter.write(sop);
    }

    /** The office codes that have a seed SOP, in seed order (000 … 004). */
    public static List<String> seedOfficeCodes() {
        return List.copyOf(SEEDS.keySet());
    }

    /** The file name of the office's seed SOP, e.g. {@code 000-dinsosppkb-rembang.sop.yaml}. */
    public static String seedFileName(String officeCode) {
        String prefix = SEEDS.get(officeCode);
        if (prefix == null) {
            throw new IllegalArgumentException("No seed SOP for office " + officeCode + "; seeds: " + SEEDS.keySet());
        }
        return prefix + "-" + officeCode + ".sop.yaml";
    }

    /** The text of the office's seed SOP file, comments and inference marks included. */
    public static String seedSource(String officeCode) {
        return new String(seedBytes(officeCode), StandardCharsets.UTF_8);
    }

    /** The seed SOP of the office, from {@code classpath:sop/seeds/}. */
    public static Sop seed(String officeCode) {
        return parse(seedFileName(officeCode), seedBytes(officeCode));
    }

    private static byte[] seedBytes(String officeCode) {
        String resource = SEED_FOLDER + seedFileName(officeCode);
        try (InputStream in = SopFormat.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed SOP missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    private static Map<String, String> seeds(String... officeThenPrefix) {
        Map<String, String> seeds = new LinkedHashMap<>();
        for (int i = 0; i < officeThenPrefix.length; i += 2) {
            seeds.put(officeThenPrefix[i], officeThenPrefix[i + 1]);
        }
        return Collections.unmodifiableMap(seeds);
    }
}
