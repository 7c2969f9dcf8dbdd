package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
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
import id.alur.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The Plh/Plt page: the form bound into a delegation, 422 next to the field, 404, 409, the htmx row. */
@OfficeWebSlice
class DelegationAdminControllerTests {

    static final String OFFICE = SignedInUsers.OFFICE;
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    MockMvc mvc;

    @Autowired
    Offices offices;

    @Autowired
    Delegations delegations;

    @Autowired
    UserAccounts users;

    @BeforeEach
    void anOfficeToday() {
        given(offices.office(OFFICE)).willReturn(SignedInUsers.office());
        given(offices.today(SignedInUsers.office())).willReturn(TODAY);
        given(offices.positions(OFFICE))
                .willReturn(List.of(new PositionView(OFFICE, "kepala", "Kepala Dinas", 1, false, false, 0)));
        given(users.ofOffice(OFFICE)).willReturn(List.of());
    }

    private static DelegationView plh(LocalDate endedOn) {
        return new DelegationView(
                new DelegationId(7),
                OFFICE,
                "kepala",
                "Kepala Dinas",
                "kadis",
                "Kadis",
                "kabid",
                "Kabid",
                DelegationKind.PLH,
                TODAY,
                TODAY.plusDays(4),
                endedOn,
                "Cuti tahunan",
                endedOn == null ? 0 : 1);
    }

    @Test
    void bindsTheFormIntoANewDelegationOfTheOfficeInThePath() throws Exception {
        given(delegations.delegate(any())).willReturn(plh(null));

        mvc.perform(post("/admin/offices/{office}/delegations", OFFICE)
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("kind", "PLH")
                        .param("positionCode", "kepala")
                        .param("holderUsername", "kadis")
                        .param("standInUsername", "kabid")
                        .param("startsOn", "2026-03-02")
                        .param("endsOn", "2026-03-06")
                        .param("reason", "Cuti tahunan"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/offices/" + OFFICE + "/delegations"));

        var request = ArgumentCaptor.forClass(NewDelegation.class);
        verify(delegations).delegate(request.capture());
        assertThat(request.getValue())
                .isEqualTo(new NewDelegation(
                        OFFICE,
                        "kepala",
                        "kadis",
                        "kabid",
                        DelegationKind.PLH,
                        TODAY,
                        TODAY.plusDays(4),
                        "Cuti tahunan"));
    }

    @Test
    void anImpossibleDateIs422OnItsFieldWithoutAskingTheModule() throws Exception {
        mvc.perform(post("/admin/offices/{office}/delegations", OFFICE)
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("kind", "PLH")
                        .param("positionCode", "kepala")
                        .param("startsOn", "2026-02-30")
                        .param("endsOn", "2026-03-06")
                        .param("reason", "Cuti"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"startsOn-error\"")))
                .andExpect(content().string(containsString("value=\"Cuti\"")));
        verify(delegations, never()).delegate(any());
    }

    @Test
    void aBrokenRuleIs422WithItsMessageNextToTheField() throws Exception {
        given(delegations.delegate(any()))
                .willThrow(new InvalidInputException("startsOn", "office.delegation.backdated"));

        mvc.perform(post("/admin/offices/{office}/delegations", OFFICE)
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("lang", "en")
                        .param("kind", "PLH")
                        .param("startsOn", "2026-03-01")
                        .param("endsOn", "2026-03-06"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"startsOn-error\"")))
                .andExpect(content().string(containsString("The start date cannot be before today.")));
    }

    @Test
    void endingADelegationOfAnotherOfficeIs404() throws Exception {
        var elsewhere = plh(null);
        given(delegations.delegation(new DelegationId(7)))
                .willReturn(new DelegationView(
                        elsewhere.id(),
                        "kantor-lain",
                        elsewhere.positionCode(),
                        elsewhere.positionTitle(),
                        elsewhere.holderUsername(),
                        elsewhere.holderName(),
                        elsewhere.standInUsername(),
                        elsewhere.standInName(),
                        elsewhere.kind(),
                        elsewhere.startsOn(),
                        elsewhere.endsOn(),
                        null,
                        elsewhere.reason(),
                        0));

        mvc.perform(post("/admin/offices/{office}/delegations/7/end", OFFICE)
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verify(delegations, never()).endEarly(any(), any());
    }

    @Test
    void endingADelegationChangedMeanwhileIs409() throws Exception {
        given(delegations.delegation(new DelegationId(7))).willReturn(plh(null));
        given(delegations.endEarly(new DelegationId(7), TODAY))
                .willThrow(new ConcurrentChangeException("office.delegation.changedMeanwhile", null, null, plh(TODAY)));

        mvc.perform(post("/admin/offices/{office}/delegations/7/end", OFFICE)
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Penggantian ini sudah diubah orang lain.")));
    }

    @Test
    void answersHtmxWithTheEndedRowOnly() throws Exception {
        given(delegations.delegation(new DelegationId(7))).willReturn(plh(null));
        given(delegations.endEarly(new DelegationId(7), TODAY)).willReturn(plh(TODAY.plusDays(1)));

        mvc.perform(post("/admin/offices/{office}/delegations/7/end", OFFICE)
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<tr id=\"delegation-7\"")))
                .andExpect(content().string(containsString("diakhiri lebih awal")));
    }

    @Test
    void listsTheDelegationsOfTheLastMonthAndToCome() throws Exception {
        given(delegations.ofOffice(OFFICE, TODAY.minusDays(30))).willReturn(List.of(plh(null)));

        mvc.perform(get("/admin/offices/{office}/delegations", OFFICE).with(user(SignedInUsers.officeAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"delegation-7\"")))
                .andExpect(content().string(containsString("berlaku hari ini")));
    }
}
