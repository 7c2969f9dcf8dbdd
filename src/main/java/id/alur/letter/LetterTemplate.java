package id.alur.letter;

import id.alur.casework.OfficeRegions;
import id.alur.platform.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The body of one letter kind as an office writes it: plain text whose paragraphs are separated by a blank line, with
 * named placeholders such as {@code {{pemohon.nama}}} that our code replaces by the letter's values, and table
 * placeholders such as {@code {{tabel.pemohon}}} that stand alone on a line. Nothing in it is evaluated: the text
 * and the values end up as text in the PDF (escaped by the letter's Thymeleaf template), so a template can express
 * nothing that runs on the server. The list of placeholders is {@link #PLACEHOLDERS} (docs/letters.md "Templates").
 */
record LetterTemplate(LetterKind kind, String body) {

    static final int MAX_LENGTH = 10_000;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LetterPdf.INDONESIAN);

    /** One paragraph of a resolved body: its text, or the table it stands for ({@code pemohon}, ...). */
    record Paragraph(@Nullable String text, @Nullable String table) {

        static Paragraph text(String text) {
            return new Paragraph(text, null);
        }

        static Paragraph table(String table) {
            return new Paragraph(null, table);
        }

        public boolean isTable(String name) {
            return name.equals(table);
        }
    }

    /** A placeholder: its name, the message key of its description, and the kinds it is for (all when empty). */
    record Placeholder(String name, Function<Values, @Nullable String> value, Set<LetterKind> only) {

        String messageKey() {
            return "letter.template.placeholder." + name;
        }

        boolean table() {
            return name.startsWith("tabel.");
        }

        boolean allowedIn(LetterKind kind) {
            return only.isEmpty() || only.contains(kind);
        }
    }

    /** What a body is resolved from: the letter's snapshot and, for a refusal letter, the reason. */
    record Values(LetterDocument letter, @Nullable String refusalReason) {}

    /** Every placeholder, in the order the editor lists them. */
    static final List<Placeholder> PLACEHOLDERS = List.of(
            text("pemohon.nama", v -> v.letter().applicant().name()),
            text("pemohon.nik", v -> maskedNik(v.letter().applicant().nik())),
            text("pemohon.alamat", v -> v.letter().applicant().address()),
            text("pemohon.tanggal_lahir", v -> date(v.letter().applicant().birthDate())),
            text("nomor_registrasi", LetterTemplate::trackingNumber),
            text("layanan", v -> v.letter().sopName()),
            text("kantor.nama", v -> v.letter().letterhead().officeName()),
            text("kantor.wilayah", v -> region(v.letter().letterhead())),
            text("kantor.nama_wilayah", v -> officeWithRegion(v.letter().letterhead())),
            text("surat.nomor", v -> v.letter().number()),
            text("surat.tanggal", v -> date(v.letter().issuedOn())),
            text("surat.perihal", v -> v.letter().subject()),
            text("surat.kepada", v -> v.letter().addressee()),
            text("penandatangan.nama", v -> v.letter().signer().name()),
            text("penandatangan.jabatan", v -> v.letter().signer().title()),
            text("penandatangan.jabatan_kantor", LetterTemplate::signerAtOffice),
            text("penandatangan.nip", v -> v.letter().signer().nipAsWritten()),
            new Placeholder("penolakan.alasan", Values::refusalReason, Set.of(LetterKind.SURAT_PENOLAKAN)),
            text("tabel.pemohon", v -> null),
            text("tabel.anggota", v -> null),
            text("tabel.berkas", v -> null));

    private static final Map<String, Placeholder> BY_NAME = byName();

    /** The kinds whose body an office writes; the Lembar Disposisi is a form without a body. */
    static final List<LetterKind> KINDS = List.of(
            LetterKind.SURAT_PENGANTAR,
            LetterKind.SURAT_REKOMENDASI_BEROBAT,
            LetterKind.LEMBAR_VERIFIKASI,
            LetterKind.TANDA_TERIMA,
            LetterKind.SURAT_PENOLAKAN,
            LetterKind.SURAT_LAYANAN);

    static boolean hasBody(LetterKind kind) {
        return KINDS.contains(kind);
    }

    /** The placeholders a body of this kind may use. */
    static List<Placeholder> placeholders(LetterKind kind) {
        return PLACEHOLDERS.stream().filter(p -> p.allowedIn(kind)).toList();
    }

    /** The body every office starts with: the text the seeds' letters always had ({@code letter/bodies/<kind>.txt}). */
    static LetterTemplate standard(LetterKind kind) {
        String path = "letter/bodies/" + kind.slug() + ".txt";
        try (InputStream in = LetterTemplate.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No standard body " + path);
            }
            return new LetterTemplate(kind, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    /**
     * Every problem of the body, each naming the field {@code body}, the placeholder and its line: an unknown
     * placeholder (or one not for this kind), an unclosed {@code {{}, a table placeholder not alone on its line, an
     * empty or too long body, control characters. Empty when the body is fine.
     */
    List<InputProblem> problems() {
        List<InputProblem> problems = new ArrayList<>();
        if (body == null || body.isBlank()) {
            problems.add(InputProblem.ofField("body", "letter.template.blank"));
            return problems;
        }
        if (body.length() > MAX_LENGTH) {
            problems.add(InputProblem.ofField("body", "letter.template.too-long", MAX_LENGTH));
            return problems;
        }
        String[] lines = lines(body);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String text = lines[i];
            if (text.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
                problems.add(InputProblem.ofField("body", "letter.template.control-character", line));
            }
            Matcher m = PLACEHOLDER.matcher(text);
            int end = 0;
            while (m.find()) {
                String name = m.group(1);
                Placeholder placeholder = BY_NAME.get(name);
                if (placeholder == null || !placeholder.allowedIn(kind)) {
                    problems.add(InputProblem.ofField(
                            "body", "letter.template.unknown-placeholder", "{{" + name + "}}", line));
                } else if (placeholder.table() && !text.strip().equals(m.group())) {
                    problems.add(InputProblem.ofField("body", "letter.template.table-alone", "{{" + name + "}}", line));
                }
                if (text.substring(end, m.start()).contains("}}")) {
                    problems.add(InputProblem.ofField("body", "letter.template.unopened", line));
                }
                end = m.end();
            }
            String rest = text.substring(end);
            if (rest.contains("{{")) {
                problems.add(InputProblem.ofField("body", "letter.template.unclosed", line));
            } else if (rest.contains("}}")) {
                problems.add(InputProblem.ofField("body", "letter.template.unopened", line));
            }
        }
        return problems;
    }

    /**
     * The body with every placeholder replaced by its value (an empty value for a field the letter lacks): paragraphs
     * of text, and the tables in their places. Lines of one paragraph are joined by a space. Only a checked body
     * ({@link #problems()} empty) is resolved; a placeholder unknown here is kept as written.
     */
    List<Paragraph> resolve(Values values) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines(body)) {
            String text = line.strip();
            Matcher alone = PLACEHOLDER.matcher(text);
            if (alone.matches() && text.startsWith("{{tabel.") && BY_NAME.containsKey(alone.group(1))) {
                flush(paragraphs, current);
                paragraphs.add(Paragraph.table(alone.group(1).substring("tabel.".length())));
            } else if (text.isEmpty()) {
                flush(paragraphs, current);
            } else {
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(substitute(text, values));
            }
        }
        flush(paragraphs, current);
        return List.copyOf(paragraphs);
    }

    private String substitute(String text, Values values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Placeholder placeholder = BY_NAME.get(m.group(1));
            String value = placeholder == null || !placeholder.allowedIn(kind)
                    ? m.group()
                    : placeholder.value().apply(values);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void flush(List<Paragraph> paragraphs, StringBuilder current) {
        if (!current.isEmpty()) {
            paragraphs.add(Paragraph.text(current.toString()));
            current.setLength(0);
        }
    }

    private static String[] lines(String body) {
        return body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    static final String SAMPLE_REASON = "Berkas persyaratan tidak memenuhi ketentuan (contoh alasan).";

    /** Sample data for the preview of a body: a made-up applicant and signer, the office's letterhead, today. */
    static LetterDocument sample(
            LetterKind kind,
            String officeCode,
            ZoneId zone,
            Letterhead letterhead,
            String verificationUrl,
            Clock clock) {
        var applicant = new LetterDocument.Applicant(
                "Siti Aminah",
                "3317014512800001",
                LocalDate.of(1980, 12, 5),
                "Jl. Contoh No. 1, Desa Contoh",
                List.of(new LetterDocument.Person("Ahmad Fauzi", "3317011001050002")),
                List.of(
                        new LetterDocument.Requirement("Kartu Keluarga", true),
                        new LetterDocument.Requirement("KTP-el", true),
                        new LetterDocument.Requirement("Surat Keterangan Tidak Mampu", false)));
        return new LetterDocument(
                kind,
                officeCode,
                zone,
                "001/CONTOH/" + LocalDate.now(clock.withZone(zone)).getYear(),
                LocalDate.now(clock.withZone(zone)),
                letterhead,
                "Perihal (contoh)",
                "Tujuan surat (contoh)",
                applicant,
                "CONTOH-0001",
                "Layanan (contoh)",
                List.of(),
                new LetterDocument.Signer(
                        null, "Kepala Dinas", "Nama Penanda Tangan", "Pembina (IV/a)", "197001012000031001"),
                verificationUrl,
                false);
    }

    private static Placeholder text(String name, Function<Values, @Nullable String> value) {
        return new Placeholder(name, value, Set.of());
    }

    private static Map<String, Placeholder> byName() {
        Map<String, Placeholder> map = new LinkedHashMap<>();
        PLACEHOLDERS.forEach(p -> map.put(p.name(), p));
        return Map.copyOf(map);
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static @Nullable String trackingNumber(Values v) {
        return v.letter().trackingNumber();
    }

    /** The signer's position "pada" the office, unless the position already names it ("Kepala Dinas Sosial"). */
    private static String signerAtOffice(Values v) {
        String title = v.letter().signer().title();
        String office = v.letter().letterhead().officeName();
        return title.toLowerCase(Locale.ROOT).contains(office.toLowerCase(Locale.ROOT))
                ? title
                : title + " pada " + office;
    }

    /** The NIK with region and serial hidden, as the office's pages show it to whoever needs no more. */
    static String maskedNik(@Nullable String nik) {
        if (nik == null || nik.length() < 8) {
            return "••••";
        }
        return nik.substring(0, 4) + "•".repeat(nik.length() - 8) + nik.substring(nik.length() - 4);
    }

    /** The region of the letterhead's government line: "Pemerintah Kabupaten Solok" gives "Kabupaten Solok". */
    static String region(Letterhead letterhead) {
        String government = letterhead.governmentName() == null
                ? ""
                : letterhead.governmentName().strip();
        if (government.toLowerCase(Locale.ROOT).startsWith("pemerintah ")) {
            return government.substring("pemerintah ".length()).strip();
        }
        return government;
    }

    /**
     * The office with its region, "Dinas Sosial Kabupaten Solok", unless its name already says where it is. With the
     * letterhead's region code (issue 12 item 9) the region comes from the official codes, province included: "Dinas
     * Sosial Kabupaten Rembang, Provinsi Jawa Tengah".
     */
    static String officeWithRegion(Letterhead letterhead) {
        String name = letterhead.officeName();
        if (letterhead.regionCode() != null) {
            var described = OfficeRegions.describe(letterhead.regionCode());
            if (described.isPresent()) {
                return withRegion(name, described.get());
            }
        }
        String region = region(letterhead);
        if (region.isEmpty() || name.toLowerCase(Locale.ROOT).contains(region.toLowerCase(Locale.ROOT))) {
            return name;
        }
        // A ministry's line ("Kementerian Agama Republik Indonesia") is no region.
        if (region.toLowerCase(Locale.ROOT).startsWith("kementerian")) {
            return name;
        }
        return name + " " + region;
    }

    /** "Dinas Sosial" and "Kabupaten Rembang, Provinsi Jawa Tengah": the name, then each part it does not say yet. */
    private static String withRegion(String name, String region) {
        var written = new StringBuilder(name);
        String[] parts = region.split(", ");
        for (int i = 0; i < parts.length; i++) {
            if (name.toLowerCase(Locale.ROOT).contains(parts[i].toLowerCase(Locale.ROOT))) {
                continue;
            }
            written.append(written.length() == name.length() && i == 0 ? " " : ", ")
                    .append(parts[i]);
        }
        return written.toString();
    }
}
