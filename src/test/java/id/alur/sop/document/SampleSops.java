package id.alur.sop.document;

import id.alur.sop.Activity;
import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.Branch;
import id.alur.sop.Decision;
import id.alur.sop.Signatory;
import id.alur.sop.Sop;
import id.alur.sop.SopFormat;
import id.alur.sop.SopHeader;
import id.alur.sop.Standard;
import id.alur.sop.StandardTime;
import id.alur.sop.StandardTime.TimeBasis;
import id.alur.sop.StandardTime.TimeUnit;
import id.alur.sop.Symbol;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** SOPs built in code for the document and BPMN tests: the shapes the seed files cannot give (big, long, odd). */
public final class SampleSops {

    private SampleSops() {}

    /** The office codes of the five seed SOPs (DESIGN.md §2), in seed order. */
    public static final List<String> SEED_OFFICES =
            List.of("dinsosppkb-rembang", "dinsos-solok", "kemenag-jaksel", "dinsos-kaltara", "dinkes-belitung");

    /** The five seed SOPs, read from {@code classpath:sop/seeds/}. */
    public static List<Sop> seeds() {
        return SEED_OFFICES.stream().map(SopFormat::seed).toList();
    }

    /** Seed 000, Dinsos PPKB Rembang: verification returns to the applicant, approval returns to verification. */
    public static Sop rembang() {
        return SopFormat.seed("dinsosppkb-rembang");
    }

    /** Seed 003, Dinsos Kalimantan Utara: two approve-or-return decisions and a 24 Jam step. */
    public static Sop kaltara() {
        return SopFormat.seed("dinsos-kaltara");
    }

    /**
     * An SOP of {@code activities} rows over {@code lanes} lanes, drawn from a seeded random: the first and last rows
     * are terminators, about every fifth row is a decision whose Tidak branch returns to an earlier row (sometimes one
     * many rows back, so that it crosses pages), and the texts vary in length.
     */
    public static Sop generated(int activities, int lanes, long seed) {
        var random = new Random(seed);
        List<Actor> actors = new ArrayList<>();
        for (int l = 0; l < lanes; l++) {
            actors.add(new Actor("jabatan-" + (l + 1), "Pejabat Tingkat " + (l + 1), ActorKind.POSITION));
        }
        List<Activity> rows = new ArrayList<>();
        for (int n = 1; n <= activities; n++) {
            String actor = actors.get(random.nextInt(lanes)).id();
            boolean first = n == 1;
            boolean last = n == activities;
            boolean decision = !first && !last && n > 3 && random.nextInt(5) == 0;
            Symbol symbol = first || last ? Symbol.TERMINATOR : decision ? Symbol.DECISION : Symbol.PROCESS;
            Decision branches = null;
            if (decision) {
                int back = random.nextBoolean() ? n - 1 - random.nextInt(2) : Math.max(1, n - 8 - random.nextInt(10));
                branches = new Decision(new Branch.ToStep(n + 1), new Branch.ToStep(back));
            }
            String description = "Kegiatan nomor " + n + " " + "memeriksa berkas usulan ".repeat(1 + random.nextInt(4));
            rows.add(new Activity(
                    n,
                    description.strip(),
                    actor,
                    symbol,
                    standard(List.of("Berkas usulan " + n), minutes(5 + random.nextInt(30)), "Hasil kegiatan " + n),
                    "",
                    null,
                    branches));
        }
        return new Sop("uji-" + activities, header("Prosedur Uji " + activities + " Kegiatan"), actors, rows, Map.of());
    }

    public static SopHeader header(String name) {
        return new SopHeader(
                "Pemerintah Kabupaten Contoh",
                "Dinas Sosial",
                "001/UJI/2025",
                name,
                null,
                null,
                null,
                null,
                new Signatory("Kepala Dinas Sosial", "Nama Pejabat, S.Sos", "Pembina", "19700101 199001 1 001"),
                List.of("Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional"),
                List.of("Memahami tata cara pengadministrasian berkas"),
                List.of(),
                List.of("Komputer"),
                List.of("Jika SOP ini tidak dilaksanakan maka pelayanan terhambat"),
                List.of("Disimpan sebagai data elektronik"));
    }

    public static Standard standard(List<String> requirements, StandardTime time, String output) {
        return new Standard(requirements, time, output);
    }

    public static StandardTime minutes(int amount) {
        return new StandardTime(BigDecimal.valueOf(amount), TimeUnit.MENIT, TimeBasis.WORKING, amount + " Menit");
    }

    public static StandardTime hours(int amount) {
        return new StandardTime(BigDecimal.valueOf(amount), TimeUnit.JAM, TimeBasis.WORKING, amount + " Jam");
    }

    /** A copy of {@code sop} with one activity's description replaced. */
    public static Sop withDescription(Sop sop, int number, String description) {
        List<Activity> rows = new ArrayList<>();
        for (Activity a : sop.activities()) {
            rows.add(
                    a.number() != number
                            ? a
                            : new Activity(
                                    a.number(),
                                    description,
                                    a.actorId(),
                                    a.symbol(),
                                    a.standard(),
                                    a.remarks(),
                                    a.next(),
                                    a.decision()));
        }
        return new Sop(sop.code(), sop.header(), sop.actors(), rows, sop.unknownKeys());
    }
}
