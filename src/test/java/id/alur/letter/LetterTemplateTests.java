package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.platform.InputProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body an office writes: which placeholders it may use, how it is refused, and what it resolves to. */
class LetterTemplateTests {

    static final String URL = "http://localhost:8080/publik/verifikasi/abc";

    @Test
    void replacesEachPlaceholderByTheLettersValueAndPlacesTheTablesOnTheirOwn() {
        var template = new LetterTemplate(LetterKind.SURAT_PENGANTAR, """
                Kami sampaikan permohonan {{layanan}} atas nama {{ pemohon.nama }}
                (NIK {{pemohon.nik}}), nomor registrasi {{nomor_registrasi}}:

                {{tabel.pemohon}}
                Surat {{surat.nomor}} tanggal {{surat.tanggal}} dari {{kantor.nama_wilayah}}.
                """);
        var letter = LetterFixtures.document(LetterKind.SURAT_PENGANTAR, "460/7/DINSOS-2025", URL);

        assertThat(template.problems()).isEmpty();
        assertThat(template.resolve(new LetterTemplate.Values(letter, null)))
                .containsExactly(
                        LetterTemplate.Paragraph.text("Kami sampaikan permohonan " + letter.sopName()
                                + " atas nama Siti Aminah Harahap (NIK "
                                + LetterTemplate.maskedNik(letter.applicant().nik())
                                + "), nomor registrasi SLK-2025-000123:"),
                        LetterTemplate.Paragraph.table("pemohon"),
                        LetterTemplate.Paragraph.text(
                                "Surat 460/7/DINSOS-2025 tanggal 12 Agustus 2025 dari Dinas Sosial Kabupaten Solok."));
        assertThat(LetterTemplate.maskedNik("1371014506800002")).isEqualTo("1371••••••••0002");
    }

    @Test
    void namesTheOfficeWithTheRegionAndProvinceOfItsRegionCode() {
        var solok = LetterFixtures.letterhead("dinsos-solok");
        assertThat(LetterTemplate.officeWithRegion(solok)).isEqualTo("Dinas Sosial Kabupaten Solok");
        assertThat(LetterTemplate.officeWithRegion(LetterFixtures.withRegion(solok, "13.02")))
                .isEqualTo("Dinas Sosial Kabupaten Solok, Provinsi Sumatera Barat");
        var rembang = new Letterhead(
                "dinsosppkb-rembang",
                "Pemerintah Kabupaten Rembang",
                "Dinas Sosial Kabupaten Rembang",
                null,
                null,
                "Rembang",
                null,
                null,
                0,
                "33.17");
        // The name that already says the regency gets only the province.
        assertThat(LetterTemplate.officeWithRegion(rembang))
                .isEqualTo("Dinas Sosial Kabupaten Rembang, Provinsi Jawa Tengah");
        assertThat(LetterTemplate.officeWithRegion(LetterFixtures.withRegion(solok, "65")))
                .isEqualTo("Dinas Sosial Provinsi Kalimantan Utara");
    }

    @Test
    void refusesAnUnknownPlaceholderNamingItAndItsLine() {
        var template = new LetterTemplate(LetterKind.TANDA_TERIMA, """
                Telah diterima berkas {{layanan}} dari {{pemohon.nama}}.

                Gaji: {{pemohon.gaji}}, alasan {{penolakan.alasan}}""");

        assertThat(template.problems())
                .containsExactly(
                        InputProblem.ofField("body", "letter.template.unknown-placeholder", "{{pemohon.gaji}}", 3),
                        // The refusal's reason exists only in the refusal letter.
                        InputProblem.ofField("body", "letter.template.unknown-placeholder", "{{penolakan.alasan}}", 3));
    }

    @Test
    void refusesAnUnclosedPlaceholderATableInsideTextAndExpressionsThatAreNoPlaceholder() {
        assertThat(new LetterTemplate(LetterKind.SURAT_PENGANTAR, "Atas nama {{pemohon.nama").problems())
                .containsExactly(InputProblem.ofField("body", "letter.template.unclosed", 1));
        assertThat(new LetterTemplate(LetterKind.SURAT_PENGANTAR, "Data:\nlihat {{tabel.pemohon}} berikut").problems())
                .containsExactly(InputProblem.ofField("body", "letter.template.table-alone", "{{tabel.pemohon}}", 2));
        assertThat(new LetterTemplate(LetterKind.SURAT_PENGANTAR, "{{T(java.lang.Runtime).getRuntime()}}").problems())
                .extracting(InputProblem::messageKey)
                .containsExactly("letter.template.unknown-placeholder");
        assertThat(new LetterTemplate(LetterKind.SURAT_PENGANTAR, " \n ").problems())
                .containsExactly(InputProblem.ofField("body", "letter.template.blank"));
    }

    @Test
    void keepsTextThatLooksLikeATemplateLanguageAsTextForThePdfToEscape() {
        var template = new LetterTemplate(LetterKind.SURAT_PENGANTAR, "${T(java.lang.System).exit(0)} <b>[[${x}]]</b>");
        var letter = LetterFixtures.document(LetterKind.SURAT_PENGANTAR, "1/2025", URL);

        assertThat(template.problems()).isEmpty();
        assertThat(template.resolve(new LetterTemplate.Values(letter, null)))
                .containsExactly(LetterTemplate.Paragraph.text("${T(java.lang.System).exit(0)} <b>[[${x}]]</b>"));
    }

    @Test
    void everyStandardBodyIsValidAndEveryPlaceholderIsDescribed() {
        for (LetterKind kind : List.of(
                LetterKind.SURAT_PENGANTAR,
                LetterKind.SURAT_REKOMENDASI_BEROBAT,
                LetterKind.LEMBAR_VERIFIKASI,
                LetterKind.TANDA_TERIMA,
                LetterKind.SURAT_PENOLAKAN)) {
            assertThat(LetterTemplate.standard(kind).problems()).as(kind.name()).isEmpty();
        }
        assertThat(LetterTemplate.PLACEHOLDERS)
                .extracting(LetterTemplate.Placeholder::messageKey)
                .allMatch(key -> key.startsWith("letter.template.placeholder."));
    }
}
