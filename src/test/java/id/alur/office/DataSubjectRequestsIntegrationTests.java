package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The register of data-subject requests (UU 27/2022 Pasal 32 ayat 2: an answer within 3 × 24 hours, issue 14 item
 * 4): a request is recorded with who asked, when, how and the NIK masked, listed with its due time, the late ones
 * marked; the report downloaded for the NIK answers the person's open requests; bad fields are named and nothing is
 * written; another office's administrator neither files under the office nor sees its requests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DataSubjectRequestsIntegrationTests {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    OfficeTestData data;
    String office;
    AlurUser admin;

    @BeforeEach
    void anOfficeAndItsAdministrator() {
        data = new OfficeTestData(offices);
        office = data.office();
        admin = data.signedIn(userDetails, data.officeAdmin(office));
    }

    @Test
    void aRequestIsRecordedWithItsDueTimeThreeTimesTwentyFourHoursLaterAndListedOpenWithoutTheNik() throws Exception {
        String nik = nik();

        var response = record(admin, office, "Siti Aminah", nik, "LOKET", "");

        assertThat(response.getStatus()).isEqualTo(302);
        long id = idOf(nik);
        var stored = jdbc.sql(
                        "select received_at, due_hours, nik_last4, row_to_json(r)::text from data_subject_request r"
                                + " where id = ?")
                .param(id)
                .query((rs, n) ->
                        List.of(rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(stored.get(1)).isEqualTo(72);
        assertThat(stored.get(2)).isEqualTo(nik.substring(12));
        assertThat((String) stored.get(3)).as("no column holds the NIK").doesNotContain(nik);
        String page = page(admin);
        assertThat(page)
                .contains("Daftar permintaan subjek data", "Siti Aminah", "············" + nik.substring(12), "Loket")
                .containsPattern("Terbuka, sisa 7[12] jam")
                .doesNotContain(nik);
        assertThat(audit.find(AuditQuery.about("data-subject-request", String.valueOf(id), 5)
                        .inOffices(List.of(office))))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        admin.username(), "data-subject.request-recorded", "LOKET, NIK-…" + nik.substring(12)));
    }

    @Test
    void aRequestPastThreeTimesTwentyFourHoursUnansweredIsMarkedLate() throws Exception {
        String nik = nik();
        String eightyHoursAgo = LocalDateTime.now(WIB)
                .minusHours(80)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();

        assertThat(record(admin, office, "Budi Santoso", nik, "SURAT", eightyHoursAgo)
                        .getStatus())
                .isEqualTo(302);

        String page = page(admin);
        assertThat(page)
                .contains("data-state=\"late\"", "table-danger", "Terlambat 8 jam")
                .contains("1 permintaan melewati batas 3 × 24 jam tanpa jawaban.");
    }

    @Test
    void theReportDownloadedForTheNikAnswersThatPersonsOpenRequestsAndNoOther() throws Exception {
        String siti = nik();
        String budi = nik();
        record(admin, office, "Siti Aminah", siti, "EMAIL", "");
        record(admin, office, "Budi Santoso", budi, "TELEPON", "");
        long sitiRequest = idOf(siti);

        var download = mvc.perform(post("/admin/subjek-data.json")
                        .param("nik", siti)
                        .with(user(admin))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(answered(siti)).containsExactly(admin.username() + " json");
        assertThat(answered(budi)).containsExactly("open");
        assertThat(page(admin))
                .contains("Dijawab", "oleh " + admin.username())
                .containsPattern("Terbuka, sisa 7[12] jam");
        assertThat(audit.find(new AuditQuery(
                        List.of(office), null, null, admin.username(), "data-subject.exported", null, null, null, 5)))
                .singleElement()
                .satisfies(r -> assertThat(r.detail()).endsWith("answers requests [" + sitiRequest + "]"));
    }

    @Test
    void theReportListsThePersonsRequestsAsAnsweredByIt() throws Exception {
        String nik = nik();
        record(admin, office, "Siti Aminah", nik, "SURAT", "");

        var json = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(download("/admin/subjek-data.json", nik).getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.at("/requests/0/requester").asString()).isEqualTo("Siti Aminah");
        assertThat(json.at("/requests/0/channel").asString()).isEqualTo("SURAT");
        assertThat(json.at("/requests/0/answeredBy").asString()).isEqualTo(admin.username());
        assertThat(json.at("/requests").size()).isEqualTo(1);

        try (var pdf = org.apache.pdfbox.Loader.loadPDF(
                download("/admin/subjek-data.pdf", nik).getContentAsByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Permintaan pemilik data (daftar permintaan)", "Siti Aminah", "Surat", admin.username());
        }
    }

    /**
     * Issue 14 follow-up: the JSON report listed the ids of the requests it answered a second time beside the requests
     * themselves. Each request is there once, and the ones this report answers carry the report's own time.
     */
    @Test
    void theJsonReportListsEachRequestOnceTheOnesItAnswersAtItsOwnTime() throws Exception {
        String nik = nik();
        record(admin, office, "Siti Aminah", nik, "SURAT", "");
        download("/admin/subjek-data.json", nik);
        record(admin, office, "Siti Aminah", nik, "LOKET", "");

        var json = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(download("/admin/subjek-data.json", nik).getContentAsString(StandardCharsets.UTF_8));

        assertThat(json.propertyNames())
                .containsExactly("nik", "producedAt", "producedBy", "offices", "sections", "processing", "requests");
        assertThat(json.at("/requests").valueStream().map(r -> r.at("/id").asLong()))
                .doesNotHaveDuplicates()
                .hasSize(2);
        assertThat(json.at("/requests/0/answeredAt").asString())
                .as("answered by the first report")
                .isNotEqualTo(json.at("/producedAt").asString());
        assertThat(json.at("/requests/1/answeredAt").asString())
                .as("answered by this one")
                .isEqualTo(json.at("/producedAt").asString());
    }

    @Test
    void badFieldsAreNamedInIndonesianAndNothingIsRecorded() throws Exception {
        var response = record(admin, office, " ", "3317-01", "FAKS", "besok pagi");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Nama peminta: wajib diisi")
                .contains("NIK: tulis 16 angka")
                .contains("Saluran: pilih loket")
                .contains("Diterima: &quot;besok pagi&quot; bukan tanggal dan jam");
        String tomorrow = LocalDateTime.now(WIB)
                .plusDays(1)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        assertThat(record(admin, office, "Siti", nik(), "LOKET", tomorrow).getContentAsString(StandardCharsets.UTF_8))
                .contains("Diterima: waktu itu belum tiba.");
        assertThat(jdbc.sql("select count(*) from data_subject_request where office_code = ?")
                        .param(office)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherOfficesAdministratorNeitherFilesUnderTheOfficeNorSeesItsRequests() throws Exception {
        String nik = nik();
        record(admin, office, "Siti Aminah", nik, "LOKET", "");
        AlurUser other = data.signedIn(userDetails, data.officeAdmin(data.office()));

        assertThat(record(other, office, "Penyusup", nik(), "LOKET", "").getStatus())
                .isEqualTo(404);
        assertThat(page(other)).doesNotContain("Siti Aminah", "Penyusup");
        assertThat(jdbc.sql("select count(*) from data_subject_request where office_code = ?")
                        .param(office)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /**
     * Issue 14 follow-up: the register through the API, for the administrators who read it on the page: the office's
     * requests with their due time, late ones marked, no NIK; another office is 404 and an officer's token 403; in the
     * OpenAPI description.
     */
    @Test
    void theApiListsTheRegisterToTheAdministratorsWhoReadItAndNoOne() throws Exception {
        String nik = nik();
        String eightyHoursAgo = LocalDateTime.now(WIB)
                .minusHours(80)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        record(admin, office, "Budi Santoso", nik, "SURAT", eightyHoursAgo);
        String token =
                "Bearer " + offices.issueApiToken(admin.username(), "dsar").token();

        var response = api(token, "/api/data-subject-requests?office=" + office, 200);
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(response);
        assertThat(json.size()).isEqualTo(1);
        assertThat(json.at("/0/requester").asString()).isEqualTo("Budi Santoso");
        assertThat(json.at("/0/nikLast4").asString()).isEqualTo(nik.substring(12));
        assertThat(json.at("/0/channel").asString()).isEqualTo("SURAT");
        assertThat(json.at("/0/late").asBoolean()).isTrue();
        assertThat(java.time.Instant.parse(json.at("/0/dueAt").asString()))
                .isEqualTo(java.time.Instant.parse(json.at("/0/receivedAt").asString())
                        .plus(java.time.Duration.ofHours(72)));
        assertThat(response).doesNotContain(nik);
        assertThat(api(token, "/api/data-subject-requests", 200)).contains("Budi Santoso");
        assertThat(api(token, "/api/data-subject-requests?size=0", 422)).contains("size");

        var other = data.officeAdmin(data.office());
        String otherToken = "Bearer " + offices.issueApiToken(other, "dsar").token();
        api(otherToken, "/api/data-subject-requests?office=" + office, 404);
        assertThat(api(otherToken, "/api/data-subject-requests", 200)).doesNotContain("Budi Santoso");
        String officerToken = "Bearer "
                + offices.issueApiToken(data.user(office, OfficeTestData.KEPALA), "bukan-admin")
                        .token();
        api(officerToken, "/api/data-subject-requests", 403);
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
                .contains("\"/api/data-subject-requests\"", "Data subjects");
    }

    private String api(String token, String path, int status) throws Exception {
        var response = mvc.perform(get(path).header("Authorization", token))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse record(
            AlurUser who, String officeCode, String requester, String nik, String channel, String receivedAt)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/subjek-data/permintaan")
                .param("officeCode", officeCode)
                .param("requester", requester)
                .param("nik", nik)
                .param("channel", channel)
                .param("receivedAt", receivedAt);
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse download(String path, String nik) throws Exception {
        var response = mvc.perform(
                        post(path).param("nik", nik).with(user(admin)).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    private String page(AlurUser who) throws Exception {
        var response = mvc.perform(get("/admin/subjek-data").with(user(who)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** {@code <answered by> <format>} or {@code open} for each request of the person in the office. */
    private List<String> answered(String nik) {
        return jdbc.sql("select coalesce(answered_by || ' ' || answer_format, 'open') from data_subject_request"
                        + " where office_code = ? and nik_last4 = ? and requester <> ''")
                .params(office, nik.substring(12))
                .query(String.class)
                .list();
    }

    private long idOf(String nik) {
        return jdbc.sql("select id from data_subject_request where office_code = ? and nik_last4 = ?")
                .params(office, nik.substring(12))
                .query(Long.class)
                .single();
    }

    /** A woman born 17-08-1985 in Kec. Sumber, Rembang, with a serial unique enough for one office's test. */
    private static String nik() {
        return "331701570885%04d".formatted(ThreadLocalRandom.current().nextInt(1000, 9999));
    }
}
