package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.AlurUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The administration forms: bad input comes back as 422 with the message next to the field; htmx gets fragments. */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserAccounts users;

    @Autowired
    Memberships memberships;

    @Autowired
    UserDetailsService userDetails;

    OfficeTestData data;
    String office;
    AlurUser officeAdmin;

    @BeforeEach
    void createOffice() {
        data = new OfficeTestData(offices);
        office = data.office();
        officeAdmin = data.signedIn(userDetails, data.officeAdmin(office));
    }

    @Test
    void reRendersTheNewUserFormWith422AndTheMessageNextToEachBadField() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(user(officeAdmin))
                        .with(csrf())
                        .param("username", "Nama Salah")
                        .param("fullName", "")
                        .param("password", "pendek")
                        .param("positionCode", OfficeTestData.PETUGAS))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("id=\"username-error\"")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"username-error\"")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(Matchers.containsString("Nama pengguna 2–64 karakter")))
                .andExpect(content().string(Matchers.containsString("id=\"fullName-error\"")))
                .andExpect(content().string(Matchers.containsString("Kata sandi paling sedikit 10 karakter.")))
                .andExpect(content().string(Matchers.containsString("value=\"Nama Salah\"")));
        assertThat(offices.findUser("nama salah")).isEmpty();
    }

    @Test
    void saysTheErrorsInEnglishWhenTheUserChoseEnglish() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(user(officeAdmin))
                        .with(csrf())
                        .param("lang", "en")
                        .param("username", "x")
                        .param("fullName", "X")
                        .param("password", "long-enough-1")
                        .param("positionCode", OfficeTestData.PETUGAS))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("lang=\"en\"")))
                .andExpect(content().string(Matchers.containsString("Username: 2–64 lower-case letters")));
    }

    @Test
    void createsAUserInThePositionOfTheOfficeAdministratorsOffice() throws Exception {
        String username = OfficeTestData.unique("baru");
        mvc.perform(post("/admin/users")
                        .with(user(officeAdmin))
                        .with(csrf())
                        .param("username", username)
                        .param("fullName", "Pegawai Baru")
                        .param("nip", "199001012015031001")
                        .param("password", "kata-sandi-awal")
                        // An office administrator cannot put people into another office.
                        .param("officeCode", data.office())
                        .param("positionCode", OfficeTestData.PETUGAS))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users/" + username))
                .andExpect(flash().attributeExists("flash"));
        assertThat(memberships.ofUser(username))
                .extracting(MembershipView::officeCode, MembershipView::positionCode)
                .containsExactly(tuple(office, OfficeTestData.PETUGAS));
    }

    @Test
    void anOfficeAdministratorMustGiveTheNewUserAPosition() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(user(officeAdmin))
                        .with(csrf())
                        .param("username", OfficeTestData.unique("tanpa"))
                        .param("fullName", "Tanpa Jabatan")
                        .param("password", "kata-sandi-awal"))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("id=\"positionCode-error\"")));
    }

    @Test
    void aLetterInTheRankIsA422OnThatField() throws Exception {
        mvc.perform(post("/admin/offices/{office}/positions", office)
                        .with(user(officeAdmin))
                        .with(csrf())
                        .param("code", "sekretaris")
                        .param("title", "Sekretaris")
                        .param("rankOrder", "dua"))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("id=\"rankOrder-error\"")))
                .andExpect(content().string(Matchers.containsString("Harus berupa bilangan bulat.")));
        assertThat(offices.findPosition(office, "sekretaris")).isEmpty();
    }

    @Test
    void answersHtmxWithTheMembershipFragmentAnd422WhenNoPositionIsChosen() throws Exception {
        String member = data.user(office, OfficeTestData.KABID);
        String body = mvc.perform(post("/admin/users/{u}/memberships", member)
                        .with(user(officeAdmin))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("positionCode", ""))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).startsWith("<div id=\"memberships\"").doesNotContain("<html");
        assertThat(body).contains("id=\"positionCode-error\"", "Pilih jabatan.");

        mvc.perform(post("/admin/users/{u}/memberships", member)
                        .with(user(officeAdmin))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("positionCode", OfficeTestData.PETUGAS))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Petugas Pelayanan")));
        assertThat(memberships.ofUser(member)).hasSize(2);
    }

    @Test
    void endsADelegationEarlyAndAnswersHtmxWithItsRow() throws Exception {
        String kepala = data.user(office, OfficeTestData.KEPALA);
        String kabid = data.user(office, OfficeTestData.KABID);
        var today = offices.today(office);
        var delegation = offices.delegate(new NewDelegation(
                office, OfficeTestData.KEPALA, kepala, kabid, DelegationKind.PLH, today, today.plusDays(2), "Cuti"));

        String row = mvc.perform(post(
                                "/admin/offices/{office}/delegations/{id}/end",
                                office,
                                delegation.id().value())
                        .with(user(officeAdmin))
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(row)
                .startsWith("<tr id=\"delegation-" + delegation.id().value() + "\"")
                .contains("dibatalkan sebelum berlaku");
        assertThat(offices.actingPositions(kabid, today)).hasSize(1);
    }

    @Test
    void createsADelegationFromTheFormAndRefusesABackdatedOneOnItsField() throws Exception {
        String kepala = data.user(office, OfficeTestData.KEPALA);
        String kabid = data.user(office, OfficeTestData.KABID);
        var today = offices.today(office);
        mvc.perform(post("/admin/offices/{office}/delegations", office)
                        .with(user(officeAdmin))
                        .with(csrf())
                        .param("kind", "PLH")
                        .param("positionCode", OfficeTestData.KEPALA)
                        .param("holderUsername", kepala)
                        .param("standInUsername", kabid)
                        .param("startsOn", today.minusDays(2).toString())
                        .param("endsOn", today.toString())
                        .param("reason", "Dinas luar"))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("id=\"startsOn-error\"")))
                .andExpect(content().string(Matchers.containsString("Tanggal mulai tidak boleh sebelum hari ini.")));

        mvc.perform(post("/admin/offices/{office}/delegations", office)
                        .with(user(officeAdmin))
                        .with(csrf())
                        .param("kind", "PLH")
                        .param("positionCode", OfficeTestData.KEPALA)
                        .param("holderUsername", kepala)
                        .param("standInUsername", kabid)
                        .param("startsOn", today.toString())
                        .param("endsOn", today.plusDays(1).toString())
                        .param("reason", "Dinas luar"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/offices/" + office + "/delegations"));
        assertThat(offices.actingPositions(kabid, today))
                .extracting(PositionAssignment::kind)
                .contains(DelegationKind.PLH);
    }

    @Test
    void aStaleFormIsA409SayingWhoChangedIt() throws Exception {
        String member = data.user(office, OfficeTestData.KABID);
        int version = offices.user(member).version();
        users.update(member, new UserProfile("Sudah Diubah", null, null, null), version);

        mvc.perform(post("/admin/users/{u}", member)
                        .with(user(officeAdmin))
                        .with(csrf())
                        .param("fullName", "Versi Lama")
                        .param("version", Integer.toString(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Data pengguna ini sudah diubah orang lain.")))
                .andExpect(content().string(Matchers.containsString("Diubah oleh system pada")));
        assertThat(offices.user(member).fullName()).isEqualTo("Sudah Diubah");
    }

    @Test
    void disablingAUserEndsTheirAccessAtOnce() throws Exception {
        String member = data.user(office, OfficeTestData.KABID);
        mvc.perform(post("/admin/users/{u}/enabled", member)
                        .with(user(officeAdmin))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("enabled", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"user-status\"")))
                .andExpect(content().string(Matchers.containsString("Nonaktif")));
        assertThat(offices.user(member).enabled()).isFalse();
        assertThat(userDetails.loadUserByUsername(member).isEnabled()).isFalse();
    }

    @Test
    void showsTheOfficePageWithItsPositions() throws Exception {
        mvc.perform(get("/admin/offices/{office}", office).with(user(officeAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Petugas Pelayanan")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
    }
}
