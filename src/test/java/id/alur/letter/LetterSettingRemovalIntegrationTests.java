package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AlurUser;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Removing a letter setting in the browser (confirmed first) and through the API: a setting no letter was issued under
 * goes, with an audit record; one that letters were issued under stays, refused with a message saying so.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LetterSettingRemovalIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LetterService letters;

    @Autowired
    LetterIssuer issuer;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuditTrail audit;

    String office;
    AlurUser admin;
    String adminUsername;
    long unused;
    long used;

    /** A new office's Tanda Terima for every SOP (never used) and a Surat Pengantar setting one letter was issued under. */
    @BeforeEach
    void twoSettings() {
        var data = new OfficeTestData(offices);
        office = data.office();
        adminUsername = data.officeAdmin(office);
        admin = data.signedIn(userDetails, adminUsername);
        unused = letters.settings(office).stream()
                .filter(s -> s.kind() == LetterKind.TANDA_TERIMA)
                .findFirst()
                .orElseThrow()
                .id();
        used = letters.saveSetting(
                        new LetterSettingView(
                                null,
                                office,
                                "kis-surat-pengantar",
                                LetterKind.SURAT_PENGANTAR,
                                4,
                                4,
                                List.of(),
                                "460/{seq}/DINSOS-{yyyy}",
                                null,
                                null,
                                null,
                                null,
                                null,
                                0),
                        "test")
                .id();
        issuer.issue(LetterIssuerIntegrationTests.order(
                LetterIssuerIntegrationTests.CASES.incrementAndGet(),
                office,
                LetterIssuerIntegrationTests.setting(office, "460/{seq}/DINSOS-{yyyy}"),
                Instant.parse("2025-08-12T02:00:00Z")));
    }

    @Test
    void removesASettingNoLetterWasIssuedUnderAndRecordsIt() {
        letters.removeSetting(office, unused, "admin-uji");

        assertThat(letters.settings(office)).extracting(LetterSettingView::id).containsExactly(used);
        assertThat(recorded("letter-setting.removed")).singleElement().satisfies(r -> {
            assertThat(r.objectId()).isEqualTo(String.valueOf(unused));
            assertThat(r.detail()).isEqualTo("* TANDA_TERIMA");
        });
    }

    @Test
    void refusesToRemoveASettingLettersWereIssuedUnderNamingHowMany() {
        assertThatThrownBy(() -> letters.removeSetting(office, used, "admin-uji"))
                .isInstanceOfSatisfying(InvalidLetterInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("setting");
                    assertThat(e.problems().getFirst().messageKey()).isEqualTo("letter.setting.remove.letters-issued");
                    assertThat(e.problems().getFirst().arguments()).containsExactly(1L);
                });

        assertThat(letters.settings(office)).extracting(LetterSettingView::id).contains(used);
        assertThat(recorded("letter-setting.removed")).isEmpty();
    }

    @Test
    void theBrowserAsksForConfirmationFirstThenRemoves() throws Exception {
        String page = "/admin/offices/" + office + "/letters/settings/" + unused + "/remove";
        assertThat(mvc.perform(get(page).with(user(admin)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Hapus pengaturan surat", "Semua SOP", "Tanda Terima", "Ya, hapus pengaturan ini");
        assertThat(mvc.perform(get("/admin/offices/" + office + "/letters").with(user(admin)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"" + page + "\"");

        var unconfirmed = mvc.perform(post(page).with(user(admin)).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(unconfirmed.getStatus()).isEqualTo(422);
        assertThat(unconfirmed.getContentAsString()).contains("Centang konfirmasi untuk menghapus pengaturan ini.");
        assertThat(letters.settings(office)).extracting(LetterSettingView::id).contains(unused);

        var confirmed = mvc.perform(
                        post(page).param("confirm", "true").with(user(admin)).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/admin/offices/" + office + "/letters");
        assertThat(letters.settings(office)).extracting(LetterSettingView::id).doesNotContain(unused);
    }

    @Test
    void theBrowserSaysWhyASettingWithLettersStays() throws Exception {
        var refused = mvc.perform(post("/admin/offices/" + office + "/letters/settings/" + used + "/remove")
                        .param("confirm", "true")
                        .with(user(admin))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("tidak dapat dihapus karena sudah 1 surat terbit dengannya");
        assertThat(letters.settings(office)).extracting(LetterSettingView::id).contains(used);
    }

    @Test
    void theApiListsAndRemovesSettingsAndRefusesOneWithLetters() throws Exception {
        String token =
                "Bearer " + offices.issueApiToken(adminUsername, "settings").token();
        String base = "/api/offices/" + office + "/letter-settings";
        assertThat(call(get(base).header("Authorization", token)).getContentAsString())
                .contains("\"id\":" + unused, "\"kind\":\"tanda-terima\"", "\"sopCode\":\"*\"")
                .contains("\"id\":" + used, "\"kind\":\"surat-pengantar\"");

        MockHttpServletResponse refused = call(delete(base + "/" + used).header("Authorization", token));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("setting", "1 surat terbit");

        assertThat(call(delete(base + "/" + unused).header("Authorization", token))
                        .getStatus())
                .isEqualTo(204);
        assertThat(call(delete(base + "/" + unused).header("Authorization", token))
                        .getStatus())
                .isEqualTo(404);
        assertThat(letters.settings(office)).extracting(LetterSettingView::id).containsExactly(used);
    }

    private MockHttpServletResponse call(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private List<AuditRecord> recorded(String action) {
        return audit.find(new AuditQuery(List.of(office), null, null, null, action, null, null, null, 50));
    }
}
