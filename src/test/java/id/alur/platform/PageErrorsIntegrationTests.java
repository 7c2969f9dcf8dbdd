package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Error pages: in the user's language, never a stack trace; htmx gets only the alert; CSRF guards every form. */
@SpringBootTest
@AutoConfigureMockMvc
class PageErrorsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    AlurUser officer;

    @BeforeEach
    void signIn() {
        var data = new OfficeTestData(offices);
        officer = data.signedIn(userDetails, data.user(data.office(), OfficeTestData.KEPALA));
    }

    @Test
    void anUnknownPageIsA404PageInIndonesianOrEnglishWithoutAStackTrace() throws Exception {
        String indonesian = mvc.perform(get("/no/such/page").with(user(officer)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(indonesian)
                .contains("<html lang=\"id\"", "Tidak ditemukan", "Halaman atau data yang Anda cari tidak ada.")
                .doesNotContain("Exception", "at id.alur", "Whitelabel");

        String english = mvc.perform(get("/no/such/page").param("lang", "en").with(user(officer)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("<html lang=\"en\"", "Not found");
    }

    @Test
    void anHtmxRequestGetsOnlyTheAlert() throws Exception {
        String body = mvc.perform(
                        get("/no/such/page").header("HX-Request", "true").with(user(officer)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body.replace("<!DOCTYPE html>", "").strip())
                .startsWith("<div class=\"alert alert-danger error-alert\"")
                .doesNotContain("<html");
    }

    @Test
    void anonymousPagesGoToTheLoginAndAnonymousHtmxIsToldToReload() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/office/switch")
                        .param("officeCode", officer.officeCode())
                        .with(user(officer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLanguageChoiceIsKeptInACookieAndOnlyIndonesianOrEnglishExist() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", containsString("alur-lang=en")));
        String french = mvc.perform(get("/login").param("lang", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(french).contains("<html lang=\"id\"", "Nama pengguna");
    }

    @Test
    void publicPagesAssetsAndHealthNeedNoLogin() throws Exception {
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/alur.js")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        // Nothing is served under /publik yet (portal module), but it is public: a 404, not the login page.
        mvc.perform(get("/publik/lacak")).andExpect(status().isNotFound());
    }
}
