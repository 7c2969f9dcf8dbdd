package id.alur.office;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.ConcurrentChangeException;
import id.alur.platform.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The office and position pages: binding, 422 next to the field, 404, 409, and who may reach them. */
@OfficeWebSlice
class OfficeAdminControllerTests {

    static final String OFFICE = SignedInUsers.OFFICE;

    @Autowired
    MockMvc mvc;

    @Autowired
    Offices offices;

    @BeforeEach
    void anOffice() {
        given(offices.office(OFFICE)).willReturn(SignedInUsers.office());
        given(offices.positions(OFFICE)).willReturn(List.of());
    }

    @Test
    void bindsTheNewOfficeFormAndRedirectsToTheOffice() throws Exception {
        var details = new OfficeDetails("Dinas Baru", OfficeKind.CITY_AGENCY, "Jl. Merdeka 1", "Asia/Makassar");
        given(offices.create("dinsos-baru", details))
                .willReturn(new OfficeView(
                        "dinsos-baru", "Dinas Baru", OfficeKind.CITY_AGENCY, "Jl. Merdeka 1", SignedInUsers.WIB, 0));

        mvc.perform(post("/admin/offices")
                        .with(user(SignedInUsers.systemAdmin()))
                        .with(csrf())
                        .param("code", "dinsos-baru")
                        .param("name", "Dinas Baru")
                        .param("kind", "CITY_AGENCY")
                        .param("address", "Jl. Merdeka 1")
                        .param("zoneId", "Asia/Makassar"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/offices/dinsos-baru"))
                .andExpect(flash().attributeExists("flash"));
    }

    @Test
    void reRendersTheNewOfficeFormWith422AndTheRefusalNextToItsField() throws Exception {
        given(offices.create(anyString(), any()))
                .willThrow(new InvalidInputException("code", "office.office.codeInvalid"));

        mvc.perform(post("/admin/offices")
                        .with(user(SignedInUsers.systemAdmin()))
                        .with(csrf())
                        .param("code", "Bukan Kode")
                        .param("name", "Dinas Baru")
                        .param("kind", "CITY_AGENCY")
                        .param("zoneId", "Asia/Jakarta"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content().string(containsString("Kode kantor 2–64 karakter")))
                .andExpect(content().string(containsString("value=\"Bukan Kode\"")));
    }

    @Test
    void anUnknownKindIs422OnItsFieldWithoutAskingTheModule() throws Exception {
        mvc.perform(post("/admin/offices")
                        .with(user(SignedInUsers.systemAdmin()))
                        .with(csrf())
                        .param("code", "dinsos-baru")
                        .param("name", "Dinas Baru")
                        .param("kind", "KERAJAAN")
                        .param("zoneId", "Asia/Jakarta"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"kind-error\"")))
                .andExpect(content().string(containsString("value=\"dinsos-baru\"")));
        verify(offices, never()).create(any(), any());
    }

    @Test
    void aLetterInTheRankIs422OnThatFieldWithoutAskingTheModule() throws Exception {
        mvc.perform(post("/admin/offices/{office}/positions", OFFICE)
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("code", "sekretaris")
                        .param("title", "Sekretaris")
                        .param("rankOrder", "dua"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"rankOrder-error\"")))
                .andExpect(content().string(containsString("Harus berupa bilangan bulat.")));
        verify(offices, never()).createPosition(any(), any(), any());
    }

    @Test
    void anUnknownPositionIs404() throws Exception {
        given(offices.position(OFFICE, "tidak-ada")).willThrow(new PositionNotFoundException(OFFICE + "/tidak-ada"));

        mvc.perform(get("/admin/offices/{office}/positions/{position}", OFFICE, "tidak-ada")
                        .with(user(SignedInUsers.officeAdmin())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Jabatan dinsos-uji/tidak-ada tidak ditemukan.")));
    }

    @Test
    void aStaleOfficeFormIs409SayingWhoChangedItAndWhen() throws Exception {
        given(offices.update(anyString(), any(), anyInt()))
                .willThrow(new ConcurrentChangeException(
                        "office.office.changedMeanwhile",
                        "budi",
                        Instant.parse("2026-03-02T02:15:00Z"),
                        SignedInUsers.office()));

        mvc.perform(post("/admin/offices/{office}", OFFICE)
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("name", "Dinas Uji Lama")
                        .param("kind", "REGENCY_AGENCY")
                        .param("zoneId", "Asia/Jakarta")
                        .param("version", "2"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Data kantor ini sudah diubah orang lain.")))
                .andExpect(content().string(containsString("Diubah oleh budi pada 2 Mar 2026 09:15")));
        verify(offices)
                .update(
                        OFFICE,
                        new OfficeDetails("Dinas Uji Lama", OfficeKind.REGENCY_AGENCY, null, "Asia/Jakarta"),
                        2);
    }

    @Test
    void anotherOfficesAdministratorGets404AsIfTheOfficeDidNotExist() throws Exception {
        mvc.perform(get("/admin/offices/{office}", "kantor-lain").with(user(SignedInUsers.officeAdmin())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("kantor-lain"))));
        verify(offices, never()).office("kantor-lain");
    }

    @Test
    void onlyTheSystemAdministratorCreatesOffices() throws Exception {
        mvc.perform(post("/admin/offices")
                        .with(user(SignedInUsers.officeAdmin()))
                        .with(csrf())
                        .param("code", "dinsos-baru"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/offices/{office}", OFFICE).with(user(SignedInUsers.officer())))
                .andExpect(status().isForbidden());
        verify(offices, never()).create(any(), any());
    }

    @Test
    void anOfficeAdministratorSeesOnlyTheirOffice() throws Exception {
        given(offices.find(OFFICE)).willReturn(Optional.of(SignedInUsers.office()));

        mvc.perform(get("/admin/offices").with(user(SignedInUsers.officeAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dinas Uji")));
        verify(offices, never()).all();
    }
}
