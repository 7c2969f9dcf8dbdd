package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Every user changes their own password on the profile page, giving the current one; the change is on record. */
@SpringBootTest
@AutoConfigureMockMvc
class OwnPasswordIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AuditTrail audit;

    @Test
    void showsTheProfilePageWithThePasswordSection() throws Exception {
        var data = new OfficeTestData(offices);
        AlurUser officer = data.signedIn(userDetails, data.user(data.office(), OfficeTestData.PETUGAS));

        mvc.perform(get("/profil").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata sandi sekarang")))
                .andExpect(content().string(containsString("/profil/password")));
    }

    @Test
    void changesTheOwnPasswordWhenTheCurrentOneIsGiven() throws Exception {
        var data = new OfficeTestData(offices);
        String username = data.user(data.office(), OfficeTestData.PETUGAS);
        AlurUser officer = data.signedIn(userDetails, username);

        mvc.perform(change(officer, OfficeTestData.PASSWORD, "sandi-baru-2026", "sandi-baru-2026"))
                .andExpect(redirectedUrl("/profil"));

        assertThat(passwords.matches(
                        "sandi-baru-2026",
                        userDetails.loadUserByUsername(username).getPassword()))
                .isTrue();
        // what the user did, apart from the test data's user.created and membership.added
        assertThat(audit.find(AuditQuery.about("user", username, 10)))
                .filteredOn(r -> username.equals(r.actor()))
                .extracting(AuditRecord::action, AuditRecord::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("user.password-changed", username));
    }

    @Test
    void refusesAWrongCurrentPasswordAShortOneAndADifferentRepetitionNamingEachField() throws Exception {
        var data = new OfficeTestData(offices);
        String username = data.user(data.office(), OfficeTestData.PETUGAS);
        AlurUser officer = data.signedIn(userDetails, username);

        mvc.perform(change(officer, "bukan-sandinya", "pendek", "lain"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Kata sandi sekarang salah.")))
                .andExpect(content().string(containsString("Kata sandi paling sedikit 10 karakter.")));
        mvc.perform(change(officer, OfficeTestData.PASSWORD, "sandi-baru-2026", "sandi-baru-2027"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Kedua kata sandi baru tidak sama.")));

        assertThat(passwords.matches(
                        OfficeTestData.PASSWORD,
                        userDetails.loadUserByUsername(username).getPassword()))
                .isTrue();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(
            AlurUser user, String current, String password, String repeated) {
        return post("/profil/password")
                .with(user(user))
                .with(csrf())
                .param("currentPassword", current)
                .param("password", password)
                .param("repeatedPassword", repeated);
    }
}
