package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.ConcurrentChangeException;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The user pages (accounts, positions held, API tokens): binding, 422 next to the field (htmx gets the fragment),
 * 404, 409, and what an office administrator may not do.
 */
@OfficeWebSlice
class UserAdminControllerTests {

    static final String OFFICE = SignedInUsers.OFFICE;
    static final UserView MEMBER = new UserView("pegawai", "Pegawai Uji", null, null, null, true, false, null, 4);

    @Autowired
    MockMvc mvc;

    @Autowired
    Offices offices;

    @Autowired
    UserAccounts users;

    @Autowired
    Memberships memberships;

    @Autowired
    ApiTokens tokens;

    @BeforeEach
    void aMemberOfTheOffice() {
        given(offices.find(OFFICE)).willReturn(Optional.of(SignedInUsers.office()));
        given(offices.all()).willReturn(List.of(SignedInUsers.office()));
        given(offices.positions(OFFICE))
                .willReturn(List.of(new PositionView(OFFICE, "petugas", "Petugas Pelayanan", 3, true, false, 0)));
        given(users.find("pegawai")).willReturn(Optional.of(MEMBER));
        given(users.user("pegawai")).willReturn(MEMBER);
        given(memberships.officesOf("pegawai")).willReturn(List.of(SignedInUsers.office()));
        given(memberships.administeredOffices(SignedInUsers.officeAdmin().username()))
                .willReturn(List.of(OFFICE));
    }

    @Test
    void createsAUserInTheirFirstPositionOfTheOfficeAdministratorsOffice() throws Exception {
        given(users.create("baru", new UserProfile("Pegawai Baru", "", "", ""), "kata-sandi-awal", OFFICE, "petugas"))
                .willReturn(new UserView("baru", "Pegawai Baru", null, null, null, true, false, null, 0));

        mvc.perform(post("/admin/users")
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("username", "baru")
                        .param("fullName", "Pegawai Baru")
                        .param("nip", "")
                        .param("pangkat", "")
                        .param("email", "")
                        .param("password", "kata-sandi-awal")
                        // An office administrator cannot put people into another office.
                        .param("officeCode", "kantor-lain")
                        .param("positionCode", "petugas"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users/baru"));
    }

    @Test
    void reRendersTheNewUserFormWith422AndEveryRefusalNextToItsField() throws Exception {
        given(users.create(anyString(), any(), anyString(), anyString(), anyString()))
                .willThrow(new InvalidInputException(List.of(
                        InputProblem.ofField("username", "office.user.usernameInvalid"),
                        InputProblem.ofField("password", "office.user.passwordTooShort", 10))));

        mvc.perform(post("/admin/users")
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("username", "Nama Salah")
                        .param("fullName", "Pegawai")
                        .param("password", "pendek")
                        .param("positionCode", "petugas"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"username-error\"")))
                .andExpect(content().string(containsString("Nama pengguna 2–64 karakter")))
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("Kata sandi paling sedikit 10 karakter.")))
                .andExpect(content().string(containsString("value=\"Nama Salah\"")));
    }

    @Test
    void anOfficeAdministratorMustGiveTheNewUserAPosition() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("username", "tanpa")
                        .param("fullName", "Tanpa Jabatan")
                        .param("password", "kata-sandi-awal"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"positionCode-error\"")));
        verify(users, never()).create(any(), any(), any());
        verify(users, never()).create(any(), any(), any(), any(), any());
    }

    @Test
    void bindsTheProfileAndItsVersion() throws Exception {
        mvc.perform(post("/admin/users/{u}", "pegawai")
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("fullName", "Nama Baru")
                        .param("nip", "198506172010012014")
                        .param("pangkat", "Penata (III/c)")
                        .param("email", "pegawai@dinsos.go.id")
                        .param("version", "4"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users/pegawai"));
        verify(users)
                .update(
                        "pegawai",
                        new UserProfile("Nama Baru", "198506172010012014", "Penata (III/c)", "pegawai@dinsos.go.id"),
                        4);
    }

    @Test
    void aStaleProfileIs409SayingWhoChangedIt() throws Exception {
        given(users.update(anyString(), any(), anyInt()))
                .willThrow(new ConcurrentChangeException(
                        "office.user.changedMeanwhile", "budi", Instant.parse("2026-03-02T02:15:00Z"), MEMBER));

        mvc.perform(post("/admin/users/{u}", "pegawai")
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("fullName", "Versi Lama")
                        .param("version", "3"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Data pengguna ini sudah diubah orang lain.")))
                .andExpect(content().string(containsString("Diubah oleh budi pada")));
    }

    @Test
    void anUnknownUserIs404() throws Exception {
        given(users.find("tidak-ada")).willReturn(Optional.empty());

        mvc.perform(get("/admin/users/{u}", "tidak-ada").with(user(SignedInUsers.officeAdmin())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Pengguna tidak-ada tidak ditemukan.")));
    }

    @Test
    void aUserOfAnotherOfficeIs404ToAnOfficeAdministrator() throws Exception {
        given(memberships.officesOf("pegawai"))
                .willReturn(List.of(
                        new OfficeView("kantor-lain", "Kantor Lain", OfficeKind.OTHER, null, SignedInUsers.WIB, 0)));

        mvc.perform(get("/admin/users/{u}", "pegawai").with(user(SignedInUsers.officeAdmin())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Pegawai Uji"))));
    }

    @Test
    void answersHtmxWithTheMembershipFragmentAnd422WhenNoPositionIsChosen() throws Exception {
        given(memberships.add("pegawai", OFFICE, ""))
                .willThrow(new InvalidInputException("positionCode", "office.membership.positionRequired"));

        String body = mvc.perform(post("/admin/users/{u}/memberships", "pegawai")
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("positionCode", ""))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).startsWith("<div id=\"memberships\"").doesNotContain("<html");
        assertThat(body).contains("id=\"positionCode-error\"", "Pilih jabatan.");
    }

    @Test
    void showsTheIssuedTokenOnceOnTheUserPage() throws Exception {
        given(tokens.issue("pegawai", "integrasi", null))
                .willReturn(new IssuedApiToken(
                        9,
                        "pegawai",
                        "integrasi",
                        "alur_rahasia-sekali-tampil",
                        Instant.parse("2030-01-01T00:00:00Z")));

        mvc.perform(post("/admin/users/{u}/tokens", "pegawai")
                        .with(user(SignedInUsers.systemAdmin()))
                        .with(csrf())
                        .param("name", "integrasi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alur_rahasia-sekali-tampil")));
    }

    @Test
    void aTokenWithoutANameIs422OnTheNameField() throws Exception {
        given(tokens.issue("pegawai", "", null))
                .willThrow(new InvalidInputException("name", "office.token.nameRequired"));

        mvc.perform(post("/admin/users/{u}/tokens", "pegawai")
                        .with(user(SignedInUsers.systemAdmin()))
                        .with(csrf())
                        .param("name", ""))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Nama token wajib diisi.")));
    }

    @Test
    void rightsAndTokensAreTheSystemAdministratorsAlone() throws Exception {
        mvc.perform(post("/admin/users/{u}/tokens", "pegawai")
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("name", "integrasi"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{u}/office-admin", "pegawai")
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("officeCode", OFFICE)
                        .param("grant", "true"))
                .andExpect(status().isForbidden());
        verify(tokens, never()).issue(any(), any());
        verify(memberships, never()).grantOfficeAdmin(any(), any());
    }
}
