package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The home and login pages, in Indonesian first and in English. */
@PlatformWebSlice
class HomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void greetsTheSignedInOfficerWithTheirOfficeInIndonesianOrEnglish() throws Exception {
        String indonesian =
                body(mvc.perform(get("/").with(user(PlatformWebSlice.OFFICER))).andExpect(status().isOk()));
        assertThat(indonesian)
                .contains("<html lang=\"id\"", "Selamat datang, Agus Prasetyo", "Dinas Sosial Kabupaten Rembang");

        String english = body(mvc.perform(get("/").param("lang", "en").with(user(PlatformWebSlice.OFFICER)))
                .andExpect(status().isOk()));
        assertThat(english).contains("<html lang=\"en\"", "Welcome, Agus Prasetyo");
    }

    /**
     * The letter register is a report of the office now ({@code /laporan/{office}/agenda-surat}, shown with the report
     * module's "Laporan" menu item, see {@code LedgerIntegrationTests}): the home page links nobody to the old admin
     * register from its cards and menu, nor to the {@code /register} that once was a 404.
     */
    @Test
    void linksNobodyToTheMissingRegisterPageNorToTheAdminRegister() throws Exception {
        AlurUser officeAdmin = new AlurUser(
                "rembang.admin",
                null,
                "Sri Wahyuni",
                true,
                "dinsosppkb-rembang",
                "Dinas Sosial Kabupaten Rembang",
                null,
                Set.of(Role.OFFICE_ADMIN));
        assertThat(body(mvc.perform(get("/").with(user(officeAdmin))).andExpect(status().isOk())))
                .contains("Sri Wahyuni")
                .doesNotContain("href=\"/register\"", "/letters/register");

        assertThat(body(mvc.perform(get("/").with(user(PlatformWebSlice.OFFICER)))
                        .andExpect(status().isOk())))
                .doesNotContain("href=\"/register\"", "/letters/register");
    }

    @Test
    void sendsAnAnonymousVisitorOfTheHomePageToTheLogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void showsTheLoginFormToAnAnonymousVisitorInIndonesianOrEnglish() throws Exception {
        String indonesian = body(mvc.perform(get("/login")).andExpect(status().isOk()));
        assertThat(indonesian).contains("<html lang=\"id\"", "Nama pengguna", "name=\"_csrf\"");

        String english = body(mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk()));
        assertThat(english).contains("<html lang=\"en\"", "Username");
    }

    @Test
    void sendsASignedInOfficerAwayFromTheLoginToTheHomePage() throws Exception {
        mvc.perform(get("/login").with(user(PlatformWebSlice.OFFICER)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void signsInWithTheRightPasswordAndBackToTheLoginWithAWrongOne() throws Exception {
        mvc.perform(post("/login")
                        .param("username", PlatformWebSlice.OFFICER.username())
                        .param("password", PlatformWebSlice.PASSWORD)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login")
                        .param("username", PlatformWebSlice.OFFICER.username())
                        .param("password", "salah")
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void showsTheFailedSignInInIndonesianOrEnglish() throws Exception {
        assertThat(body(mvc.perform(get("/login").param("error", "")))).contains("Nama pengguna atau kata sandi salah");
        assertThat(body(mvc.perform(get("/login").param("error", "").param("lang", "en"))))
                .contains("Wrong username or password");
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
