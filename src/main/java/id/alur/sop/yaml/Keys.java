package id.alur.sop.yaml;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The keys of each section of an SOP file by the spelling the reader compares ({@link #normalise}) → canonical key:
 * the canonical keys of docs/sop-format.md and the variant headers of the seeds and of other offices' forms.
 */
final class Keys {

    static final Map<String, String> TOP = aliases(
            "kode", "kode_sop",
            "identitas", "identitas_sop",
            "dasar_hukum", "",
            "kualifikasi_pelaksana", "kualifikasi",
            "keterkaitan", "keterkaitan_sop",
            "peralatan_perlengkapan", "peralatan perlengkapan peralatan_dan_perlengkapan",
            "peringatan", "",
            "pencatatan_pendataan",
                    "pencatatan pendataan pencatatan_dan_pendataan pendataan_pencatatan pendataan_dan_pencatatan",
            "pelaksana", "",
            "kegiatan", "uraian_prosedur aktivitas");

    static final Map<String, String> IDENTITY = aliases(
            "instansi", "",
            "unit", "unit_kerja satuan_kerja",
            "nomor", "nomor_sop no_sop",
            "nama", "nama_sop",
            "tanggal_pembuatan", "tgl_pembuatan",
            "tanggal_revisi", "tgl_revisi",
            "tanggal_efektif", "tgl_efektif",
            "tanggal_pengesahan", "tgl_pengesahan",
            "disahkan_oleh", "dibuat_oleh");

    static final Map<String, String> SIGNATORY = aliases(
            "jabatan", "",
            "nama", "",
            "pangkat", "pangkat_golongan golongan",
            "nip", "");

    static final Map<String, String> LANE = aliases("id", "kode", "nama", "", "jenis", "");

    static final Map<String, String> ROW = aliases(
            "no", "nomor",
            "uraian", "uraian_prosedur uraian_kegiatan kegiatan aktivitas",
            "pelaksana", "",
            "simbol", "",
            "lanjut", "",
            "ya", "",
            "tidak", "",
            "mutu_baku", "",
            "keterangan", "ket");

    static final Map<String, String> STANDARD = aliases(
            "kelengkapan", "persyaratan persyaratan_kelengkapan kelengkapan_persyaratan",
            "waktu", "",
            "output", "");

    static final Map<String, String> TIME = aliases("jumlah", "", "satuan", "", "hitungan", "dasar", "teks", "");

    private Keys() {}

    /** A key as the reader compares it: lower case, words joined by "_", so "Tgl Pengesahan" = "tgl_pengesahan". */
    static String normalise(String key) {
        String joined = key.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s/\\-.:]+", "_");
        return joined.replaceAll("^_+|_+$", "");
    }

    private static Map<String, String> aliases(String... canonicalThenAliases) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < canonicalThenAliases.length; i += 2) {
            String canonical = canonicalThenAliases[i];
            map.put(canonical, canonical);
            for (String alias : canonicalThenAliases[i + 1].split(" ")) {
                if (!alias.isEmpty()) {
                    map.put(normalise(alias), canonical);
                }
            }
        }
        return Map.copyOf(map);
    }
}
