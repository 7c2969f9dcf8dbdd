package id.alur.workflow;

import id.alur.sop.Activity;
import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.Branch;
import id.alur.sop.Decision;
import id.alur.sop.Sop;
import id.alur.sop.SopHeader;
import id.alur.sop.Standard;
import id.alur.sop.StandardTime;
import id.alur.sop.Symbol;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SOPs built in Java for the pure rule tests, shaped after the seed texts (lanes, decisions, Mutu Baku times). The
 * integration tests run the seed files themselves.
 */
final class TestSops {

    private TestSops() {}

    /** Seed 000 (Rembang): verification returns papers to the applicant, approval sends the draft back. */
    static Sop rembang() {
        return sop(
                "Pelayanan Surat Pengantar Pembuatan KIS",
                List.of(
                        position("kepala-dinas", "Kepala Dinas"),
                        position("kabid-rehabilitasi-jamsos", "Kabid Rehabilitasi dan Jaminan Sosial"),
                        position("kasi-rehabsos", "Kasi Rehabsos"),
                        position("petugas-pelayanan", "Petugas Pelayanan")),
                List.of(
                        process(1, "Menerima permohonan dari masyarakat", "petugas-pelayanan", "5 menit", ""),
                        decision(
                                2,
                                "Melakukan verifikasi permohonan masyarakat",
                                "kasi-rehabsos",
                                "5 menit",
                                new Branch.ToStep(3),
                                new Branch.ToApplicant()),
                        decision(
                                3,
                                "Memberikan persetujuan dan paraf",
                                "kabid-rehabilitasi-jamsos",
                                "5 menit",
                                new Branch.ToStep(4),
                                new Branch.ToStep(2)),
                        process(4, "Menandatangani Surat Pengantar", "kepala-dinas", "5 menit", ""),
                        process(5, "Menyerahkan Surat Pengantar", "petugas-pelayanan", "5 menit", "Surat Pengantar")));
    }

    /** Seed 001 (Solok): the applicant's intake, a disposition chain, BPJS for 8 days, the applicant receives. */
    static Sop solok() {
        return sop(
                "Fasilitasi Pengurusan Jaminan Kesehatan",
                List.of(
                        new Actor("pemohon", "Pemohon", ActorKind.APPLICANT),
                        position("petugas-pelayanan", "Petugas Pelayanan"),
                        position("kepala-dinas", "Kepala Dinas"),
                        position("kepala-bidang", "Kepala Bidang"),
                        position("koordinator-pelayanan", "Koordinator Pelayanan"),
                        new Actor("bpjs-kesehatan", "BPJS Kesehatan", ActorKind.OUTSIDE_PARTY)),
                List.of(
                        process(1, "Pemohon mengajukan permohonan", "pemohon", "15 menit", "Usulan Permohonan"),
                        process(2, "Petugas menerima dan memeriksa berkas", "petugas-pelayanan", "15 menit", "Laporan"),
                        process(3, "Kepala Dinas menelaah", "kepala-dinas", "15 menit", "Disposisi"),
                        process(4, "Kabid mendisposisikan ke Korpel", "kepala-bidang", "15 menit", "Disposisi"),
                        process(5, "Korpel menyiapkan konsep", "koordinator-pelayanan", "15 menit", "Surat Pengantar"),
                        process(6, "Kepala Dinas mengesahkan", "kepala-dinas", "1 hari", "Surat Pengantar"),
                        process(7, "BPJS memproses penerbitan KIS", "bpjs-kesehatan", "8 hari", "KIS"),
                        process(8, "Masyarakat menerima KIS", "pemohon", "1 hari", "Laporan")));
    }

    /** Seed 004 (Belitung): incomplete papers go back to the applicant at the check. */
    static Sop belitung() {
        return sop(
                "Pendaftaran Peserta JKN KIS Baru",
                List.of(
                        new Actor("pemohon", "Pemohon", ActorKind.APPLICANT),
                        position("staf-yankes", "Staf Yankes"),
                        position("kasi-yankes-rujukan", "Kasi Pelayanan Kesehatan Rujukan"),
                        position("kabid-yankes", "Kabid Yankes")),
                List.of(
                        process(1, "Pemohon mengajukan berkas", "pemohon", "2 menit", "KK, KTP"),
                        process(2, "Staf menerima berkas", "staf-yankes", "3 menit", "KK, KTP"),
                        decision(
                                3,
                                "Staf memeriksa kelengkapan",
                                "staf-yankes",
                                "4 menit",
                                new Branch.ToStep(4),
                                new Branch.ToApplicant()),
                        process(4, "Kasi menandatangani lembar verifikasi", "kasi-yankes-rujukan", "3 menit", "LV"),
                        process(5, "Kabid menyetujui lembar verifikasi", "kabid-yankes", "3 menit", "LV"),
                        process(6, "Staf menerima lembar verifikasi", "staf-yankes", "3 menit", "LV"),
                        process(7, "Pemohon menerima lembar verifikasi", "pemohon", "2 menit", "Lembar verifikasi")));
    }

    static Sop sop(String name, List<Actor> actors, List<Activity> activities) {
        var header = new SopHeader(
                "Pemerintah",
                "Dinas",
                "",
                name,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        return new Sop(header, actors, activities, Map.of());
    }

    static Actor position(String id, String name) {
        return new Actor(id, name, ActorKind.POSITION);
    }

    static Activity process(int number, String description, String actor, String time, String output) {
        return new Activity(number, description, actor, Symbol.PROCESS, standard(time, output), "", null, null);
    }

    static Activity decision(int number, String description, String actor, String time, Branch ya, Branch tidak) {
        return new Activity(
                number, description, actor, Symbol.DECISION, standard(time, ""), "", null, new Decision(ya, tidak));
    }

    static Standard standard(String time, String output) {
        String[] parts = time.split(" ");
        var unit = StandardTime.TimeUnit.valueOf(parts[1].toUpperCase(Locale.ROOT));
        return new Standard(
                List.of(),
                new StandardTime(new BigDecimal(parts[0]), unit, StandardTime.TimeBasis.WORKING, time),
                output);
    }
}
