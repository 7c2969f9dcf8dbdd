package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14 item 4: every administrator's change to users, memberships, delegations and positions is on the audit
 * trail (who, the object, the office), not only in the application log; a refused change leaves no record of a
 * change.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeAdminAuditIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    Delegations delegations;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuditTrail audit;

    OfficeTestData data;
    String office;
    String admin;

    @BeforeEach
    void office() {
        data = new OfficeTestData(offices);
        office = data.office();
        admin = data.officeAdmin(office);
    }

    @Test
    void creatingAUserResettingThePasswordDisablingAndMembershipsAreRecorded() throws Exception {
        String username = OfficeTestData.unique("baru");
        perform(post("/admin/users")
                .param("username", username)
                .param("fullName", "Pegawai Baru")
                .param("password", "kata-sandi-awal")
                .param("officeCode", office)
                .param("positionCode", OfficeTestData.PETUGAS));
        perform(post("/admin/users/" + username + "/password").param("password", "kata-sandi-baru-1"));
        perform(post("/admin/users/" + username + "/memberships")
                .param("officeCode", office)
                .param("positionCode", OfficeTestData.KABID));
        perform(post("/admin/users/" + username + "/memberships/remove")
                .param("officeCode", office)
                .param("positionCode", OfficeTestData.KABID));
        perform(post("/admin/users/" + username + "/enabled").param("enabled", "false"));

        assertThat(ofOffice(AuditQuery.about("user", username, 20)))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::officeCode, AuditRecord::detail)
                .containsExactly(
                        tuple(admin, "user.disabled", office, null),
                        tuple(admin, "membership.removed", office, "position " + OfficeTestData.KABID),
                        tuple(admin, "membership.added", office, "position " + OfficeTestData.KABID),
                        tuple(admin, "user.password-reset", office, null),
                        tuple(admin, "membership.added", office, "position " + OfficeTestData.PETUGAS),
                        tuple(admin, "user.created", office, null));
    }

    @Test
    void aRefusedChangeLeavesNoRecordOfAChange() throws Exception {
        String username = data.user(office, OfficeTestData.PETUGAS);
        mvc.perform(post("/admin/users/" + username + "/password")
                        .param("password", "pendek")
                        .with(user(signedIn()))
                        .with(csrf()))
                .andExpect(status().is(422));

        assertThat(ofOffice(AuditQuery.about("user", username, 20)))
                .extracting(AuditRecord::action)
                .doesNotContain("user.password-reset");
    }

    @Test
    void aDelegationMadeAndEndedEarlyAndANewPositionAreRecorded() throws Exception {
        String kepala = data.user(office, OfficeTestData.KEPALA);
        String kabid = data.user(office, OfficeTestData.KABID);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        perform(post("/admin/offices/" + office + "/delegations")
                .param("positionCode", OfficeTestData.KEPALA)
                .param("holderUsername", kepala)
                .param("standInUsername", kabid)
                .param("kind", "PLH")
                .param("startsOn", today.plusDays(1).toString())
                .param("endsOn", today.plusDays(3).toString())
                .param("reason", "Dinas luar"));
        DelegationView made = delegations.ofOffice(office, today).getFirst();
        perform(post("/admin/offices/" + office + "/delegations/" + made.id().value() + "/end"));
        perform(post("/admin/offices/" + office + "/positions")
                .param("code", "sekretaris")
                .param("title", "Sekretaris")
                .param("rankOrder", "2"));

        assertThat(ofOffice(
                        AuditQuery.about("delegation", String.valueOf(made.id().value()), 20)))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome)
                .containsExactly(
                        tuple(admin, "delegation.ended-early", AuditOutcome.DONE),
                        tuple(admin, "delegation.created", AuditOutcome.DONE));
        assertThat(ofOffice(AuditQuery.about("position", office + "/sekretaris", 20)))
                .extracting(AuditRecord::actor, AuditRecord::action)
                .containsExactly(tuple(admin, "position.created"));
    }

    @Test
    void theSystemAdministratorCreatingAndUpdatingAnOfficeIsRecordedUnderThatOffice() throws Exception {
        AlurUser systemAdmin = data.signedIn(userDetails, data.systemAdmin());
        String code = OfficeTestData.unique("kantor-baru");
        perform(
                systemAdmin,
                post("/admin/offices")
                        .param("code", code)
                        .param("name", "Dinas Sosial Kab. Baru")
                        .param("kind", "REGENCY_AGENCY")
                        .param("address", "Jl. Baru No. 1")
                        .param("zoneId", "Asia/Makassar"));
        perform(
                systemAdmin,
                post("/admin/offices/" + code)
                        .param("name", "Dinas Sosial Kabupaten Baru")
                        .param("kind", "REGENCY_AGENCY")
                        .param("address", "Jl. Baru No. 1")
                        .param("zoneId", "Asia/Makassar")
                        .param("version", String.valueOf(offices.office(code).version())));

        assertThat(offices.office(code).name()).isEqualTo("Dinas Sosial Kabupaten Baru");
        assertThat(audit.find(AuditQuery.about("office", code, 10).inOffices(List.of(code))))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::officeCode)
                .containsExactly(
                        tuple(systemAdmin.username(), "office.updated", code),
                        tuple(systemAdmin.username(), "office.created", code));
    }

    @Test
    void grantingAndRevokingTheSystemAdministratorsRightIsRecordedAboutTheUser() throws Exception {
        AlurUser systemAdmin = data.signedIn(userDetails, data.systemAdmin());
        String username = data.user(office, OfficeTestData.PETUGAS);
        perform(systemAdmin, post("/admin/users/" + username + "/system-admin").param("admin", "true"));
        assertThat(offices.user(username).systemAdmin()).isTrue();
        perform(systemAdmin, post("/admin/users/" + username + "/system-admin").param("admin", "false"));

        assertThat(offices.user(username).systemAdmin()).isFalse();
        assertThat(audit.find(AuditQuery.about("user", username, 20)))
                .filteredOn(r -> r.action().startsWith("user.system-admin"))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::outcome)
                .containsExactly(
                        tuple(systemAdmin.username(), "user.system-admin-revoked", AuditOutcome.DONE),
                        tuple(systemAdmin.username(), "user.system-admin-granted", AuditOutcome.DONE));
    }

    @Test
    void anOfficeAdministratorCannotGrantTheRightAndTheRefusalLeavesNoGrantOnRecord() throws Exception {
        String username = data.user(office, OfficeTestData.PETUGAS);
        int status = mvc.perform(post("/admin/users/" + username + "/system-admin")
                        .param("admin", "true")
                        .with(user(signedIn()))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(offices.user(username).systemAdmin()).isFalse();
        assertThat(audit.find(AuditQuery.about("user", username, 20)))
                .extracting(AuditRecord::action)
                .doesNotContain("user.system-admin-granted");
    }

    private List<AuditRecord> ofOffice(AuditQuery query) {
        return audit.find(query.inOffices(List.of(office)));
    }

    private AlurUser signedIn() {
        return data.signedIn(userDetails, admin);
    }

    /** Performs the change as the office's administrator: a redirect, or the fragment the page swaps in (200). */
    private void perform(MockHttpServletRequestBuilder request) throws Exception {
        perform(signedIn(), request);
    }

    private void perform(AlurUser who, MockHttpServletRequestBuilder request) throws Exception {
        int status = mvc.perform(request.with(user(who)).with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isIn(200, 302);
    }
}
