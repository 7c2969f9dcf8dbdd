package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.alur.sop.Sop;
import id.alur.sop.SopFormat;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which steps of an SOP output a letter of the office: the rule over the Output column, and the admin's choice. */
class LetterOutputsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "Surat Pengantar, SURAT_PENGANTAR",
                "Konsep surat pengantar dan persyaratannya, none",
                "Konsep surat, none",
                "'KK, KTP, Akta Kelahiran Anak, lembar verifikasi dan persertujuan', LEMBAR_VERIFIKASI",
                "Surat Rekomendasi Berobat Provinsi, SURAT_REKOMENDASI_BEROBAT",
                "Surat Rekomendasi, SURAT_REKOMENDASI_BEROBAT",
                "Lembar verifikasi, LEMBAR_VERIFIKASI",
                "Surat Keterangan, SURAT_LAYANAN",
                "Surat Keterangan Tidak Mampu, SURAT_LAYANAN",
                "Surat Jaminan, SURAT_LAYANAN",
                "Berita Acara Serah Terima, SURAT_LAYANAN",
                "Kartu Peserta, SURAT_LAYANAN",
                "Surat Masuk Dengan Lembar Disposisi, none",
                "Surat yang telah didisposisi Kepala Dinas, none",
                "Disposisi, none",
                "Paraf, none",
                "KIS, none",
                "Laporan, none",
                "'KK, KTP, Akta Kelahiran Anak', none",
                "Suratan, none"
            })
    void recognisesALetterOfTheOfficeFromTheOutputColumn(String output, LetterKind kind) {
        assertThat(LetterOutputs.byRule(output)).isEqualTo(kind);
    }

    /** The seeds' letters are the kinds they always had, at the steps docs/letters.md names. */
    @Test
    void findsInTheFiveSeedsTheLettersTheyAlwaysHad() {
        assertThat(letters("dinsosppkb-rembang")).containsExactly(entry(5, LetterKind.SURAT_PENGANTAR));
        assertThat(letters("dinsos-solok"))
                .containsExactly(entry(5, LetterKind.SURAT_PENGANTAR), entry(6, LetterKind.SURAT_PENGANTAR));
        assertThat(letters("kemenag-jaksel").values()).containsOnly(LetterKind.SURAT_PENGANTAR);
        assertThat(letters("dinsos-kaltara").keySet()).containsExactly(4, 5, 6, 7, 8);
        assertThat(letters("dinsos-kaltara").values()).containsOnly(LetterKind.SURAT_REKOMENDASI_BEROBAT);
        // Row 7, the applicant receiving the sheet, is no step of the office.
        assertThat(letters("dinkes-belitung").keySet()).containsExactly(4, 5, 6);
        assertThat(letters("dinkes-belitung").values()).containsOnly(LetterKind.LEMBAR_VERIFIKASI);
    }

    @Test
    void theAdminsChoiceWinsOverTheRule() {
        Sop sop = SopFormat.parse(
                "uji.sop.yaml", SopFormat.seedSource("dinsosppkb-rembang").getBytes(StandardCharsets.UTF_8));

        // Step 3's output is a Paraf: chosen as a letter, it is the service letter; step 5's Surat Pengantar chosen
        // as none is no letter.
        var outputs = LetterOutputs.of(sop, Map.of(3, true, 5, false));

        assertThat(kinds(outputs)).containsExactly(entry(3, LetterKind.SURAT_LAYANAN));
        assertThat(outputs.stream()
                        .filter(o -> o.activity().number() == 5)
                        .findFirst()
                        .orElseThrow())
                .satisfies(o -> {
                    assertThat(o.byRule()).isEqualTo(LetterKind.SURAT_PENGANTAR);
                    assertThat(o.chosen()).isFalse();
                    assertThat(o.letter()).isFalse();
                });
    }

    @Test
    void aChoiceCarriesOverToAnotherVersionOnlyForTheSameStepNumberWithTheSameOutput() {
        String text = SopFormat.seedSource("dinsosppkb-rembang");
        Sop before = SopFormat.parse("uji.sop.yaml", text.getBytes(StandardCharsets.UTF_8));
        Map<Integer, Boolean> chosen = Map.of(3, true, 5, false);

        // The same text: every choice is carried over; the Output compared as the rule reads it (case, spaces).
        assertThat(LetterOutputs.carriedOver(before, before, chosen)).containsExactly(entry(3, true), entry(5, false));
        Sop recased = parse(text.replace("output: Paraf", "output: \"PARAF  \""));
        assertThat(LetterOutputs.carriedOver(before, recased, chosen)).containsExactly(entry(3, true), entry(5, false));

        // Step 5's Output is another text now: its choice no longer says anything about it, the rule decides again.
        Sop changed = parse(text.replace("output: Surat Pengantar", "output: Surat Keterangan"));
        assertThat(LetterOutputs.carriedOver(before, changed, chosen)).containsExactly(entry(3, true));

        // A choice of a step that is gone, or no office's step any more, carries nothing.
        assertThat(LetterOutputs.carriedOver(before, before, Map.of(9, true))).isEmpty();
    }

    private static Sop parse(String text) {
        return SopFormat.parse("uji.sop.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<Integer, LetterKind> letters(String seed) {
        Sop sop = SopFormat.parse(seed + ".sop.yaml", SopFormat.seedSource(seed).getBytes(StandardCharsets.UTF_8));
        return kinds(LetterOutputs.of(sop, Map.of()));
    }

    private static Map<Integer, LetterKind> kinds(java.util.List<LetterOutputs.Output> outputs) {
        return outputs.stream()
                .filter(o -> o.kind() != null)
                .collect(Collectors.toMap(
                        o -> o.activity().number(),
                        o -> Objects.requireNonNull(o.kind()),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }
}
