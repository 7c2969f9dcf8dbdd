package id.alur.demo;

import id.alur.letter.LetterKind;
import id.alur.letter.LetterService;
import id.alur.letter.LetterSettingView;
import id.alur.letter.LetterheadView;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Letter demo data for the five seed offices: their letterheads (as the seeds print them; no logo: an admin uploads
 * the official one) and which step of each seed SOP issues, signs and initials which letter, with the numbering
 * patterns the seeds show. The choice per seed is argued in {@code docs/letters.md}. Existing data is left as it is.
 */
@Component
@ConditionalOnDemoData
class DemoLetters {

    private static final Logger log = LoggerFactory.getLogger(DemoLetters.class);
    private static final String BY = "demo";

    private final LetterService letters;

    DemoLetters(LetterService letters) {
        this.letters = letters;
    }

    static final int ORDER = DemoOffices.ORDER + 10;

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER)
    void install() {
        int added = 0;
        for (LetterheadView letterhead : LETTERHEADS) {
            if (letters.letterhead(letterhead.officeCode()).isEmpty()) {
                letters.saveLetterhead(letterhead, BY);
                added++;
            }
        }
        for (LetterSettingView setting : SETTINGS) {
            boolean present = letters.settings(setting.officeCode()).stream()
                    .anyMatch(s -> s.sopCode().equals(setting.sopCode()) && s.kind() == setting.kind());
            if (!present) {
                letters.saveSetting(setting, BY);
                added++;
            }
        }
        if (added > 0) {
            log.info("Demo data: {} letterhead(s) and letter setting(s) added", added);
        }
    }

    /** The seeds' kop surat; the region codes (Kepmendagri) let letters name each office with its province. */
    static final List<LetterheadView> LETTERHEADS = List.of(
            letterhead(
                    "dinsosppkb-rembang",
                    "Pemerintah Kabupaten Rembang",
                    "Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana",
                    "Rembang",
                    "33.17"),
            letterhead("dinsos-solok", "Pemerintah Kabupaten Solok", "Dinas Sosial", "Arosuka", "13.02"),
            // A ministry's office names its city in its own name; its line is the ministry, no region code.
            letterhead(
                    "kemenag-jaksel",
                    "Kementerian Agama Republik Indonesia",
                    "Kantor Kementerian Agama Kota Jakarta Selatan",
                    "Jakarta",
                    null),
            letterhead("dinsos-kaltara", "Pemerintah Provinsi Kalimantan Utara", "Dinas Sosial", "Tanjung Selor", "65"),
            letterhead(
                    "dinkes-belitung", "Pemerintah Kabupaten Belitung", "Dinas Kesehatan", "Tanjungpandan", "19.02"));

    static final List<LetterSettingView> SETTINGS = List.of(
            // Seed 000: step 3 (Kabid) approves with a paraf, step 4 (Kepala Dinas) signs.
            setting(
                    "dinsosppkb-rembang",
                    "kis-surat-pengantar",
                    LetterKind.SURAT_PENGANTAR,
                    4,
                    4,
                    List.of(3),
                    "{class}/{seq}/{unit}/{yyyy}",
                    "460",
                    "DINSOSPPKB",
                    "Pengantar Pembuatan Kartu Indonesia Sehat (KIS)",
                    "Kepala BPJS Kesehatan Kantor Cabang"),
            receipt("dinsosppkb-rembang", "kis-surat-pengantar", "TT/{seq:0000}/DINSOSPPKB/{mm:roman}/{yyyy}"),
            // Seed 001: step 6 (Kepala Dinas) "mengesahkan surat pengantar"; dispositions at steps 3 and 4.
            setting(
                    "dinsos-solok",
                    "kis-fasilitasi-jaminan-kesehatan",
                    LetterKind.SURAT_PENGANTAR,
                    6,
                    6,
                    List.of(),
                    "460/{seq}/DINSOS-{yyyy}",
                    null,
                    null,
                    "Permohonan Jaminan Kesehatan yang Dibiayai Pemerintah",
                    "Kepala BPJS Kesehatan Kantor Cabang"),
            disposition("dinsos-solok", "kis-fasilitasi-jaminan-kesehatan", 4, List.of(3), "{seq}/DISP/DINSOS-{yyyy}"),
            receipt("dinsos-solok", "kis-fasilitasi-jaminan-kesehatan", "TT-{seq}/DINSOS-{yyyy}"),
            // Seed 002: Korpel's paraf (4) and Kasubbag TU's paraf on Ya (5); Kepala Kantor signs on Ya (6).
            setting(
                    "kemenag-jaksel",
                    "kis-pns",
                    LetterKind.SURAT_PENGANTAR,
                    6,
                    6,
                    List.of(4, 5),
                    "B-{seq}/Kk.09.1/1/OT.01.3/{mm}/{yyyy}",
                    null,
                    null,
                    "Permohonan Kartu Indonesia Sehat (KIS) PNS",
                    "Kepala BPJS Kesehatan Kantor Cabang Jakarta Selatan"),
            disposition("kemenag-jaksel", "kis-pns", 3, List.of(2), "B-{seq}/Kk.09.1/1/KP.00/{mm}/{yyyy}"),
            receipt("kemenag-jaksel", "kis-pns", "B-{seq}/Kk.09.1/1/PTSP/{mm}/{yyyy}"),
            // Seed 003: Kabid approves on Ya (5, paraf), Kepala Dinas approves on Ya (6, the signature); step 8 adds
            // the number, so a draft returned at 5 or 6 never burns one.
            setting(
                    "dinsos-kaltara",
                    "kis-rekomendasi-berobat",
                    LetterKind.SURAT_REKOMENDASI_BEROBAT,
                    8,
                    6,
                    List.of(5),
                    "{seq:000}/DS/KU/{yyyy}",
                    null,
                    null,
                    "Rekomendasi Berobat / Pendaftaran Peserta PBI-JK",
                    null),
            disposition("dinsos-kaltara", "kis-rekomendasi-berobat", 3, List.of(2), "{seq:000}/DISP/DS/{yyyy}"),
            receipt("dinsos-kaltara", "kis-rekomendasi-berobat", "{seq:000}/TT/DS/{yyyy}"),
            // Seed 004: the Kasi signs the verification team's sheet (4, recorded as paraf and printed as the
            // verifier), the Kabid approves it (5): only then is it complete, numbered and issued.
            setting(
                    "dinkes-belitung",
                    "jkn-kis-pendaftaran-baru",
                    LetterKind.LEMBAR_VERIFIKASI,
                    5,
                    5,
                    List.of(4),
                    "{class}/{seq}/{unit}/{yyyy}",
                    "440",
                    "YANKES",
                    "Pendaftaran Peserta JKN KIS Baru",
                    null),
            receipt("dinkes-belitung", "jkn-kis-pendaftaran-baru", "TT/{seq}/YANKES/{yyyy}"));

    private static LetterheadView letterhead(
            String office, String government, String name, String place, @Nullable String regionCode) {
        return new LetterheadView(office, government, name, null, null, place, false, 0, regionCode);
    }

    private static LetterSettingView setting(
            String office,
            String sop,
            LetterKind kind,
            int issueStep,
            int signStep,
            List<Integer> parafSteps,
            String pattern,
            String classificationCode,
            String unitCode,
            String subject,
            String addressee) {
        return new LetterSettingView(
                null,
                office,
                sop,
                kind,
                issueStep,
                signStep,
                parafSteps,
                pattern,
                classificationCode,
                unitCode,
                subject,
                addressee,
                null,
                0);
    }

    /** The Tanda Terima at intake: step 1 of every seed, signed by whoever records it at the front desk. */
    private static LetterSettingView receipt(String office, String sop, String pattern) {
        return setting(office, sop, LetterKind.TANDA_TERIMA, 1, 1, List.of(), pattern, null, null, null, null);
    }

    private static LetterSettingView disposition(
            String office, String sop, int lastStep, List<Integer> earlierSteps, String pattern) {
        return setting(
                office,
                sop,
                LetterKind.LEMBAR_DISPOSISI,
                lastStep,
                lastStep,
                earlierSteps,
                pattern,
                null,
                null,
                null,
                null);
    }
}
