package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor's form written as the {@code *.sop.yaml} text the reader and validator judge. */
class SopFormTests {

    /** A small SOP as the editor posts it, with the Nomor SOP and the NIP of who approves it left blank. */
    static SopForm formWithBlankNumberAndNip() {
        Map<String, String[]> posted = new LinkedHashMap<>();
        String[] fields = {
            "kode", "uji-form",
            "identitas.instansi", "Pemerintah Kabupaten Uji",
            "identitas.unit", "Dinas Sosial",
            "identitas.nomor", "",
            "identitas.nama", "Pelayanan Uji",
            "identitas.tanggal_pembuatan", "2026-01-05",
            "identitas.tanggal_efektif", "2026-01-12",
            "identitas.disahkan_oleh.jabatan", "Kepala Dinas",
            "identitas.disahkan_oleh.nama", "Budi Santoso",
            "identitas.disahkan_oleh.nip", " ",
            "pelaksana[0].id", "petugas",
            "pelaksana[0].nama", "Petugas",
            "pelaksana[0].jenis", "jabatan",
            "kegiatan[0].uraian", "Menerima permohonan",
            "kegiatan[0].pelaksana", "petugas",
            "kegiatan[0].simbol", "terminator",
            "kegiatan[1].uraian", "Menyerahkan surat",
            "kegiatan[1].pelaksana", "petugas",
            "kegiatan[1].simbol", "terminator"
        };
        for (int i = 0; i < fields.length; i += 2) {
            posted.put(fields[i], new String[] {fields[i + 1]});
        }
        return SopForm.fromRequest(posted);
    }

    @Test
    void pointsTheWarningAboutEachBlankIdentityFieldAtThatFieldsOwnLine() {
        String yaml = formWithBlankNumberAndNip().toYaml();

        SopReadResult read = SopFormat.read("uji-form.sop.yaml", yaml.getBytes(StandardCharsets.UTF_8), Locale.ROOT);

        assertThat(read.valid()).isTrue();
        assertThat(read.problems())
                .filteredOn(p -> p.code().equals("blank-identity-field"))
                .extracting(SopProblem::path, SopProblem::line)
                .containsExactlyInAnyOrder(
                        tuple("identitas.nomor", lineOf(yaml, "  nomor:")),
                        tuple("identitas.disahkan_oleh.nip", lineOf(yaml, "    nip:")));
        assertThat(lineOf(yaml, "  nomor:"))
                .as("not the first line of the identity block")
                .isGreaterThan(3);
    }

    @Test
    void writesABlankIdentityFieldAsAnEmptyValueThatReadsBackAsBlank() {
        String yaml = formWithBlankNumberAndNip().toYaml();

        assertThat(yaml.lines()).contains("  nomor:", "    nip:").doesNotContain("  nomor: null");
        Sop sop = SopFormat.read("uji-form.sop.yaml", yaml.getBytes(StandardCharsets.UTF_8), Locale.ROOT)
                .sop();
        assertThat(sop.header().number()).isNull();
        assertThat(sop.header().approvedBy().nip()).isNull();
        assertThat(sop.header().approvedBy().name()).isEqualTo("Budi Santoso");
        assertThat(SopForm.of(sop).toYaml()).isEqualTo(yaml);
    }

    private static int lineOf(String yaml, String line) {
        List<String> lines = yaml.lines().toList();
        assertThat(lines).as("the text has a line %s", line).contains(line);
        return lines.indexOf(line) + 1;
    }
}
