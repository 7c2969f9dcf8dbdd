package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.letter.LetterKind;
import id.alur.letter.LetterService;
import id.alur.letter.LetterSettingView;
import id.alur.letter.ReadyToRun;
import id.alur.platform.InputProblem;
import id.alur.sop.ReadinessItem;
import id.alur.sop.Severity;
import id.alur.sop.SopNotReadyException;
import id.alur.sop.SopService;
import id.alur.sop.SopStatus;
import id.alur.sop.SopVersionId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The office's part of "siap dijalankan" (issue 12 item 7): lanes without a position, positions without a holder, no
 * front desk and no public address block publishing; the list is answered by the API and shown on the draft's page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeReadinessIntegrationTests {

    @Autowired
    OfficeService offices;

    @Autowired
    Offices officeRecords;

    @Autowired
    SopService sops;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    @Autowired
    LetterService letters;

    OfficeTestData data;
    String office;
    SopVersionId draft;

    /** An office with no address, only the kepala (held) and the BPJS lane (not held); no kabid, no front desk. */
    @BeforeEach
    void aHalfSetUpOfficeWithADraft() throws IOException {
        data = new OfficeTestData(offices);
        office = OfficeTestData.unique("siap");
        offices.createOffice(
                office, new OfficeDetails("Kantor Siap " + office, OfficeKind.REGENCY_AGENCY, null, "Asia/Makassar"));
        offices.createPosition(office, OfficeTestData.KEPALA, new PositionDetails("Kepala Dinas", 1, false, false));
        offices.createPosition(office, OfficeTestData.BPJS, new PositionDetails("BPJS Kesehatan", 9, false, true));
        data.user(office, OfficeTestData.KEPALA);
        draft = sops.createDraft(office, "OfficeReadinessIntegrationTests.sop.yaml", sopText())
                .id();
    }

    @Test
    void listsEveryGapWithALinkToFixItBlockingItemsFirst() {
        assertThat(officeItems())
                .extracting(ReadinessItem::severity, ReadinessItem::messageKey, ReadinessItem::fixLink)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Severity.ERROR,
                                "office.readiness.lane-without-position",
                                "/admin/offices/" + office + "/positions/new"),
                        org.assertj.core.groups.Tuple.tuple(
                                Severity.ERROR,
                                "office.readiness.lane-without-position",
                                "/admin/offices/" + office + "/positions/new"),
                        org.assertj.core.groups.Tuple.tuple(
                                Severity.ERROR, "office.readiness.no-front-desk", "/admin/offices/" + office),
                        org.assertj.core.groups.Tuple.tuple(
                                Severity.ERROR, "office.readiness.address-unset", "/admin/offices/" + office),
                        org.assertj.core.groups.Tuple.tuple(
                                Severity.WARNING, "office.readiness.position-without-holder", "/admin/users"));
        assertThat(officeItems().getFirst().arguments()).containsExactly("Kepala Bidang", OfficeTestData.KABID);
    }

    @Test
    void refusesToPublishNamingEachBlockingItemAndLeavesTheDraftAsItWas() {
        assertThatThrownBy(() -> sops.publish(draft))
                .isInstanceOfSatisfying(
                        SopNotReadyException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(InputProblem::messageKey)
                                .filteredOn(key -> key.startsWith("office."))
                                .containsExactly(
                                        "office.readiness.lane-without-position",
                                        "office.readiness.lane-without-position",
                                        "office.readiness.no-front-desk",
                                        "office.readiness.address-unset"));
        assertThat(sops.get(draft).status()).isEqualTo(SopStatus.DRAFT);
    }

    @Test
    void aPositionWithoutAHolderBlocksUntilSomeoneHoldsIt() {
        offices.createPosition(office, OfficeTestData.KABID, new PositionDetails("Kepala Bidang", 2, false, false));

        assertThat(officeItems())
                .filteredOn(item -> item.messageKey().equals("office.readiness.position-without-holder"))
                .extracting(ReadinessItem::severity, item -> item.arguments().get(1))
                .contains(org.assertj.core.groups.Tuple.tuple(Severity.ERROR, OfficeTestData.KABID));

        data.user(office, OfficeTestData.KABID);

        assertThat(officeItems()).noneMatch(item -> item.arguments().contains(OfficeTestData.KABID));
    }

    @Test
    void publishesOnceTheOfficeIsCompleteWithTheOutsidePartyOnlyWarned() {
        completeTheOffice();

        assertThat(sops.readiness(draft))
                .singleElement()
                .satisfies(item -> assertThat(item.blocks()).isFalse());
        assertThat(sops.publish(draft).status()).isEqualTo(SopStatus.PUBLISHED);
    }

    @Test
    void answersTheReadinessToTheOfficeAdminsTokenAndAnotherOfficeAs404() throws Exception {
        String token = offices.issueApiToken(data.officeAdmin(office), "siap").token();
        String otherToken =
                offices.issueApiToken(data.officeAdmin(data.office()), "lain").token();
        String officerToken = offices.issueApiToken(data.user(office, OfficeTestData.KEPALA), "pegawai")
                .token();

        mvc.perform(get("/api/sop/{id}/readiness", draft.value())
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "id"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ready").value(false))
                .andExpect(jsonPath("$.items[0].blocking").value(true))
                .andExpect(jsonPath("$.items[-1:].blocking").value(false))
                .andExpect(jsonPath("$.items[?(@.code == 'office.readiness.address-unset')].message")
                        .value("Alamat kantor untuk publik belum diisi."))
                .andExpect(jsonPath("$.items[?(@.code == 'office.readiness.address-unset')].fix")
                        .value("/admin/offices/" + office));
        mvc.perform(get("/api/sop/{id}/readiness", draft.value()).header("Authorization", "Bearer " + otherToken))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/sop/{id}/readiness", draft.value()).header("Authorization", "Bearer " + officerToken))
                .andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token))
                .andExpect(content().string(Matchers.containsString("/api/sop/{id}/readiness")));
    }

    @Test
    void showsTheListWithFixLinksOnTheDraftsPageToItsAdminOnly() throws Exception {
        var admin = data.signedIn(users, data.officeAdmin(office));
        var officer = data.signedIn(users, data.user(office, OfficeTestData.KEPALA));

        mvc.perform(get("/sop/versi/{id}", draft.value()).with(user(admin)).header("Accept-Language", "id"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Alamat kantor untuk publik belum diisi.")))
                .andExpect(content().string(Matchers.containsString("href=\"/admin/offices/" + office + "\"")));
        mvc.perform(get("/sop/versi/{id}", draft.value()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"readiness\""))));

        completeTheOffice();
        mvc.perform(get("/sop/versi/{id}", draft.value()).with(user(admin)).header("Accept-Language", "id"))
                .andExpect(content().string(Matchers.containsString("Semua siap")));
    }

    /** The office module's items; the letter module adds its own (LetterReadinessIntegrationTests). */
    private List<ReadinessItem> officeItems() {
        return sops.readiness(draft).stream()
                .filter(item -> item.messageKey().startsWith("office."))
                .toList();
    }

    /** Complete for the office module, and with the receipt setting the letter module asks for. */
    private void completeTheOffice() {
        offices.createPosition(office, OfficeTestData.KABID, new PositionDetails("Kepala Bidang", 2, false, false));
        offices.createPosition(
                office, OfficeTestData.PETUGAS, new PositionDetails("Petugas Pelayanan", 3, true, false));
        data.user(office, OfficeTestData.KABID);
        data.user(office, OfficeTestData.PETUGAS);
        OfficeView current = offices.office(office);
        officeRecords.update(
                office,
                new OfficeDetails(current.name(), current.kind(), "Jl. Siap No. 1, Tanjung Selor", "Asia/Makassar"),
                current.version());
        letters.saveSetting(
                new LetterSettingView(
                        null,
                        office,
                        "kis-uji-siap",
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
        ReadyToRun.letterhead(letters, office);
    }

    private static String sopText() throws IOException {
        try (InputStream in =
                OfficeReadinessIntegrationTests.class.getResourceAsStream("OfficeReadinessIntegrationTests.sop.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
