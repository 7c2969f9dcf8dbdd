package id.alur.sop.document;

import static id.alur.sop.document.SampleSops.hours;
import static id.alur.sop.document.SampleSops.minutes;
import static id.alur.sop.document.SampleSops.standard;

import id.alur.sop.Activity;
import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.Branch;
import id.alur.sop.Decision;
import id.alur.sop.Signatory;
import id.alur.sop.Sop;
import id.alur.sop.SopHeader;
import id.alur.sop.Symbol;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Seeds 000 and 003 (shared/seeds) built in code, for the tests that run before the seed files exist. */
public final class SeedShapedSops {

    private SeedShapedSops() {}

    public static Sop rembang() {
        var header = new SopHeader(
                "Pemerintah Kabupaten Rembang",
                "Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana",
                "",
                "Pelayanan Pengantar Pembuatan Kartu Indonesia Sehat (KIS)",
                null,
                null,
                null,
                null,
                new Signatory("Kepala DINSOSPPKB", "SRI WAHYUNI, SH, M.Si", "Pembina Tk.I", "19681020 199603 2 002"),
                List.of(
                        "Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional",
                        "Undang-Undang Nomor 24 Tahun 2011 tentang BPJS",
                        "Peraturan Pemerintah Nomor 12 Tahun 2013 tentang Jaminan Kesehatan",
                        "SE Nomor HK/Menkes/32/I/2014 tentang Pelaksanaan Pelayanan Kesehatan bagi Peserta BPJS"),
                List.of("Memahami Aturan KIS PBI dan non PBI", "Memahami Data Terpadu Kesejahteraan Sosial"),
                List.of("Lintas Bagian"),
                List.of("Laptop/Komputer", "Printer"),
                List.of("Bila SOP ini tidak dilaksanakan akan berdampak: terhambatnya proses pembuatan KIS"),
                List.of("Disimpan sebagai data manual"));
        var actors = List.of(
                new Actor("kepala-dinas", "Kepala Dinas", ActorKind.POSITION),
                new Actor("kabid-rehabilitasi-jamsos", "Kabid Rehabilitasi dan Jaminan Sosial", ActorKind.POSITION),
                new Actor("kasi-rehabsos", "Kasi Rehabsos", ActorKind.POSITION),
                new Actor("petugas-pelayanan", "Petugas Pelayanan", ActorKind.POSITION));
        var activities = List.of(
                new Activity(
                        1,
                        "Menerima permohonan dari masyarakat",
                        "petugas-pelayanan",
                        Symbol.TERMINATOR,
                        standard(
                                List.of(
                                        "SKTM dari desa mengetahui kecamatan",
                                        "Fotocopy KK",
                                        "Fotocopy KTP/Akta Lahir",
                                        "Fotocopy KIS bagi semua keluarga",
                                        "Melampirkan screenshoot DTKS dari desa"),
                                minutes(5),
                                ""),
                        "",
                        null,
                        null),
                new Activity(
                        2,
                        "Melakukan verifikasi permohonan masyarakat",
                        "kasi-rehabsos",
                        Symbol.DECISION,
                        standard(List.of(), minutes(5), ""),
                        "",
                        null,
                        new Decision(new Branch.ToStep(3), new Branch.ToApplicant())),
                new Activity(
                        3,
                        "Memberikan persetujuan dan memberikan paraf Pengantar Pembuatan KIS",
                        "kabid-rehabilitasi-jamsos",
                        Symbol.DECISION,
                        standard(List.of(), minutes(5), "Paraf"),
                        "",
                        null,
                        new Decision(new Branch.ToStep(4), new Branch.ToStep(2))),
                new Activity(
                        4,
                        "Menandatangani Surat Pengantar Pembuatan KIS",
                        "kepala-dinas",
                        Symbol.PROCESS,
                        standard(List.of(), minutes(5), ""),
                        "",
                        null,
                        null),
                new Activity(
                        5,
                        "Menyerahkan Surat Pengantar Pembuatan KIS kepada Pemohon",
                        "petugas-pelayanan",
                        Symbol.TERMINATOR,
                        standard(List.of(), minutes(5), "Surat Pengantar"),
                        "",
                        null,
                        null));
        return new Sop(header, actors, activities, Map.of());
    }

    public static Sop kaltara() {
        var header = new SopHeader(
                "Pemerintah Provinsi Kalimantan Utara",
                "Dinas Sosial — Bidang Perlindungan dan Jaminan Sosial",
                "011/DS/KU/2025",
                "Rekomendasi Berobat / Pendaftaran Peserta PBI/KIS",
                LocalDate.of(2025, 1, 30),
                null,
                LocalDate.of(2025, 2, 1),
                null,
                new Signatory("Kepala Dinas Sosial", "Dhed Daniel Li, S.Hut., MM", "", "19720822 199703 1 008"),
                List.of(
                        "Peraturan Presiden No 82 Tahun 2018 Tentang Jaminan Kesehatan",
                        "Peraturan Presiden No 64 Tahun 2020 Tentang Jaminan Kesehatan",
                        "Peraturan Menteri Sosial No 21 Tahun 2019 Tentang Persyaratan dan Tata Cara Perubahan"
                                + " Bantuan Iuran Jaminan Kesehatan",
                        "Peraturan Gubernur No 37 Tahun 2019 Tentang Pembiayaan Berobat Bagi Masyarakat Miskin, Tidak"
                                + " Mampu dan Terlantar yang Tidak Terdaftar Sebagai Penerima Bantuan Iuran (PBI/KIS)"
                                + " Jaminan Kesehatan Nasional"),
                List.of("Memahami tata cara pengadministrasian berkas", "Mampu mengoperasikan komputer/laptop"),
                List.of("SOP Internal dan Administratif"),
                List.of("Surat Permohonan Rekomendasi", "PC Komputer / Laptop. Alat Tulis"),
                List.of("Jika pejabat tidak ada ditempat, dapat digantikan oleh pejabat lain yang berkompeten"),
                List.of("Disimpan sebagai data elektronik dan manual"));
        var actors = List.of(
                new Actor("pengadministrasi-umum", "Pengadministrasi Umum", ActorKind.POSITION),
                new Actor("kepala-dinas", "Kepala Dinas", ActorKind.POSITION),
                new Actor("kabid-linjamsos", "Kepala Bidang Linjamsos", ActorKind.POSITION),
                new Actor("subkoor-jaminan-sosial", "Sub Koordinator Jaminan Sosial", ActorKind.POSITION));
        var activities = List.of(
                new Activity(
                        1,
                        "Menerima permohonan surat rekomendasi untuk berobat dari Dinas Sosial Kabupaten/Kota, surat"
                                + " keterangan tidak mampu RT, surat keterangan tidak mampu kantor desa/keurahan",
                        "pengadministrasi-umum",
                        Symbol.TERMINATOR,
                        standard(List.of("KTP dan KK"), minutes(15), "Surat Masuk Dengan Lembar Disposisi"),
                        "",
                        null,
                        null),
                new Activity(
                        2,
                        "Mendisposisi Surat dan Meneruskan ke Kepala Bidang untuk ditindaklanjuti.",
                        "kepala-dinas",
                        Symbol.PROCESS,
                        standard(
                                List.of("Surat Masuk Dengan Lembar Disposisi"),
                                minutes(15),
                                "Surat yang telah didisposisi Kepala Dinas"),
                        "",
                        null,
                        null),
                new Activity(
                        3,
                        "Meneruskan ke Sub Koordinator Jaminan Sosial untuk membuat rekomendasi berobat",
                        "kabid-linjamsos",
                        Symbol.PROCESS,
                        standard(
                                List.of("Surat yang telah didisposisi Kepala Dinas"),
                                minutes(15),
                                "Surat Disposisi Kepala Bidang"),
                        "",
                        null,
                        null),
                new Activity(
                        4,
                        "Membuat surat rekomendasi berdasarkan permohonan dan data identitas pasien kurang mampu yang"
                                + " diperoleh lalu menyampaikan surat rekomendasi kepada Kepala Bidang Linjamsos.",
                        "subkoor-jaminan-sosial",
                        Symbol.PROCESS,
                        standard(
                                List.of("Surat Disposisi Kepala Bidang"),
                                hours(24),
                                "Surat Rekomendasi dari Dinas Sosial Provinsi, KTP, KK serta data-data berkas"
                                        + " kelengkapan pasien"),
                        "",
                        null,
                        null),
                new Activity(
                        5,
                        "Menerima surat rekomendasi. Jika menyetujui, mengajukan surat rekomendasi ke Kepala Dinas"
                                + " Sosial dan jika tidak disetujui kembali ke Sub Koordinator Jaminan Sosial untuk"
                                + " direvisi kembali",
                        "kabid-linjamsos",
                        Symbol.DECISION,
                        standard(
                                List.of("Surat Rekomendasi, Data-data diri dan kelengkapan berkas pasien kurang mampu"),
                                minutes(30),
                                "Surat Rekomendasi Berobat"),
                        "",
                        null,
                        new Decision(new Branch.ToStep(6), new Branch.ToStep(4))),
                new Activity(
                        6,
                        "Menerima surat rekomendasi. Jika menyetujui maka surat rekomendasi dapat dilaksanakan jika"
                                + " tidak kembali ke Kepala Bidang Linjamsos untuk dikoreksi dan dibuat ulang oleh Sub"
                                + " Koordinator Jaminan Sosial sesuai disposisi",
                        "kepala-dinas",
                        Symbol.DECISION,
                        standard(
                                List.of("Surat Rekomendasi Berobat"),
                                minutes(30),
                                "Persetujuan Surat Rekomendasi Berobat"),
                        "",
                        null,
                        new Decision(new Branch.ToStep(7), new Branch.ToStep(5))),
                new Activity(
                        7,
                        "Menerima dan meneruskan ke Sub Koordinator Jaminan Sosial",
                        "kabid-linjamsos",
                        Symbol.PROCESS,
                        standard(
                                List.of("Persetujuan Rekomendasi Berobat"),
                                minutes(15),
                                "Persetujuan Rekomendasi Berobat"),
                        "",
                        null,
                        null),
                new Activity(
                        8,
                        "Menerima Surat Rekomendasi, membubuhkan No Surat dan data-data kelengkapan lainnya serta"
                                + " konsultasi ke dinkes untuk anggaran",
                        "subkoor-jaminan-sosial",
                        Symbol.TERMINATOR,
                        standard(
                                List.of("Surat Rekomendasi Berobat"),
                                minutes(15),
                                "Surat Rekomendasi Berobat Provinsi"),
                        "",
                        null,
                        null));
        return new Sop(header, actors, activities, Map.of());
    }
}
