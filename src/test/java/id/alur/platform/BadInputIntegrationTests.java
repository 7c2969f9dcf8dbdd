package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input on real routes of the modules, through the whole application: a query parameter that is no number or
 * month, a path that is no id, a JSON body that does not parse or has a field of the wrong type. Each is answered
 * 400, 404 or 422 naming the parameter or field in the user's language, never 500 (the brief: bad input always gets
 * a clear error). The binding failures are named centrally ({@code RequestProblems}), so one class covers the routes
 * of every module instead of one per module.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    String office;

    String username;

    AlurUser kepala;

    @BeforeEach
    void signIn() {
        var data = new OfficeTestData(offices);
        office = data.office();
        username = data.user(office, OfficeTestData.KEPALA);
        kepala = data.signedIn(userDetails, username);
    }

    @Test
    void anInboxPageThatIsNoNumberIs400NamingThePageParameterInIndonesianOrEnglish() throws Exception {
        assertThat(page(get("/inbox").param("page", "abc"), 400))
                .contains("Parameter page tidak dapat dibaca: &quot;abc&quot;")
                .doesNotContain("Kesalahan server", "NumberFormatException");
        assertThat(page(get("/inbox").param("page", "abc").param("lang", "en"), 400))
                .contains("Parameter page cannot be read: &quot;abc&quot; is not a valid value for it.");
    }

    @Test
    void aSearchPageThatIsNoNumberIs400NamingThePageParameter() throws Exception {
        assertThat(page(get("/permohonan").param("q", "Siti").param("page", "dua"), 400))
                .contains("Parameter page tidak dapat dibaca: &quot;dua&quot;");
    }

    @Test
    void aPermohonanPathThatIsNoIdIs404() throws Exception {
        assertThat(page(get("/permohonan/abc"), 404)).contains("Halaman atau data yang Anda cari tidak ada.");
        assertThat(page(get("/permohonan/1/berkas/abc"), 404)).contains("Tidak ditemukan");
    }

    @Test
    void aDashboardMonthThatDoesNotExistIs422NamingTheMonth() throws Exception {
        assertThat(page(get("/laporan/" + office + "/dasbor").param("bulan", "2025-13"), 422))
                .contains("2025-13")
                .doesNotContain("Kesalahan server");
    }

    @Test
    void aLateListWhoseVersionIsNoNumberIs400NamingTheVersiParameter() throws Exception {
        assertThat(page(get("/laporan/" + office + "/kepatuhan/terlambat").param("versi", "x1"), 400))
                .contains("Parameter versi tidak dapat dibaca: &quot;x1&quot;");
    }

    @Test
    void anApiSearchPageThatIsNoNumberIs400ListingThePageField() throws Exception {
        JsonNode problem = api(get("/api/permohonan").param("q", "Siti").param("page", "abc"), 400);

        assertThat(problem.at("/type").asString()).isEqualTo("urn:alur:problem:bad-request");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("page");
        assertThat(problem.at("/errors/0/message").asString()).startsWith("Parameter page tidak dapat dibaca");
    }

    @Test
    void anApiPermohonanPathThatIsNoIdIs404() throws Exception {
        assertThat(api(get("/api/permohonan/abc"), 404).at("/type").asString()).isEqualTo("urn:alur:problem:not-found");
    }

    @Test
    void anIntakeBodyThatIsNoJsonIs400SayingSoInIndonesianOrEnglish() throws Exception {
        JsonNode problem = api(
                post("/api/permohonan").contentType(MediaType.APPLICATION_JSON).content("{\"sopCode\": "), 400);
        assertThat(problem.at("/code").asString()).isEqualTo("platform.error.bodyUnreadable");
        assertThat(problem.at("/detail").asString()).isEqualTo("Isi permintaan kosong atau bukan JSON yang benar.");

        JsonNode english = api(
                post("/api/permohonan")
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[1, 2"),
                400);
        assertThat(english.at("/detail").asString()).isEqualTo("The request body is empty or not valid JSON.");
    }

    @Test
    void anIntakeBodyWithAPaperPositionThatIsNoNumberIs400NamingTheFieldByItsPath() throws Exception {
        JsonNode problem = api(
                post("/api/permohonan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sopCode\": \"x\", \"checklist\": [{\"position\": \"satu\", \"present\": true}]}"),
                400);

        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("checklist[0].position");
        assertThat(problem.at("/errors/0/code").asString()).isEqualTo("platform.error.bodyFieldInvalid");
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(user(kepala))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    private JsonNode api(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header(
                        "Authorization",
                        "Bearer " + offices.issueApiToken(username, "bad-input").token()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return JSON.readTree(response.getContentAsString());
    }
}
