package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The sign-in throttle (issue 14): after repeated failures an account is refused for a cooling period, the right
 * password included, with a clear message; an administrator lifts it; sign-ins and failures are on the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuditTrail audit;

    @Test
    void refusesEvenTheRightPasswordAfterRepeatedFailuresUntilAnAdministratorLiftsIt() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String officer = data.user(office, OfficeTestData.KEPALA);

        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            mvc.perform(login(officer, "salah-" + i, "10.1.0." + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(officer, OfficeTestData.PASSWORD, "10.1.0.99"))
                .andExpect(redirectedUrlPattern("/login?throttled=*"));
        mvc.perform(get("/login").param("throttled", "3"))
                .andExpect(content().string(Matchers.containsString("tunggu 3 menit")));

        var admin = data.signedIn(userDetails, data.officeAdmin(office));
        mvc.perform(get("/admin/users/{u}", officer).with(user(admin)))
                .andExpect(content().string(Matchers.containsString("Buka blokir masuk")));
        mvc.perform(post("/admin/users/{u}/login-throttle/lift", officer)
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + officer));
        mvc.perform(login(officer, OfficeTestData.PASSWORD, "10.1.0.99")).andExpect(redirectedUrl("/"));

        assertThat(audit.find(AuditQuery.all(50)))
                .filteredOn(r -> officer.equals(r.actor()) || officer.equals(r.objectId()))
                .extracting(AuditRecord::action)
                .contains("login.failed", "login.throttled", "user.login-throttle-lifted", "login.succeeded");
    }

    @Test
    void refusesASourceAddressThatFailsOnManyAccounts() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            mvc.perform(login(OfficeTestData.unique("tebak"), "salah", "10.2.0.1"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        String officer = data.user(office, OfficeTestData.KEPALA);

        mvc.perform(login(officer, OfficeTestData.PASSWORD, "10.2.0.1"))
                .andExpect(redirectedUrlPattern("/login?throttled=*"));
        mvc.perform(login(officer, OfficeTestData.PASSWORD, "10.2.0.2")).andExpect(redirectedUrl("/"));
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
