package id.alur.casework;

import static id.alur.casework.CaseworkWebSlice.Cases.PETUGAS;
import static id.alur.casework.CaseworkWebSlice.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.casework.CaseworkWebSlice.Cases;
import id.alur.platform.InputProblem;
import id.alur.workflow.Acting;
import id.alur.workflow.TransitionNotAllowedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The intake form in the web slice: how it binds, and how each kind of refusal re-renders it (422). */
@CaseworkWebSlice
class IntakeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    Services services;

    @BeforeEach
    void theFrontDeskOffersSeed000() {
        given(services.inForce(eq(OFFICE), any(LocalDate.class))).willReturn(List.of(Cases.version()));
        given(permohonan.papersRule(anyString(), anyString())).willReturn(IncompletePapersRule.OFFICER_DECIDES);
    }

    MockHttpServletResponse submit() throws Exception {
        return mvc.perform(post("/permohonan")
                        .param("sopCode", Cases.SOP.code())
                        .param("nik", Cases.NIK)
                        .param("name", "Siti Aminah")
                        .param("birthDate", "1985-08-05")
                        .param("sex", "FEMALE")
                        .param("familyCardNumber", "3317011203150007")
                        .param("address", "Jl. Pemuda 1")
                        .param("villageCode", "33.17.01.2002")
                        .param("phone", "081234567890")
                        .param("checklist[0].present", "true")
                        .param("householdMembers[0].nik", "3317010101100001")
                        .param("householdMembers[0].name", "Budi")
                        .param("householdMembers[0].relationship", "ANAK")
                        .param("acknowledgedWarnings", "checklist|casework.checklist.incomplete|SKTM")
                        .with(user(PETUGAS))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    @Test
    void bindsTheFormIntoAnIntakeAtTheFrontDesk() throws Exception {
        given(permohonan.submit(any(), any(), any())).willReturn(Cases.permohonan(5, 105));
        var intake = ArgumentCaptor.forClass(Intake.class);
        var acting = ArgumentCaptor.forClass(Acting.class);

        var response = submit();

        verify(permohonan).submit(intake.capture(), acting.capture(), any(Instant.class));
        assertThat(response.getRedirectedUrl()).isEqualTo("/permohonan/5/tanda-terima");
        assertThat(intake.getValue().applicant().nik()).isEqualTo(Cases.NIK);
        assertThat(intake.getValue().applicant().birthDate()).isEqualTo(LocalDate.of(1985, 8, 5));
        assertThat(intake.getValue().householdMembers())
                .extracting(Intake.HouseholdMember::relationship)
                .containsExactly(Relationship.ANAK);
        assertThat(intake.getValue().acknowledgedWarnings())
                .containsExactly("checklist|casework.checklist.incomplete|SKTM");
        assertThat(acting.getValue().positionCode()).isEqualTo("petugas-pelayanan");
    }

    @Test
    void reRendersTheFormWithTheErrorOnItsFieldAndTheWarningsAbove() throws Exception {
        given(permohonan.submit(any(), any(), any()))
                .willThrow(new InvalidIntakeException(
                        List.of(InputProblem.ofField("applicant.nik", "casework.nik.length", 12)),
                        List.of(InputProblem.warning("checklist", "casework.checklist.incomplete", "SKTM"))));

        var response = submit();

        assertThat(response.getStatus()).isEqualTo(422);
        String html = response.getContentAsString();
        assertThat(IntakePageIntegrationTests.errorOf(html, "nik"))
                .isEqualTo("NIK harus 16 angka (yang diisi 12 angka).");
        assertThat(html).contains("id=\"intake-warnings\"").doesNotContain("name=\"acknowledgedWarnings\" id=");
    }

    @Test
    void asksToConfirmEachWarningByItsToken() throws Exception {
        var warning = InputProblem.warning("applicant.nik", "casework.intake.duplicateOpen", "ALR-2026-7K3M9Q");
        given(permohonan.submit(any(), any(), any())).willThrow(new IntakeNeedsConfirmationException(List.of(warning)));

        var response = submit();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(response.getContentAsString()))
                .contains("id=\"warning-0\" value=\"" + warning.token() + "\"")
                .contains("ALR-2026-7K3M9Q");
    }

    @Test
    void saysAboveTheFormWhyTheWorkflowRefusedToStartTheCase() throws Exception {
        given(permohonan.submit(any(), any(), any()))
                .willThrow(new TransitionNotAllowedException(
                        "workflow.start.notEffective", null, "Not yet", Cases.SOP.code(), LocalDate.of(2027, 1, 1)));

        var response = submit();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("id=\"intake-errors\"", "kis-surat-pengantar");
    }
}
