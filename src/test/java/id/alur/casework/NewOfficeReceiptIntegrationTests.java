package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.letter.LetterKind;
import id.alur.letter.LetterService;
import id.alur.letter.LetterSettingView;
import id.alur.letter.LetterView;
import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.sop.ReadinessItem;
import id.alur.sop.SopService;
import id.alur.sop.SopVersionId;
import id.alur.workflow.Acting;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A new office starts with a Tanda Terima setting (issue 12 item 8): its first SOP is not held back for a receipt,
 * its intake issues one numbered by the default pattern; an SOP's own receipt setting wins, and an office whose admin
 * removed it is asked for one again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewOfficeReceiptIntegrationTests {

    static final String RECEIPT_MISSING = "letter.readiness.receipt-without-setting";

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    SopService sops;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    LetterService letters;

    OfficeTestData data;
    String office;
    String petugas;
    SopVersionId draft;

    /** A new office with every lane held, its kop surat and a draft of an SOP that names no letter but the receipt. */
    @BeforeEach
    void aNewOfficeWithADraft() {
        data = new OfficeTestData(offices);
        office = data.office();
        petugas = data.user(office, OfficeTestData.PETUGAS);
        data.user(office, OfficeTestData.KEPALA);
        data.user(office, OfficeTestData.KABID);
        data.user(office, OfficeTestData.BPJS);
        ReadyToRun.letterhead(letters, office);
        draft = sops.createDraft(office, "NewOfficeReceiptIntegrationTests.sop.yaml", CaseworkAccessRoutes.sopText())
                .id();
    }

    @Test
    void anOfficeCreatedOnTheAdminPageStartsWithAReceiptForEverySop() throws Exception {
        String code = OfficeTestData.unique("baru");
        mvc.perform(post("/admin/offices")
                        .with(user(data.signedIn(userDetails, data.systemAdmin())))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Dinas Sosial Kabupaten Baru")
                        .param("kind", "REGENCY_AGENCY")
                        .param("zoneId", "Asia/Makassar"))
                .andExpect(status().is3xxRedirection());

        assertThat(letters.settings(code))
                .extracting(
                        LetterSettingView::sopCode,
                        LetterSettingView::kind,
                        LetterSettingView::issueStep,
                        LetterSettingView::pattern)
                .containsExactly(tuple("*", LetterKind.TANDA_TERIMA, 1, "TT/{seq:000}/{yyyy}"));
    }

    @Test
    void itsFirstSopIsNotAskedForAReceiptAndItsIntakeIssuesOneByTheDefaultPattern() {
        assertThat(sops.readiness(draft)).extracting(ReadinessItem::messageKey).doesNotContain(RECEIPT_MISSING);
        sops.publish(draft);

        var view = submit();

        assertThat(letters.forCase(view.workflowCaseId()))
                .extracting(LetterView::kind, LetterView::number)
                .containsExactly(tuple(LetterKind.TANDA_TERIMA, "TT/001/" + thisYear()));
    }

    @Test
    void anSopsOwnReceiptSettingWinsOverTheOfficesOne() {
        CaseworkAccessRoutes.receiptSetting(letters, office);
        sops.publish(draft);

        var view = submit();

        assertThat(letters.forCase(view.workflowCaseId()))
                .extracting(LetterView::kind, LetterView::number)
                .containsExactly(tuple(LetterKind.TANDA_TERIMA, "TT/1/" + thisYear()));
    }

    @Test
    void anOfficeWhoseAdminRemovedTheReceiptIsAskedForOneAgain() {
        long receipt = letters.settings(office).getFirst().id();
        letters.removeSetting(office, receipt, "admin");

        assertThat(letters.settings(office)).isEmpty();
        assertThat(sops.readiness(draft)).extracting(ReadinessItem::messageKey).contains(RECEIPT_MISSING);
    }

    private PermohonanView submit() {
        return permohonan.submit(
                new Intake(
                        office,
                        "kis-uji-akses",
                        Applicants.woman("Sri Lestari"),
                        List.of(),
                        List.of(new Intake.ChecklistEntry(0, true, null), new Intake.ChecklistEntry(1, true, null)),
                        Set.of()),
                Acting.self(petugas, "Petugas", OfficeTestData.PETUGAS),
                Instant.now());
    }

    private static int thisYear() {
        return Year.now(ZoneId.of("Asia/Jakarta")).getValue();
    }
}
