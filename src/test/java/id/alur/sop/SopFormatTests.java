package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.sop.yaml.Dates;
import id.alur.sop.yaml.Durations;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SopFormatTests {

    static List<String> seedOffices() {
        return SopFormat.seedOfficeCodes();
    }

    @ParameterizedTest
    @MethodSource("seedOffices")
    void readsEverySeedWithoutErrors(String office) {
        SopReadResult result = SopFormat.read(
                SopFormat.seedFileName(office),
                SopFormat.seedSource(office).getBytes(StandardCharsets.UTF_8),
                Locale.ROOT);
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.code()).isEqualTo("blank-identity-field"));
        assertThat(result.sop().unknownKeys()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seedOffices")
    void writesEverySeedSoThatReadingItBackGivesTheSameSop(String office) {
        Sop seed = SopFormat.seed(office);
        String written = SopFormat.write(seed);
        Sop again = SopFormat.parse("written.sop.yaml", written.getBytes(StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(seed);
        assertThat(SopFormat.write(again)).isEqualTo(written);
    }

    @Test
    void namesTheSeedCodesOfTheContract() {
        assertThat(SopFormat.seedOfficeCodes().stream()
                        .map(o -> SopFormat.seed(o).code()))
                .containsExactly(
                        "kis-surat-pengantar",
                        "kis-fasilitasi-jaminan-kesehatan",
                        "kis-pns",
                        "kis-rekomendasi-berobat",
                        "jkn-kis-pendaftaran-baru");
    }

    @Test
    void reproducesTheTotalStandardTimeThatSeed003Prints() {
        Sop kaltara = SopFormat.seed("dinsos-kaltara");
        assertThat(SopTotals.asWritten(kaltara)).isEqualTo("26 Jam 15 Menit");
        StandardTime drafting = kaltara.activity(4).orElseThrow().standard().time();
        assertThat(drafting)
                .isEqualTo(new StandardTime(
                        new BigDecimal("24"), StandardTime.TimeUnit.JAM, StandardTime.TimeBasis.CALENDAR, "24 Jam"));
    }

    @Test
    void addsDaysApartFromHoursAndMinutes() {
        assertThat(SopTotals.asWritten(SopFormat.seed("dinsos-solok"))).isEqualTo("10 Hari 1 Jam 15 Menit");
        assertThat(SopTotals.asWritten(SopFormat.seed("dinkes-belitung"))).isEqualTo("20 Menit");
    }

    @Test
    void readsTheLanesAndBranchesOfTheSeeds() {
        Sop rembang = SopFormat.seed("dinsosppkb-rembang");
        assertThat(rembang.actors())
                .extracting(Actor::id)
                .containsExactly("kepala-dinas", "kabid-rehabilitasi-jamsos", "kasi-rehabsos", "petugas-pelayanan");
        assertThat(rembang.activity(2).orElseThrow().decision())
                .isEqualTo(new Decision(new Branch.ToStep(3), new Branch.ToApplicant()));
        assertThat(rembang.activity(3).orElseThrow().decision())
                .isEqualTo(new Decision(new Branch.ToStep(4), new Branch.ToStep(2)));

        Sop solok = SopFormat.seed("dinsos-solok");
        assertThat(solok.actor("pemohon").orElseThrow().kind()).isEqualTo(ActorKind.APPLICANT);
        assertThat(solok.actor("bpjs-kesehatan").orElseThrow().kind()).isEqualTo(ActorKind.OUTSIDE_PARTY);
        assertThat(solok.first().actorId()).isEqualTo("pemohon");
        assertThat(solok.activity(7).orElseThrow().actorId()).isEqualTo("bpjs-kesehatan");
        assertThat(solok.activity(7).orElseThrow().standard().time().text()).isEqualTo("8 hari");

        Sop jaksel = SopFormat.seed("kemenag-jaksel");
        assertThat(jaksel.first().actorId()).isEqualTo("ptsp");
        assertThat(jaksel.activity(5).orElseThrow().decision().tidak()).isEqualTo(new Branch.ToStep(4));
        assertThat(jaksel.activity(6).orElseThrow().decision().tidak()).isEqualTo(new Branch.ToStep(4));
        assertThat(jaksel.activity(8).orElseThrow().actorId()).isEqualTo("bpjs-kesehatan");

        Sop kaltara = SopFormat.seed("dinsos-kaltara");
        assertThat(kaltara.activity(5).orElseThrow().decision().tidak()).isEqualTo(new Branch.ToStep(4));
        assertThat(kaltara.activity(6).orElseThrow().decision().tidak()).isEqualTo(new Branch.ToStep(5));

        Sop belitung = SopFormat.seed("dinkes-belitung");
        assertThat(belitung.activity(3).orElseThrow().decision().tidak()).isEqualTo(new Branch.ToApplicant());
        assertThat(belitung.last().remarks()).isEqualTo("Gratis");
    }

    @Test
    void readsTheVariantHeadersAndDatesAsTheSeedsWriteThem() {
        Sop jaksel = SopFormat.seed("kemenag-jaksel");
        assertThat(jaksel.header().approvedBy().position()).isEqualTo("Kepala Sub Bagian Tata Usaha");
        assertThat(jaksel.header().effectiveOn()).isEqualTo(LocalDate.of(2020, 12, 8));
        assertThat(jaksel.activity(5).orElseThrow().standard().requirements())
                .containsExactly("Konsep surat pengantar dan persyaratannya");
        Sop solok = SopFormat.seed("dinsos-solok");
        assertThat(solok.header().createdOn()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(solok.header().records())
                .containsExactly("Hasil Rekon", "Aplikasi DTKS", "Buku Kendali/Dokumen kepesertaan");
    }

    @Test
    void acceptsHeadersWrittenAsOnTheForm() {
        String text = SopFormat.write(SopFormat.seed("dinsos-kaltara"))
                .replace("tanggal_efektif:", "Tgl Efektif:")
                .replace("disahkan_oleh:", "Dibuat oleh:")
                .replace("kelengkapan:", "Persyaratan/Kelengkapan:");
        assertThat(SopFormat.parse("form.sop.yaml", text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(SopFormat.seed("dinsos-kaltara"));
    }

    @Test
    void refusesAFileOverOneMegabyteWithoutParsingIt() {
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        SopReadResult result = SopFormat.read("huge.sop.yaml", huge, Locale.ROOT);
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("file-too-large");
            assertThat(p.message()).contains("10485760").contains("1048576");
        });
    }

    @Test
    void refusesAnAliasBomb() {
        var bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
        }
        SopReadResult result =
                SopFormat.read("bomb.sop.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8), Locale.ROOT);
        assertThat(result.errors())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("yaml-alias"));
    }

    @Test
    void readsTheRefusalEndAsABranchThatEndsTheProcessAndWritesItBack() {
        String office = SopFormat.seedOfficeCodes().getFirst();
        String text = SopFormat.seedSource(office).replaceFirst("tidak: pemohon( +#[^\\n]*)?", "tidak: tolak");
        SopReadResult result = SopFormat.read("tolak.sop.yaml", text.getBytes(StandardCharsets.UTF_8), Locale.ROOT);

        assertThat(result.errors()).isEmpty();
        Sop sop = result.sop();
        Activity verification = sop.activities().get(1);
        assertThat(verification.decision().tidak()).isEqualTo(new Branch.Refuse());
        String written = SopFormat.write(sop);
        assertThat(written).contains("tidak: tolak");
        assertThat(SopFormat.parse("again.sop.yaml", written.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(sop);
    }

    @Test
    void refusesEvenASingleAlias() {
        String text = "kode: &k uji\nlain: *k\n";
        SopReadResult result = SopFormat.read("alias.sop.yaml", text.getBytes(StandardCharsets.UTF_8), Locale.ROOT);
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("yaml-alias");
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void refusesDeepNestingWithoutAStackOverflow() {
        String deep = "kode: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n";
        SopReadResult result = SopFormat.read("deep.sop.yaml", deep.getBytes(StandardCharsets.UTF_8), Locale.ROOT);
        assertThat(result.errors())
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("too-deep"));
    }

    @Test
    void namesTheOffsetAndLineOfBytesThatAreNotUtf8() {
        byte[] latin1 = "kode: uji\nidentitas:\n  nama: Pelayanan Terpadu Dinas Sosial (Caf\u00e9)\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        SopReadResult result = SopFormat.read("latin1.sop.yaml", latin1, Locale.ENGLISH);
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-utf8");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(44);
            assertThat(p.message()).contains("0xE9").contains("offset 64");
        });
    }

    @Test
    void readsAFileWithAByteOrderMark() {
        byte[] seed = SopFormat.seedSource("dinsos-solok").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[seed.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(seed, 0, withBom, 3, seed.length);
        assertThat(SopFormat.parse("bom.sop.yaml", withBom)).isEqualTo(SopFormat.seed("dinsos-solok"));
    }

    @Test
    void reportsAnEmptyFileAndAFileThatIsNotAMapping() {
        assertThat(SopFormat.read("empty.sop.yaml", new byte[0], Locale.ROOT).errors())
                .extracting(SopProblem::code)
                .containsExactly("empty-file");
        assertThat(SopFormat.read("list.sop.yaml", "- a\n- b\n".getBytes(StandardCharsets.UTF_8), Locale.ROOT)
                        .errors())
                .extracting(SopProblem::code)
                .containsExactly("wrong-type");
    }

    @Test
    void parseThrowsWithEveryErrorAndNoWarnings() {
        byte[] content = SopValidatorTests.fixture("SopValidatorTests.reportsEveryProblemAtOnce.sop.yaml");
        assertThatThrownBy(() -> SopFormat.parse("bad.sop.yaml", content))
                .isInstanceOfSatisfying(InvalidSopException.class, e -> {
                    assertThat(e.sopProblems()).hasSizeGreaterThanOrEqualTo(7).allMatch(SopProblem::isError);
                });
    }

    @Test
    void readsDurationsAndDatesAsOfficesWriteThem() {
        assertThat(Durations.parse("2menit")).hasValueSatisfying(t -> {
            assertThat(t.amount()).isEqualByComparingTo("2");
            assertThat(t.unit()).isEqualTo(StandardTime.TimeUnit.MENIT);
            assertThat(t.basis()).isEqualTo(StandardTime.TimeBasis.WORKING);
        });
        assertThat(Durations.parse("1,5 Jam kalender")).hasValueSatisfying(t -> {
            assertThat(t.amount()).isEqualByComparingTo("1.5");
            assertThat(t.basis()).isEqualTo(StandardTime.TimeBasis.CALENDAR);
        });
        assertThat(Durations.parse("sebentar")).isEmpty();
        assertThat(Durations.parse("0 menit")).isEmpty();
        assertThat(Dates.parse("Rabu, 01 Januari 2020")).contains(LocalDate.of(2020, 1, 1));
        assertThat(Dates.parse("Kamis, 01 Januari 2020")).as("wrong day name").isEmpty();
        assertThat(Dates.parse("31 Februari 2025")).isEmpty();
        assertThat(Dates.parse("2025-02-01")).contains(LocalDate.of(2025, 2, 1));
        assertThat(Dates.parse("15/01/2024")).contains(LocalDate.of(2024, 1, 15));
    }

    /** Property-style: any SOP the model can hold survives write → parse unchanged (seeded, so it is repeatable). */
    @Test
    void writesRandomSopsSoThatReadingThemBackGivesTheSameSop() {
        Random random = new Random(20250201L);
        for (int i = 0; i < 300; i++) {
            Sop sop = randomSop(random);
            String written = SopFormat.write(sop);
            SopReadResult again =
                    SopFormat.read("random.sop.yaml", written.getBytes(StandardCharsets.UTF_8), Locale.ROOT);
            assertThat(again.errors()).as("sop %d:%n%s", i, written).isEmpty();
            assertThat(again.sop()).as("sop %d:%n%s", i, written).isEqualTo(sop);
        }
    }

    private static final String[] WORDS = {
        "Menerima",
        "berkas",
        "KIS",
        "PBI",
        "Surat",
        "Pengantar",
        "#1",
        "a: b",
        "- c",
        "Rp 10.000",
        "'kutip'",
        "\"dobel\"",
        "100%",
        "@x",
        "ya",
        "tidak",
        "null",
        "true",
        "3",
        "2024-01-15",
        "Jum'at",
        "é",
        "~",
        "{x}",
        "[y]"
    };

    private static String words(Random random) {
        var text = new StringBuilder();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(10) == 0) {
            text.append("\nbaris kedua");
        }
        return text.toString();
    }

    private static String maybe(Random random) {
        return random.nextInt(4) == 0 ? null : words(random);
    }

    private static List<String> list(Random random) {
        List<String> list = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            list.add(words(random));
        }
        return list;
    }

    private static LocalDate date(Random random) {
        return random.nextBoolean()
                ? null
                : LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static Sop randomSop(Random random) {
        List<Actor> actors = new ArrayList<>();
        int lanes = 1 + random.nextInt(5);
        for (int i = 0; i < lanes; i++) {
            actors.add(new Actor("lane-" + i, words(random), ActorKind.values()[random.nextInt(3)]));
        }
        int rows = 1 + random.nextInt(8);
        List<Activity> activities = new ArrayList<>();
        for (int n = 1; n <= rows; n++) {
            boolean decision = n < rows && random.nextInt(3) == 0;
            Decision branches = decision
                    ? new Decision(
                            new Branch.ToStep(n + 1),
                            // back to an earlier step: a decision may not answer itself (branch-to-itself)
                            n == 1 || random.nextBoolean()
                                    ? new Branch.ToApplicant()
                                    : new Branch.ToStep(1 + random.nextInt(n - 1)))
                    : null;
            Symbol symbol = decision
                    ? Symbol.DECISION
                    : List.of(Symbol.TERMINATOR, Symbol.PROCESS, Symbol.CONNECTOR)
                            .get(random.nextInt(3));
            StandardTime time = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> Durations.parse((1 + random.nextInt(90)) + " menit").orElseThrow();
                case 2 ->
                    new StandardTime(
                            new BigDecimal("1.5"),
                            StandardTime.TimeUnit.JAM,
                            StandardTime.TimeBasis.CALENDAR,
                            "1,5 jam");
                default ->
                    new StandardTime(
                            BigDecimal.valueOf(1 + random.nextInt(9)),
                            StandardTime.TimeUnit.HARI,
                            StandardTime.TimeBasis.WORKING,
                            words(random));
            };
            activities.add(new Activity(
                    n,
                    words(random),
                    "lane-" + random.nextInt(lanes),
                    symbol,
                    new Standard(list(random), time, maybe(random)),
                    maybe(random),
                    null,
                    branches));
        }
        Map<String, Object> unknown = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            unknown.put("catatan", words(random));
            unknown.put("kegiatan.1.lampiran", List.of(words(random), Map.of("isi", words(random))));
            unknown.put("identitas.kode_arsip", words(random));
        }
        Signatory signatory =
                random.nextBoolean() ? null : new Signatory(maybe(random), words(random), maybe(random), maybe(random));
        SopHeader header = new SopHeader(
                maybe(random),
                maybe(random),
                maybe(random),
                words(random),
                date(random),
                date(random),
                date(random),
                date(random),
                signatory,
                list(random),
                list(random),
                list(random),
                list(random),
                list(random),
                list(random));
        return new Sop("acak-" + random.nextInt(1000), header, actors, activities, unknown);
    }
}
