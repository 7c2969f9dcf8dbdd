package id.alur.office;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.AlurUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The office API through its bearer token: the caller, an office and its positions, 404 and 401 as problems. */
@OfficeWebSlice
class OfficeApiControllerTests {

    static final String OFFICE = SignedInUsers.OFFICE;
    static final String TOKEN = "alur_" + "t".repeat(43);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SignedInOfficers signedIn;

    @Autowired
    Offices offices;

    private ResultActions getAs(AlurUser user, String path, Object... variables) throws Exception {
        given(tokens.verify(TOKEN)).willReturn(Optional.of(user));
        return mvc.perform(get(path, variables).header("Authorization", "Bearer " + TOKEN));
    }

    @Test
    void answersTheCallerWithTheirPositionsOfToday() throws Exception {
        AlurUser officer = SignedInUsers.officer();
        var kabid = new PositionAssignment(OFFICE, "kabid", "Kepala Bidang", 2, false, false, null, null, null);
        var plh = new PositionAssignment(
                OFFICE, "kepala", "Kepala Dinas", 1, false, false, "kadis", "Kadis", DelegationKind.PLH);
        given(signedIn.current())
                .willReturn(Optional.of(new CurrentOfficer(
                        officer.username(),
                        officer.displayName(),
                        OFFICE,
                        "Dinas Uji",
                        SignedInUsers.WIB,
                        LocalDate.of(2026, 3, 2),
                        List.of(kabid, plh),
                        List.of(SignedInUsers.office()),
                        officer.roles())));

        getAs(officer, "/api/me")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("kabid-uji"))
                .andExpect(jsonPath("$.officeCode").value(OFFICE))
                .andExpect(jsonPath("$.today").value("2026-03-02"))
                .andExpect(jsonPath("$.roles[0]").value("OFFICER"))
                .andExpect(jsonPath("$.positions[1].positionCode").value("kepala"))
                .andExpect(jsonPath("$.positions[1].onBehalfOfUsername").value("kadis"))
                .andExpect(jsonPath("$.positions[1].kind").value("PLH"));
    }

    @Test
    void answersTheOfficeWithItsPositionsHighestFirst() throws Exception {
        given(offices.office(OFFICE)).willReturn(SignedInUsers.office());
        given(offices.positions(OFFICE))
                .willReturn(List.of(
                        new PositionView(OFFICE, "kepala", "Kepala Dinas", 1, false, false, 0),
                        new PositionView(OFFICE, "petugas", "Petugas Pelayanan", 3, true, false, 0)));

        getAs(SignedInUsers.officer(), "/api/offices/{code}", OFFICE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(OFFICE))
                .andExpect(jsonPath("$.zone").value("Asia/Jakarta"))
                .andExpect(jsonPath("$.positions[0].code").value("kepala"))
                .andExpect(jsonPath("$.positions[1].frontDesk").value(true));
    }

    @Test
    void anUnknownOfficeIsA404ProblemInTheCallersLanguage() throws Exception {
        given(offices.office("tidak-ada")).willThrow(new OfficeNotFoundException("tidak-ada"));

        getAs(SignedInUsers.systemAdmin(), "/api/offices/{code}", "tidak-ada")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("office.office.notFound"))
                .andExpect(jsonPath("$.detail").value("Kantor tidak-ada tidak ditemukan."));
        mvc.perform(get("/api/offices/{code}", "tidak-ada")
                        .param("lang", "en")
                        .header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Office tidak-ada not found."));
    }

    @Test
    void anotherOfficeIsA404ProblemToAnOfficer() throws Exception {
        getAs(SignedInUsers.officer(), "/api/offices/{code}", "kantor-lain")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("platform.error.notFound"));
        verify(offices, never()).office("kantor-lain");
    }

    @Test
    void anUnknownTokenIsA401Problem() throws Exception {
        given(tokens.verify(TOKEN)).willReturn(Optional.empty());

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("platform.error.apiToken"));
        verify(signedIn, never()).current();
    }
}
