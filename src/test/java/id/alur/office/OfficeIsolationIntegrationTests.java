package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.platform.NotFoundException;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Another office's resource answers 404, as if it did not exist, and the attempt is logged. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class OfficeIsolationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ResourceOfficeGuard guard;

    @Autowired
    AuditTrail audit;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOfficeAdministratorGets404ForAnotherOfficeAndTheAttemptIsLogged(CapturedOutput output) throws Exception {
        var data = new OfficeTestData(offices);
        String own = data.office();
        String other = data.office();
        String adminName = data.officeAdmin(own);
        AlurUser admin = data.signedIn(userDetails, adminName);

        mvc.perform(get("/admin/offices/{office}", other).with(user(admin)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Tidak ditemukan")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(other))));
        String otherUser = data.user(other, OfficeTestData.KEPALA);
        mvc.perform(get("/admin/users/{u}", otherUser).with(user(admin))).andExpect(status().isNotFound());

        assertThat(output.getAll())
                .contains("Office isolation: " + adminName + " (office " + own + ") asked for office " + other
                        + " of office " + other + "; answered 404")
                .contains("Office isolation: " + adminName + " (office " + own + ") asked for user " + otherUser);
        // the probing administrator's records in the other office (its set-up, positions and memberships, is on record
        // too)
        assertThat(audit.find(AuditQuery.all(20).inOffices(List.of(other))))
                .filteredOn(r -> adminName.equals(r.actor()))
                .extracting(
                        AuditRecord::actor,
                        AuditRecord::actorOffice,
                        AuditRecord::action,
                        AuditRecord::outcome,
                        AuditRecord::objectType,
                        AuditRecord::objectId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                adminName, own, "access.cross-office", AuditOutcome.NOT_FOUND, "user", otherUser),
                        org.assertj.core.groups.Tuple.tuple(
                                adminName, own, "access.cross-office", AuditOutcome.NOT_FOUND, "office", other));
    }

    @Test
    void anOfficerGetsAProblem404FromTheApiForAnotherOffice(CapturedOutput output) throws Exception {
        var data = new OfficeTestData(offices);
        String own = data.office();
        String other = data.office();
        String officer = data.user(own, OfficeTestData.KEPALA);
        String token = offices.issueApiToken(officer, "isolation").token();

        mvc.perform(get("/api/offices/{office}", other).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.code").value("platform.error.notFound"));
        mvc.perform(get("/api/offices/{office}", own).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.positions[0].code").value(OfficeTestData.KEPALA));

        assertThat(output.getAll()).contains("Office isolation: " + officer + " (office " + own + ")");
    }

    @Test
    void theGuardPassesResourcesOfTheOwnOfficeOnly() {
        var data = new OfficeTestData(offices);
        String own = data.office();
        AlurUser officer = data.signedIn(userDetails, data.user(own, OfficeTestData.KABID));
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        record Resource(String officeCode) {}

        assertThat(guard.requireOwnOffice(new Resource(own), Resource::officeCode, "resource 1"))
                .isEqualTo(new Resource(own));
        assertThatThrownBy(() -> guard.requireOwnOffice(new Resource("elsewhere"), Resource::officeCode, "resource 2"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guard.requireAdministrable(own, "office"))
                .as("an officer is no administrator")
                .isInstanceOf(NotFoundException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> guard.requireOwnOffice(own, "anonymous")).isInstanceOf(NotFoundException.class);
    }
}
