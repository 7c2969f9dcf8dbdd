package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Administration stays in its office (issue 14): an office administrator manages only users all of whose offices
 * they administer; a user who also works for another office is the system administrator's (403, on record).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeAdministrationScopeIntegrationTests {

    private static final String NEW_PASSWORD = "diambil-alih-2026";

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
    void anOfficeAdministratorCannotTakeOverAUserWhoAlsoWorksForAnotherOffice() throws Exception {
        var data = new OfficeTestData(offices);
        String own = data.office();
        String other = data.office();
        AlurUser admin = data.signedIn(userDetails, data.officeAdmin(own));
        String shared = data.user(own, OfficeTestData.PETUGAS);
        offices.addMembership(shared, other, OfficeTestData.KEPALA);

        mvc.perform(get("/admin/users/{u}", shared).with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(resetPassword(admin, shared)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{u}/enabled", shared)
                        .param("enabled", "false")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{u}/memberships/remove", shared)
                        .param("officeCode", own)
                        .param("positionCode", OfficeTestData.PETUGAS)
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(passwords.matches(
                        OfficeTestData.PASSWORD,
                        userDetails.loadUserByUsername(shared).getPassword()))
                .isTrue();
        assertThat(userDetails.loadUserByUsername(shared).isEnabled()).isTrue();
        // the office administrator's every attempt on the shared user, and nothing of theirs went through (the test
        // data's own user.created and membership.added records are by whoever set it up)
        assertThat(audit.find(AuditQuery.about("user", shared, 20)))
                .filteredOn(r -> admin.username().equals(r.actor()))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome, AuditRecord::officeCode)
                .containsOnly(Tuple.tuple(admin.username(), "access.refused", AuditOutcome.REFUSED, own))
                .hasSize(4);
    }

    @Test
    void theSystemAdministratorManagesAUserOfSeveralOffices() throws Exception {
        var data = new OfficeTestData(offices);
        String own = data.office();
        String other = data.office();
        AlurUser system = data.signedIn(userDetails, data.systemAdmin());
        String shared = data.user(own, OfficeTestData.PETUGAS);
        offices.addMembership(shared, other, OfficeTestData.KEPALA);

        mvc.perform(resetPassword(system, shared)).andExpect(status().is3xxRedirection());

        assertThat(passwords.matches(
                        NEW_PASSWORD, userDetails.loadUserByUsername(shared).getPassword()))
                .isTrue();
    }

    @Test
    void anAdministratorOfEveryOfficeOfTheUserManagesThem() throws Exception {
        var data = new OfficeTestData(offices);
        String own = data.office();
        String other = data.office();
        String adminName = data.officeAdmin(own);
        offices.grantOfficeAdmin(adminName, other);
        AlurUser admin = data.signedIn(userDetails, adminName);
        String shared = data.user(own, OfficeTestData.PETUGAS);
        offices.addMembership(shared, other, OfficeTestData.KEPALA);
        String local = data.user(own, OfficeTestData.KABID);

        mvc.perform(resetPassword(admin, shared)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/users/{u}", local).with(user(admin))).andExpect(status().isOk());

        assertThat(passwords.matches(
                        NEW_PASSWORD, userDetails.loadUserByUsername(shared).getPassword()))
                .isTrue();
    }

    @Test
    void aUserWhoAdministersAnotherOfficeIsTheSystemAdministrators() throws Exception {
        var data = new OfficeTestData(offices);
        String own = data.office();
        String other = data.office();
        AlurUser admin = data.signedIn(userDetails, data.officeAdmin(own));
        String officer = data.user(own, OfficeTestData.KABID);
        offices.grantOfficeAdmin(officer, other);

        mvc.perform(resetPassword(admin, officer)).andExpect(status().isForbidden());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder resetPassword(
            AlurUser admin, String username) {
        return post("/admin/users/{u}/password", username)
                .param("password", NEW_PASSWORD)
                .with(user(admin))
                .with(csrf());
    }
}
