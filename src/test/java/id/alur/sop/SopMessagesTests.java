package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SopMessagesTests {

    static Properties bundle(String name) throws IOException {
        try (InputStream in = SopMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void indonesianAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("sop_en").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("sop").stringPropertyNames()));
    }

    @Test
    void everyProblemCodeInTheCodeHasAMessageAndIsDocumented() throws IOException {
        Set<String> codes = new TreeSet<>();
        Pattern code = Pattern.compile("Severity\\.(?:ERROR|WARNING),\\s*(?:[^,\"]+,\\s*)*\"([a-z0-9-]+)\"");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/alur/sop"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            Matcher matcher = code.matcher(Files.readString(source).replaceAll("\\s+", " "));
            while (matcher.find()) {
                codes.add(matcher.group(1));
            }
        }
        assertThat(codes).hasSizeGreaterThan(20);
        Properties indonesian = bundle("sop");
        String documentation = Files.readString(Path.of("docs/sop-format.md"));
        for (String c : codes) {
            assertThat(indonesian.getProperty("sop.problem." + c))
                    .as("message of %s", c)
                    .isNotBlank();
            assertThat(documentation).as("docs/sop-format.md lists %s", c).contains("`" + c + "`");
        }
    }

    @Test
    void takesIndonesianWhateverTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(SopMessages.of(Locale.ROOT).get("sop.cli.severity.error"))
                    .isEqualTo("kesalahan");
            assertThat(SopMessages.of(Locale.forLanguageTag("id")).get("sop.cli.severity.error"))
                    .isEqualTo("kesalahan");
            assertThat(SopMessages.of(Locale.UK).get("sop.cli.severity.error")).isEqualTo("error");
        } finally {
            Locale.setDefault(before);
        }
    }
}
