package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import jakarta.servlet.http.Cookie;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An anonymous visitor stores nothing on the server (issue 14 item 3): the login page, the public pages, a page that
 * sends them to sign in and a failed sign-in write no session row, so a crawler or a flood of status look-ups cannot
 * fill {@code spring_session}; the form's CSRF token and the page to return to travel in cookies.
 *
 * <p>Its own application context (the property), and the CSRF token taken from the login page as a browser does:
 * Spring Security's {@code csrf()} test helper swaps the CSRF filter of a shared context to a session-backed one.
 */
@SpringBootTest(properties = "alur.test.context=anonymous-sessions")
@AutoConfigureMockMvc
class AnonymousSessionIntegrationTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfficeService offices;

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    @Test
    void anonymousPageViewsWriteNoSessionRow() throws Exception {
        long before = sessions();

        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/publik/status")).andExpect(status().isOk());
        mvc.perform(get("/publik/verifikasi")).andExpect(status().isOk());
        mvc.perform(get("/permohonan")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk());

        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void aFailedSignInWritesNoSessionRowAndASuccessfulOneReturnsToThePageAskedFor() throws Exception {
        var data = new OfficeTestData(offices);
        String officer = data.user(data.office(), OfficeTestData.KEPALA);
        long before = sessions();

        MvcResult asked = mvc.perform(get("/permohonan")).andReturn();
        MvcResult loginPage = mvc.perform(get("/login")).andReturn();
        var matcher = CSRF_FIELD.matcher(loginPage.getResponse().getContentAsString());
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);
        Cookie[] cookies = Stream.concat(
                        Stream.of(asked.getResponse().getCookies()),
                        Stream.of(loginPage.getResponse().getCookies()))
                .toArray(Cookie[]::new);
        assertThat(cookies).extracting(Cookie::getName).doesNotContain("SESSION");

        mvc.perform(post("/login")
                        .cookie(cookies)
                        .param("_csrf", token)
                        .param("username", officer)
                        .param("password", "salah-sekali"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(sessions()).isEqualTo(before);

        mvc.perform(post("/login")
                        .cookie(cookies)
                        .param("_csrf", token)
                        .param("username", officer)
                        .param("password", OfficeTestData.PASSWORD))
                .andExpect(redirectedUrlPattern("**/permohonan*"));
        assertThat(sessions()).isEqualTo(before + 1);
    }
}
