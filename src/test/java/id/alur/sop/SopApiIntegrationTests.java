package id.alur.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.letter.ReadyToRun;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SOP API with an office administrator's token: a draft from a YAML body or a multipart file, read back with its
 * problems, published from a day, retired; a broken file is 422 naming its line; an officer's token is refused and
 * another office's administrator finds nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SopApiIntegrationTests {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    SopService sops;

    @Autowired
    ApplicationContext context;

    final JsonMapper json = JsonMapper.builder().build();

    JsonNode call(AbstractMockHttpServletRequestBuilder<?> request, String username, int expectedStatus)
            throws Exception {
        String token = offices.issueApiToken(username, "sop-api-test").token();
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(expectedStatus);
        return body.isEmpty() ? json.nullNode() : json.readTree(body);
    }

    static byte[] kaltara() {
        return SopFormat.seedSource("dinsos-kaltara").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anOfficeAdministratorUploadsPublishesAndRetiresAnSopThroughTheApi() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        ReadyToRun.prepare(context, office, SopFormat.seedSource("dinsos-kaltara"));
        ReadyToRun.prepare(context, office, SopFormat.seedSource("dinsos-solok"));
        String admin = data.officeAdmin(office);

        JsonNode draft = call(
                post("/api/offices/" + office + "/sop")
                        .param("fileName", "kaltara.sop.yaml")
                        .contentType("application/yaml")
                        .content(kaltara()),
                admin,
                201);
        long id = draft.get("version").get("id").asLong();
        assertThat(draft.get("version").get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("version").get("number").asString()).isEqualTo("011/DS/KU/2025");
        assertThat(draft.get("sourceText").asString()).contains("# inferred:");

        JsonNode read = call(get("/api/sop/" + id), admin, 200);
        assertThat(read.get("version").get("code").asString()).isEqualTo("kis-rekomendasi-berobat");
        assertThat(read.get("problems").isArray()).isTrue();

        LocalDate later = LocalDate.now(WIB).plusDays(3);
        JsonNode published = call(
                post("/api/sop/" + id + "/publish")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveOn\": \"" + later + "\"}"),
                admin,
                200);
        assertThat(published.get("version").get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("version").get("effectiveOn").asString()).isEqualTo(later.toString());
        assertThat(published.get("version").get("publishedBy").asString()).isEqualTo(admin);
        assertThat(published.get("version").get("runningCases").asLong()).isZero();

        JsonNode again = call(
                post("/api/sop/" + id + "/publish")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveOn\": \"" + later + "\"}"),
                admin,
                409);
        assertThat(again.get("status").asInt()).isEqualTo(409);

        JsonNode retired = call(post("/api/sop/" + id + "/retire"), admin, 200);
        assertThat(retired.get("version").get("status").asString()).isEqualTo("RETIRED");

        var file = new MockMultipartFile(
                "file",
                "solok.sop.yaml",
                "application/yaml",
                SopFormat.seedSource("dinsos-solok").getBytes(StandardCharsets.UTF_8));
        call(multipart("/api/offices/" + office + "/sop").file(file), admin, 201);

        JsonNode list = call(get("/api/offices/" + office + "/sop"), admin, 200);
        assertThat(list).hasSize(2);
        assertThat(list.findValuesAsString("code"))
                .contains("kis-rekomendasi-berobat", "kis-fasilitasi-jaminan-kesehatan");
    }

    @Test
    void aBrokenFileIsA422NamingItsLineAndAPastDayIsRefused() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        ReadyToRun.prepare(context, office, SopFormat.seedSource("dinsos-kaltara"));
        ReadyToRun.prepare(context, office, SopFormat.seedSource("dinsos-solok"));
        String admin = data.officeAdmin(office);
        byte[] broken = SopFormat.seedSource("dinsos-kaltara")
                .replace("pelaksana: kepala-dinas", "pelaksana: lurah")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode problem = call(
                post("/api/offices/" + office + "/sop")
                        .contentType("application/yaml")
                        .content(broken),
                admin,
                422);
        assertThat(problem.toString()).contains("lurah").contains("kegiatan[");
        assertThat(sops.versions(office)).isEmpty();

        long id = sops.createDraft(office, "k.sop.yaml", kaltara()).id().value();
        JsonNode past = call(
                post("/api/sop/" + id + "/publish")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveOn\": \"2001-01-01\"}"),
                admin,
                422);
        assertThat(past.toString()).contains("effectiveOn").contains("2001-01-01");
        assertThat(sops.get(new SopVersionId(id)).status()).isEqualTo(SopStatus.DRAFT);
    }

    @Test
    void onlyTheOfficesAdministratorsTokensReachItsSops() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        ReadyToRun.prepare(context, office, SopFormat.seedSource("dinsos-kaltara"));
        ReadyToRun.prepare(context, office, SopFormat.seedSource("dinsos-solok"));
        String other = data.office();
        long id = sops.createDraft(office, "k.sop.yaml", kaltara()).id().value();

        call(get("/api/sop/" + id), data.user(office, OfficeTestData.KEPALA), 403);
        call(get("/api/offices/" + office + "/sop"), data.user(office, OfficeTestData.KEPALA), 403);
        call(get("/api/sop/" + id), data.officeAdmin(other), 404);
        call(post("/api/sop/" + id + "/retire"), data.officeAdmin(other), 404);
        call(get("/api/offices/" + office + "/sop"), data.officeAdmin(other), 404);
        call(get("/api/sop/" + id), data.systemAdmin(), 200);
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationWithBothUploadForms() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/v3/api-docs"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .get("paths");

        assertThat(paths.get("/api/offices/{office}/sop").has("get")).isTrue();
        assertThat(paths.get("/api/offices/{office}/sop")
                        .get("post")
                        .get("requestBody")
                        .get("content")
                        .propertyNames())
                .contains("application/yaml", "multipart/form-data");
        assertThat(paths.get("/api/sop/{id}").has("get")).isTrue();
        assertThat(paths.get("/api/sop/{id}/publish").has("post")).isTrue();
        assertThat(paths.get("/api/sop/{id}/retire").has("post")).isTrue();
    }
}
