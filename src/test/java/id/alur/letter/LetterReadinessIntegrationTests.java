package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.office.UserProfile;
import id.alur.platform.InputProblem;
import id.alur.sop.ReadinessItem;
import id.alur.sop.SopNotReadyException;
import id.alur.sop.SopService;
import id.alur.sop.SopStatus;
import id.alur.sop.SopVersionId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The letter module's part of "siap dijalankan" (issue 12 item 7): a letter the SOP names as an output needs a letter
 * setting, and so does the intake's Tanda Terima, before the SOP may be published.
 */
@SpringBootTest
class LetterReadinessIntegrationTests {

    static final String SOP = "kis-uji-surat";

    @Autowired
    OfficeService offices;

    @Autowired
    SopService sops;

    @Autowired
    LetterService letters;

    String office;
    String kepala;
    SopVersionId draft;

    /**
     * An office complete for the office module (every lane held), without any letter setting: its admin removed the
     * Tanda Terima for every SOP it started with (NewOfficeReceiptIntegrationTests).
     */
    @BeforeEach
    void anOfficeWithoutLetterSettings() throws IOException {
        var data = new OfficeTestData(offices);
        office = data.office();
        letters.settings(office).forEach(setting -> letters.removeSetting(office, setting.id(), "test"));
        kepala = data.user(office, OfficeTestData.KEPALA);
        data.user(office, OfficeTestData.KABID);
        data.user(office, OfficeTestData.PETUGAS);
        data.user(office, OfficeTestData.BPJS);
        draft = sops.createDraft(office, "LetterReadinessIntegrationTests.sop.yaml", sopText())
                .id();
    }

    @Test
    void namesTheStepWhoseLetterHasNoSettingTheMissingReceiptAndTheMissingKopSurat() {
        assertThat(sops.readiness(draft))
                .extracting(ReadinessItem::messageKey, ReadinessItem::arguments, ReadinessItem::fixLink)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "letter.readiness.output-without-setting",
                                List.of(2, "Surat Pengantar ke BPJS Kesehatan", SOP),
                                "/admin/offices/" + office + "/letters"),
                        org.assertj.core.groups.Tuple.tuple(
                                "letter.readiness.receipt-without-setting",
                                List.of(SOP),
                                "/admin/offices/" + office + "/letters"),
                        org.assertj.core.groups.Tuple.tuple(
                                "letter.readiness.letterhead-unset",
                                List.of(),
                                "/admin/offices/" + office + "/letters/letterhead"));
    }

    @Test
    void refusesToPublishUntilBothLettersHaveSettingsAndTheOfficeItsKopSurat() {
        assertThatThrownBy(() -> sops.publish(draft))
                .isInstanceOfSatisfying(
                        SopNotReadyException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(InputProblem::messageKey)
                                .containsExactly(
                                        "letter.readiness.output-without-setting",
                                        "letter.readiness.receipt-without-setting",
                                        "letter.readiness.letterhead-unset"));

        letters.saveSetting(setting(LetterKind.TANDA_TERIMA, 1, "TT/{seq}/{yyyy}"), "test");
        assertThat(sops.readiness(draft))
                .extracting(ReadinessItem::messageKey)
                .containsExactly("letter.readiness.output-without-setting", "letter.readiness.letterhead-unset");

        letters.saveSetting(setting(LetterKind.SURAT_PENGANTAR, 2, "460/{seq}/UJI/{yyyy}"), "test");
        assertThat(sops.readiness(draft))
                .extracting(ReadinessItem::messageKey)
                .containsExactly("letter.readiness.letterhead-unset", "letter.readiness.signer-without-nip");
        assertThatThrownBy(() -> sops.publish(draft)).isInstanceOf(SopNotReadyException.class);

        // Without a kop surat the Tanda Terima would print no government line and the office's name as its place.
        letters.saveLetterhead(
                new LetterheadView(office, "Pemerintah Kabupaten Uji", "Dinas Sosial", null, null, "Ujung", false, 0),
                "test");
        assertThat(sops.readiness(draft))
                .extracting(ReadinessItem::messageKey)
                .containsExactly("letter.readiness.signer-without-nip");
        assertThat(sops.publish(draft).status()).isEqualTo(SopStatus.PUBLISHED);
    }

    @Test
    void warnsWithoutBlockingAboutASignerWithoutNipUntilTheNipIsEntered() {
        letters.saveSetting(setting(LetterKind.TANDA_TERIMA, 1, "TT/{seq}/{yyyy}"), "test");
        letters.saveSetting(setting(LetterKind.SURAT_PENGANTAR, 2, "460/{seq}/UJI/{yyyy}"), "test");
        ReadyToRun.letterhead(letters, office);

        // Step 2 (the Kepala's lane) signs the Surat Pengantar; the front desk's Tanda Terima is not asked about.
        assertThat(sops.readiness(draft)).singleElement().satisfies(item -> {
            assertThat(item.messageKey()).isEqualTo("letter.readiness.signer-without-nip");
            assertThat(item.blocks()).isFalse();
            assertThat(item.arguments()).containsExactly(2, "Pegawai " + kepala, OfficeTestData.KEPALA);
            assertThat(item.fixLink()).isEqualTo("/admin/users/" + kepala);
        });
    }

    @Test
    void namesOnlyTheHoldersOfTheSigningPositionWhoHaveNoNip() {
        letters.saveSetting(setting(LetterKind.TANDA_TERIMA, 1, "TT/{seq}/{yyyy}"), "test");
        letters.saveSetting(setting(LetterKind.SURAT_PENGANTAR, 2, "460/{seq}/UJI/{yyyy}"), "test");
        ReadyToRun.letterhead(letters, office);
        String withNip = OfficeTestData.unique("kepala-nip");
        offices.createUser(
                withNip,
                new UserProfile("Kepala Ber-NIP", uniqueNip(), "Pembina (IV/a)", null),
                OfficeTestData.PASSWORD);
        offices.addMembership(withNip, office, OfficeTestData.KEPALA);

        assertThat(sops.readiness(draft))
                .extracting(item -> item.arguments().get(1))
                .containsExactly("Pegawai " + kepala);
    }

    @Test
    void aSettingForAnotherSopDoesNotCount() {
        letters.saveSetting(
                new LetterSettingView(
                        null,
                        office,
                        "sop-lain",
                        LetterKind.TANDA_TERIMA,
                        1,
                        1,
                        List.of(),
                        "TT/{seq}/{yyyy}",
                        null,
                        null,
                        null,
                        null,
                        null,
                        0),
                "test");

        assertThat(sops.readiness(draft))
                .extracting(ReadinessItem::messageKey)
                .contains("letter.readiness.receipt-without-setting");
    }

    /** A valid NIP no other test user has (NIPs are unique): birth date, appointment month, sex, serial at random. */
    static String uniqueNip() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "%04d%02d%02d%04d%02d1%03d"
                .formatted(
                        random.nextInt(1960, 2000),
                        random.nextInt(1, 13),
                        random.nextInt(1, 29),
                        random.nextInt(1990, 2021),
                        random.nextInt(1, 13),
                        random.nextInt(1000));
    }

    private LetterSettingView setting(LetterKind kind, int step, String pattern) {
        return new LetterSettingView(
                null, office, SOP, kind, step, step, List.of(), pattern, null, null, null, null, null, 0);
    }

    private static String sopText() throws IOException {
        try (InputStream in =
                LetterReadinessIntegrationTests.class.getResourceAsStream("LetterReadinessIntegrationTests.sop.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
