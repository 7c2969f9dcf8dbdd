package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The three outcomes of STYLE.md "Errors" and the unexpected one, each answered in one place: pages by
 * {@code PageExceptionAdvice} (the {@code error} template), {@code /api/**} by {@code ApiExceptionAdvice} (RFC 9457
 * problem details), in Indonesian and, chosen with {@code ?lang=en}, in English.
 */
@PlatformWebSlice
@ExtendWith(OutputCaptureExtension.class)
class ExceptionAdviceTests {

    static final Instant CHANGED_AT = Instant.parse("2026-03-02T03:04:00Z");

    /** What a module's page controller throws (imported by {@link PlatformWebSlice}). */
    @Controller
    static class Pages {
        @GetMapping("/test/missing")
        String missing() {
            throw missingThing();
        }

        @GetMapping("/test/invalid")
        String invalid() {
            throw badInput();
        }

        @GetMapping("/test/conflict")
        String conflict() {
            throw concurrentChange();
        }

        @GetMapping("/test/broken")
        String broken() {
            throw new IllegalStateException("the disk is on fire");
        }

        @GetMapping("/test/database")
        String database() {
            DeadDatabase.JDBC.queryForObject("select 1", Integer.class);
            return "home";
        }

        @GetMapping("/test/download")
        String download() throws ClientAbortException {
            throw new ClientAbortException(new IOException("Broken pipe"));
        }

        @PostMapping("/test/applicants")
        String add(@Valid @ModelAttribute Applicant applicant) {
            return "redirect:/";
        }

        @GetMapping("/test/cases/{id}")
        String kase(@PathVariable long id, @RequestParam(defaultValue = "0") int page, @RequestParam int year) {
            return "home";
        }

        @GetMapping("/test/month")
        String month(@RequestParam String bulan) {
            return YearMonth.parse(bulan).toString();
        }
    }

    /** A form or request body with a bean-validation rule. */
    record Applicant(@NotBlank String nama) {}

    /** What a module's API controller throws. */
    @RestController
    static class Api {
        @GetMapping("/api/test/missing")
        String missing() {
            throw missingThing();
        }

        @GetMapping("/api/test/invalid")
        String invalid() {
            throw badInput();
        }

        @GetMapping("/api/test/conflict")
        String conflict() {
            throw concurrentChange();
        }

        @GetMapping("/api/test/broken")
        String broken() {
            throw new IllegalStateException("the disk is on fire");
        }

        @GetMapping("/api/test/database")
        Integer database() {
            return DeadDatabase.JDBC.queryForObject("select 1", Integer.class);
        }

        @GetMapping("/api/test/download")
        String download() throws AsyncRequestNotUsableException {
            throw new AsyncRequestNotUsableException("ServletOutputStream failed to write: Connection reset by peer");
        }

        @PostMapping("/api/test/applicants")
        String add(@Valid @RequestBody Applicant applicant) {
            return applicant.nama();
        }

        @GetMapping("/api/test/cases/{id}")
        String kase(@PathVariable long id, @RequestParam(defaultValue = "0") int page, @RequestParam int year) {
            return "case " + id;
        }

        @PostMapping("/api/test/scans")
        String scan(@RequestPart MultipartFile pindaian) {
            return pindaian.getOriginalFilename();
        }

        @PostMapping("/api/test/households")
        String household(@RequestBody Household household) {
            return household.members().toString();
        }
    }

    /** A body with a number in a list, to name the field that did not bind. */
    record Household(List<Member> members) {}

    record Member(String nama, int umur) {}

    static NotFoundException missingThing() {
        return new NotFoundException("No permohonan 4711", "platform.error.notFound");
    }

    static InvalidInputException badInput() {
        return new InvalidInputException(List.of(
                InputProblem.ofField("nama", "platform.error.invalid"),
                InputProblem.ofRow(7, "pindaian", "platform.error.tooLarge")));
    }

    static ConcurrentChangeException concurrentChange() {
        return new ConcurrentChangeException("platform.error.409.detail", "Sri Lestari", CHANGED_AT, null);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void answersAMissingThingWithA404PageInIndonesianOrEnglish() throws Exception {
        assertThat(page(get("/test/missing"), 404))
                .contains("<html lang=\"id\"", "Tidak ditemukan", "Halaman atau data yang Anda cari tidak ada.");
        assertThat(page(get("/test/missing").param("lang", "en"), 404))
                .contains("<html lang=\"en\"", "Not found", "The page or data you are looking for does not exist.");
    }

    @Test
    void answersBadInputWithA422PageListingEveryProblemInIndonesianOrEnglish() throws Exception {
        assertThat(page(get("/test/invalid"), 422))
                .contains(
                        "Isian perlu diperbaiki",
                        "<li>Isian tidak valid.</li>",
                        "<li>Baris 7: Berkas terlalu besar.</li>");
        assertThat(page(get("/test/invalid").param("lang", "en"), 422))
                .contains(
                        "Please correct the input",
                        "<li>Invalid input.</li>",
                        "<li>Row 7: The file is too large.</li>");
    }

    @Test
    void answersAFormThatBreaksAValidationRuleWithA422PageInIndonesianOrEnglish() throws Exception {
        assertThat(page(post("/test/applicants").param("nama", " ").with(csrf()), 422))
                .contains("Isian perlu diperbaiki", "<li>Wajib diisi.</li>");
        assertThat(page(
                        post("/test/applicants")
                                .param("nama", "")
                                .param("lang", "en")
                                .with(csrf()),
                        422))
                .contains("Please correct the input", "<li>Required.</li>");
    }

    @Test
    void answersAConcurrentChangeWithA409PageSayingWhoChangedItAndWhen() throws Exception {
        // 03:04 UTC is 10:04 in Asia/Jakarta, the zone of an officer without an office zone
        assertThat(page(get("/test/conflict"), 409))
                .contains("Sudah diubah orang lain", "Diubah oleh Sri Lestari pada 2 Mar 2026 10:04");
        assertThat(page(get("/test/conflict").param("lang", "en"), 409))
                .contains("Changed by someone else", "Changed by Sri Lestari at 2 Mar 2026 10:04");
    }

    @Test
    void answersAnUnexpectedFailureWithA500PageThatKeepsTheExceptionToItself() throws Exception {
        assertThat(page(get("/test/broken"), 500))
                .contains("Kesalahan server", "Data Anda tidak diubah")
                .doesNotContain("the disk is on fire", "IllegalStateException", "at id.alur");
        assertThat(page(get("/test/broken").param("lang", "en"), 500))
                .contains("Server error", "Your data was not changed")
                .doesNotContain("the disk is on fire");
    }

    @Test
    void answersARequestWhoseDatabaseIsGoneWithA503PageAfterThePoolTimeoutNotAnError(CapturedOutput output)
            throws Exception {
        assertThat(page(get("/test/database"), 503))
                .contains("Basis data tidak tersedia", "coba lagi dalam beberapa detik")
                .doesNotContain("SQLTransientConnectionException", "at id.alur");
        assertThat(page(get("/test/database").param("lang", "en"), 503))
                .contains("Database unavailable", "try again in a few seconds");
        problem(get("/api/test/database"), 503)
                .andExpect(jsonPath("$.type").value("urn:alur:problem:database-unavailable"))
                .andExpect(jsonPath("$.title").value("Basis data tidak tersedia"));
        assertThat(output.getAll())
                .contains("Database unavailable for GET /test/database")
                .doesNotContain("Unexpected failure");
    }

    @Test
    void answersAMissingThingUnderTheApiWithA404ProblemInIndonesianOrEnglish() throws Exception {
        problem(get("/api/test/missing"), 404)
                .andExpect(jsonPath("$.type").value("urn:alur:problem:not-found"))
                .andExpect(jsonPath("$.title").value("Tidak ditemukan"))
                .andExpect(jsonPath("$.detail").value("Halaman atau data yang Anda cari tidak ada."))
                .andExpect(jsonPath("$.code").value("platform.error.notFound"));
        problem(get("/api/test/missing").param("lang", "en"), 404)
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("The page or data you are looking for does not exist."));
    }

    @Test
    void answersBadInputUnderTheApiWithA422ProblemListingEveryFieldAndRow() throws Exception {
        problem(get("/api/test/invalid"), 422)
                .andExpect(jsonPath("$.type").value("urn:alur:problem:invalid-input"))
                .andExpect(jsonPath("$.title").value("Isian perlu diperbaiki"))
                .andExpect(jsonPath("$.errors[0].field").value("nama"))
                .andExpect(jsonPath("$.errors[0].code").value("platform.error.invalid"))
                .andExpect(jsonPath("$.errors[0].message").value("Isian tidak valid."))
                .andExpect(jsonPath("$.errors[1].row").value(7))
                .andExpect(jsonPath("$.errors[1].field").value("pindaian"))
                .andExpect(jsonPath("$.errors[1].message").value("Berkas terlalu besar."));
        problem(get("/api/test/invalid").param("lang", "en"), 422)
                .andExpect(jsonPath("$.title").value("Please correct the input"))
                .andExpect(jsonPath("$.errors[1].message").value("The file is too large."));
    }

    @Test
    void answersABodyThatBreaksAValidationRuleUnderTheApiWithA422ProblemNamingTheField() throws Exception {
        problem(
                        post("/api/test/applicants")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"nama\": \"\"}"),
                        422)
                .andExpect(jsonPath("$.errors[0].field").value("nama"))
                .andExpect(jsonPath("$.errors[0].code").value("NotBlank"))
                .andExpect(jsonPath("$.errors[0].message").value("Wajib diisi."));
        problem(
                        post("/api/test/applicants")
                                .param("lang", "en")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"nama\": \"\"}"),
                        422)
                .andExpect(jsonPath("$.errors[0].message").value("Required."));
    }

    @Test
    void answersAQueryParameterThatIsNoNumberWithA400PageNamingItInIndonesianOrEnglish() throws Exception {
        assertThat(page(get("/test/cases/7").param("page", "abc").param("year", "2026"), 400))
                .contains("Parameter page tidak dapat dibaca: &quot;abc&quot; bukan nilai yang benar")
                .doesNotContain("NumberFormatException", "Kesalahan server");
        assertThat(page(
                        get("/test/cases/7")
                                .param("page", "abc")
                                .param("year", "2026")
                                .param("lang", "en"),
                        400))
                .contains("Parameter page cannot be read: &quot;abc&quot; is not a valid value for it.");
    }

    @Test
    void answersAMissingRequiredParameterWithA400PageNamingIt() throws Exception {
        assertThat(page(get("/test/cases/7"), 400)).contains("Parameter year wajib diisi.");
        assertThat(page(get("/test/cases/7").param("lang", "en"), 400)).contains("Parameter year is required.");
    }

    @Test
    void answersAPathThatIsNoIdWithA404PageAsAnythingElseThatDoesNotExist() throws Exception {
        assertThat(page(get("/test/cases/abc").param("year", "2026"), 404))
                .contains("Halaman atau data yang Anda cari tidak ada.");
    }

    @Test
    void answersAMonthThatAControllerParsedWithoutCatchingWithA400PageNamingTheText() throws Exception {
        assertThat(page(get("/test/month").param("bulan", "2025-13"), 400))
                .contains("Tanggal atau bulan &quot;2025-13&quot; tidak dapat dibaca")
                .doesNotContain("Kesalahan server");
    }

    @Test
    void answersABadQueryParameterUnderTheApiWithA400ProblemNamingItInIndonesianOrEnglish() throws Exception {
        problem(get("/api/test/cases/7").param("page", "abc").param("year", "2026"), 400)
                .andExpect(jsonPath("$.type").value("urn:alur:problem:bad-request"))
                .andExpect(jsonPath("$.code").value("platform.error.parameterInvalid"))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Parameter page tidak dapat dibaca: \"abc\" bukan nilai yang benar untuk isian ini."));
        problem(get("/api/test/cases/7").param("lang", "en"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.detail").value("Parameter year is required."));
        problem(get("/api/test/cases/abc").param("year", "2026"), 404)
                .andExpect(jsonPath("$.type").value("urn:alur:problem:not-found"));
    }

    @Test
    void answersABodyWhoseFieldHasTheWrongTypeWithA400ProblemNamingTheFieldByItsPath() throws Exception {
        problem(
                        post("/api/test/households")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"members\": [{\"nama\": \"Siti\", \"umur\": 40},"
                                        + " {\"nama\": \"Budi\", \"umur\": \"tua\"}]}"),
                        400)
                .andExpect(jsonPath("$.code").value("platform.error.bodyFieldInvalid"))
                .andExpect(jsonPath("$.errors[0].field").value("members[1].umur"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.startsWith(
                                "Isian members[1].umur dalam isi permintaan tidak dapat dibaca")));
    }

    @Test
    void answersAnUploadWithoutItsRequiredFileWithA400ProblemNamingThePart() throws Exception {
        mvc.perform(multipart("/api/test/scans")
                        .file(new MockMultipartFile("lain", "a.pdf", "application/pdf", new byte[] {1}))
                        .header("Authorization", "Bearer " + PlatformWebSlice.TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pindaian"))
                .andExpect(jsonPath("$.detail").value("Parameter pindaian wajib diisi."));
    }

    @Test
    void answersMalformedJsonWithA400ProblemSayingSoInIndonesianOrEnglish() throws Exception {
        problem(
                        post("/api/test/households")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"members\": [{\"nama\": "),
                        400)
                .andExpect(jsonPath("$.code").value("platform.error.bodyUnreadable"))
                .andExpect(jsonPath("$.detail").value("Isi permintaan kosong atau bukan JSON yang benar."));
        problem(
                        post("/api/test/households")
                                .param("lang", "en")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("not json"),
                        400)
                .andExpect(jsonPath("$.detail").value("The request body is empty or not valid JSON."));
    }

    @Test
    void answersAConcurrentChangeUnderTheApiWithA409ProblemSayingWhoAndWhen() throws Exception {
        problem(get("/api/test/conflict"), 409)
                .andExpect(jsonPath("$.type").value("urn:alur:problem:concurrent-change"))
                .andExpect(jsonPath("$.title").value("Sudah diubah orang lain"))
                .andExpect(jsonPath("$.code").value("platform.error.409.detail"))
                .andExpect(jsonPath("$.changedBy").value("Sri Lestari"))
                .andExpect(jsonPath("$.changedAt").value("2026-03-02T03:04:00Z"));
        problem(get("/api/test/conflict").param("lang", "en"), 409)
                .andExpect(jsonPath("$.title").value("Changed by someone else"))
                .andExpect(jsonPath("$.detail").value("Someone else has just changed this. Reload the page."));
    }

    @Test
    void answersAnUnexpectedFailureUnderTheApiWithA500ProblemThatKeepsTheExceptionToItself() throws Exception {
        String body = problem(get("/api/test/broken"), 500)
                .andExpect(jsonPath("$.type").value("urn:alur:problem:internal"))
                .andExpect(jsonPath("$.title").value("Kesalahan server"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("the disk is on fire", "IllegalStateException");
        problem(get("/api/test/broken").param("lang", "en"), 500)
                .andExpect(jsonPath("$.title").value("Server error"));
    }

    @Test
    void logsAClientThatWentAwayMidDownloadAsOneDebugLineAndNoError(CapturedOutput output) throws Exception {
        var pageLog = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(PageExceptionAdvice.class);
        var apiLog = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(ApiExceptionAdvice.class);
        Level pageLevel = pageLog.getLevel();
        Level apiLevel = apiLog.getLevel();
        pageLog.setLevel(Level.DEBUG);
        apiLog.setLevel(Level.DEBUG);
        try {
            mvc.perform(get("/test/download").with(user(PlatformWebSlice.OFFICER)))
                    .andExpect(content().string(""));
            mvc.perform(get("/api/test/download").with(user(PlatformWebSlice.OFFICER)))
                    .andExpect(content().string(""));
        } finally {
            pageLog.setLevel(pageLevel);
            apiLog.setLevel(apiLevel);
        }
        assertThat(output.getAll())
                .containsOnlyOnce("Client went away during GET /test/download")
                .containsOnlyOnce("Client went away during GET /api/test/download")
                .doesNotContain("ERROR", "Unexpected failure", "\tat ");
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request.with(user(PlatformWebSlice.OFFICER)))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private ResultActions problem(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + PlatformWebSlice.TOKEN))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status));
    }
}
