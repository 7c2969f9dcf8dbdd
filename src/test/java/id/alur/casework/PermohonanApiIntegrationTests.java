package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.office.OfficeService;
import id.alur.registry.ImportMode;
import id.alur.registry.RegistryColumns;
import id.alur.registry.RegistryService;
import id.alur.workflow.Acting;
import id.alur.workflow.StepId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The permohonan API with bearer tokens of the demo officers: the same rules as the pages, as JSON. */
@SpringBootTest
@AutoConfigureMockMvc
class PermohonanApiIntegrationTests {

    static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    CaseActions actions;

    @Autowired
    RegistryService registry;

    String token(String username) {
        return offices.issueApiToken(username, "api-test").token();
    }

    JsonNode call(MockHttpServletRequestBuilder request, String username, int expectedStatus) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token(username)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expectedStatus);
        String body = response.getContentAsString();
        return body.isEmpty() ? null : json.readTree(body);
    }

    static Map<String, Object> intake(
            String nik, LocalDate birth, List<Map<String, Object>> papers, List<String> acks) {
        return Map.of(
                "sopCode",
                "kis-surat-pengantar",
                "applicant",
                Map.of(
                        "nik", nik,
                        "name", "Siti Api",
                        "birthDate", birth.toString(),
                        "sex", "FEMALE",
                        "familyCardNumber", "3317011203150007",
                        "address", "Jl. API 1",
                        "villageCode", "33.17.01.2002",
                        "phone", "081234567890"),
                "householdMembers",
                List.of(),
                "checklist",
                papers,
                "acknowledgedWarnings",
                acks);
    }

    static List<Map<String, Object>> allPapers() {
        String pdf = Base64.getEncoder().encodeToString(SampleScans.pdf("SKTM"));
        return IntStream.range(0, 5)
                .mapToObj(i -> i == 0
                        ? Map.<String, Object>of(
                                "position",
                                i,
                                "present",
                                true,
                                "scan",
                                Map.of("fileName", "sktm.pdf", "contentBase64", pdf))
                        : Map.<String, Object>of("position", i, "present", true))
                .toList();
    }

    static MockHttpServletRequestBuilder postJson(String path, Object body) throws Exception {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    @Test
    void takesInAPermohonanAndReturnsItWithItsCurrentStep() throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        String nik = Applicants.nik(birth, Sex.FEMALE);

        var created = call(
                postJson("/api/permohonan", intake(nik, birth, allPapers(), List.of())),
                "rembang.petugas-pelayanan",
                201);

        assertThat(created.at("/permohonan/trackingNumber").asString()).matches("ALR-\\d{4}-[0-9A-Z]{6}");
        assertThat(created.at("/permohonan/applicant/nik").asString()).isEqualTo(nik);
        assertThat(created.at("/currentStep/activityNumber").asInt()).isEqualTo(2);
        long id = created.at("/permohonan/id/value").asLong();
        var seenByKepala = call(get("/api/permohonan/" + id), "rembang.kepala-dinas", 200);
        assertThat(seenByKepala.at("/permohonan/applicant/nik").asString()).isEqualTo(ApplicantView.mask(nik));
        var history = call(get("/api/permohonan/" + id + "/riwayat"), "rembang.kepala-dinas", 200);
        assertThat(history.at("/steps").size()).isEqualTo(2);
    }

    @Test
    void showsTheRegistryCheckRecordedAtIntakeWithTheVerdictOfTheRuleAsItStandsNow() throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        String nik = Applicants.nik(birth, Sex.FEMALE);
        var edition = registry.importCsv(
                        "dinsosppkb-rembang",
                        "dtsen-api.csv",
                        RegistryColumns.dtsenDefaults(),
                        new ByteArrayInputStream(("NIK,NO_KK,NAMA,DESIL,KODE_WILAYAH,STATUS\n" + nik
                                        + ",3317011203150007,Siti Api,4,33.17.01,AKTIF\n")
                                .getBytes(StandardCharsets.UTF_8)),
                        ImportMode.ALL_OR_NOTHING,
                        "rembang.admin")
                .edition();
        registry.setEligibilityRule("dinsosppkb-rembang", "kis-surat-pengantar", 5, "rembang.admin");
        try {
            var created = call(
                    postJson("/api/permohonan", intake(nik, birth, allPapers(), List.of())),
                    "rembang.petugas-pelayanan",
                    201);
            long id = created.at("/permohonan/id/value").asLong();

            var check = call(get("/api/permohonan/" + id), "rembang.petugas-pelayanan", 200)
                    .at("/registryCheck");
            assertThat(check.size()).isEqualTo(1);
            assertThat(check.at("/0/position").asInt()).isZero();
            assertThat(check.at("/0/nik").asString()).isEqualTo(nik);
            assertThat(check.at("/0/found").asBoolean()).isTrue();
            assertThat(check.at("/0/desil").asInt()).isEqualTo(4);
            assertThat(check.at("/0/editionId").asString())
                    .isEqualTo(edition.id().toString());
            assertThat(check.at("/0/editionSource").asString()).isEqualTo("dtsen-api.csv");
            assertThat(Instant.parse(check.at("/0/editionImportedAt").asString()))
                    .isEqualTo(edition.importedAt());
            assertThat(check.at("/0/checkedBy").asString()).isEqualTo("rembang.petugas-pelayanan");
            assertThat(check.at("/0/checkedAt").asString()).isNotBlank();
            assertThat(check.at("/0/verdict").asString()).isEqualTo("MEETS");

            // the rule changed since the intake: the verdict is today's; the head sees the NIK masked, as elsewhere
            registry.setEligibilityRule("dinsosppkb-rembang", "kis-surat-pengantar", 3, "rembang.admin");
            var byKepala = call(get("/api/permohonan/" + id), "rembang.kepala-dinas", 200)
                    .at("/registryCheck/0");
            assertThat(byKepala.at("/verdict").asString()).isEqualTo("NOT_MET");
            assertThat(byKepala.at("/nik").asString()).isEqualTo(ApplicantView.mask(nik));
        } finally {
            registry.setEligibilityRule("dinsosppkb-rembang", "kis-surat-pengantar", null, "rembang.admin");
        }
    }

    @Test
    void answersWarningsWithTokensAndTakesThePermohonanWhenTheyAreSentBack() throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        String nik = Applicants.nik(birth, Sex.FEMALE);
        var papers = allPapers().subList(0, 4);

        var warned = call(
                postJson("/api/permohonan", intake(nik, birth, papers, List.of())), "rembang.petugas-pelayanan", 422);

        assertThat(warned.at("/code").asString()).isEqualTo("casework.api.confirmationRequired");
        var warning = warned.at("/warnings/0");
        assertThat(warning.at("/code").asString()).isEqualTo("casework.checklist.incomplete");
        call(
                postJson(
                        "/api/permohonan",
                        intake(nik, birth, papers, List.of(warning.at("/token").asString()))),
                "rembang.petugas-pelayanan",
                201);
    }

    @Test
    void refusesBadFieldsAsProblemDetailsNamingTheField() throws Exception {
        var problem = call(
                postJson("/api/permohonan", intake("12345", LocalDate.of(1990, 1, 1), allPapers(), List.of())),
                "rembang.petugas-pelayanan",
                422);

        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("applicant.nik");
        assertThat(problem.at("/errors/0/code").asString()).isEqualTo("casework.nik.length");
    }

    /** A Rembang permohonan with every paper, taken in by the front desk; it waits at the kasi's check (step 2). */
    JsonNode completeIntakeByApi() throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        return call(
                postJson("/api/permohonan", intake(Applicants.nik(birth, Sex.FEMALE), birth, allPapers(), List.of())),
                "rembang.petugas-pelayanan",
                201);
    }

    /** Another officer in the kasi's position (a Plh, Rudi Hartono) takes the step first. */
    void takenByRudi(long permohonan, long step, String username) {
        actions.act(
                new PermohonanId(permohonan),
                "dinsosppkb-rembang",
                StepAction.AMBIL,
                new StepId(step),
                StepInput.NONE,
                Acting.self(username, "Rudi Hartono", "kasi-rehabsos"),
                Instant.now());
    }

    @Test
    void takesAStepAndAnswersConflictWithWhoTookItFirst() throws Exception {
        var created = completeIntakeByApi();
        long id = created.at("/permohonan/id/value").asLong();
        long step = created.at("/currentStep/id/value").asLong();
        takenByRudi(id, step, "plh.kasi.api");

        var conflict =
                call(post("/api/permohonan/" + id + "/langkah/" + step + "/ambil"), "rembang.kasi-rehabsos", 409);

        assertThat(conflict.at("/changedBy").asString()).isEqualTo("Rudi Hartono");
        assertThat(conflict.at("/current/currentStep/claimedBy").asString()).isEqualTo("plh.kasi.api");
    }

    @Test
    void saysWhoTookTheStepInTheLanguageTheCallerAsksFor() throws Exception {
        var created = completeIntakeByApi();
        long id = created.at("/permohonan/id/value").asLong();
        long step = created.at("/currentStep/id/value").asLong();
        takenByRudi(id, step, "plh.kasi.lang");
        String take = "/api/permohonan/" + id + "/langkah/" + step + "/ambil";

        var indonesian = call(post(take), "rembang.kasi-rehabsos", 409);
        var english = call(post(take).header("Accept-Language", "en-GB,en;q=0.8"), "rembang.kasi-rehabsos", 409);

        assertThat(indonesian.at("/detail").asString())
                .startsWith("Langkah ini sudah diambil atau dikerjakan oleh Rudi Hartono pada ")
                .doesNotContain("{");
        assertThat(english.at("/detail").asString())
                .startsWith("This step was already taken or done by Rudi Hartono at ")
                .doesNotContain("{");
        assertThat(english.at("/title").asString())
                .isNotEqualTo(indonesian.at("/title").asString());
    }

    @Test
    void offersTheActionsTheCallerMayTakeNow() throws Exception {
        var created = completeIntakeByApi();
        long id = created.at("/permohonan/id/value").asLong();
        long step = created.at("/currentStep/id/value").asLong();

        var toKasi = call(get("/api/permohonan/" + id), "rembang.kasi-rehabsos", 200);
        var toKepala = call(get("/api/permohonan/" + id), "rembang.kepala-dinas", 200);
        var taken = call(post("/api/permohonan/" + id + "/langkah/" + step + "/ambil"), "rembang.kasi-rehabsos", 200);

        assertThat(strings(toKasi.at("/allowedActions"))).containsExactly("ambil", "batalkan");
        assertThat(strings(toKepala.at("/allowedActions"))).containsExactly("batalkan");
        assertThat(strings(taken.at("/allowedActions"))).containsExactly("lepas", "putusan", "kembalikan", "batalkan");
    }

    static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    @Test
    void answersNotFoundForAStepOfAnotherPermohonanAndLeavesThatStepAlone() throws Exception {
        var own = completeIntakeByApi();
        var other = completeIntakeByApi();
        long ownId = own.at("/permohonan/id/value").asLong();
        long otherId = other.at("/permohonan/id/value").asLong();
        long otherStep = other.at("/currentStep/id/value").asLong();

        call(post("/api/permohonan/" + ownId + "/langkah/" + otherStep + "/ambil"), "rembang.kasi-rehabsos", 404);

        var untouched = call(get("/api/permohonan/" + otherId), "rembang.kasi-rehabsos", 200);
        assertThat(untouched.at("/currentStep/id/value").asLong()).isEqualTo(otherStep);
        assertThat(untouched.at("/currentStep/claimedBy").isMissingNode()
                        || untouched.at("/currentStep/claimedBy").isNull())
                .isTrue();
    }

    @Test
    void decidesTidakOnlyWithANote() throws Exception {
        var created = completeIntakeByApi();
        long id = created.at("/permohonan/id/value").asLong();
        long step = created.at("/currentStep/id/value").asLong();
        call(post("/api/permohonan/" + id + "/langkah/" + step + "/ambil"), "rembang.kasi-rehabsos", 200);

        var refused = call(
                postJson("/api/permohonan/" + id + "/langkah/" + step + "/putusan", Map.of("verdict", "TIDAK")),
                "rembang.kasi-rehabsos",
                422);
        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("note");

        var returned = call(
                postJson(
                        "/api/permohonan/" + id + "/langkah/" + step + "/kembalikan",
                        Map.of("note", "Lampirkan screenshot DTKS")),
                "rembang.kasi-rehabsos",
                200);
        assertThat(returned.at("/caseState").asString()).isEqualTo("RETURNED_TO_APPLICANT");
    }
}
