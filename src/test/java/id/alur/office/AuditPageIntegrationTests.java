package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditTrail;
import id.alur.platform.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /admin/audit} and {@code GET /api/audit} (issue 14 item 4): a system administrator reads every office's
 * records, an office administrator only the offices they administer (another office answers 404 and is a probe on
 * record); filters by period, user, kind, office and subject; pages; the XLSX export, itself on record; kinds shown
 * with their Indonesian labels.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPageIntegrationTests {

    static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    id.alur.platform.PersonPseudonyms persons;

    OfficeTestData data;
    String own;
    String other;
    AlurUser ownAdmin;
    AlurUser systemAdmin;
    String officer;

    @BeforeEach
    void twoOfficesWithRecords() {
        data = new OfficeTestData(offices);
        own = data.office();
        other = data.office();
        ownAdmin = data.signedIn(userDetails, data.officeAdmin(own));
        systemAdmin = data.signedIn(userDetails, data.systemAdmin());
        officer = data.user(own, OfficeTestData.PETUGAS);
        as(officer, own);
        audit.record(AuditEvent.of("permohonan.viewed").about("permohonan", 901).inOffice(own));
        audit.record(
                AuditEvent.exported("ledger", "buku-kendali-" + own + ".pdf").inOffice(own));
        as("petugas-lain", other);
        audit.record(AuditEvent.of("permohonan.viewed").about("permohonan", 902).inOffice(other));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOfficeAdministratorReadsTheirOfficesRecordsWithIndonesianLabels() throws Exception {
        String page = page(ownAdmin, get("/admin/audit"), 200);

        assertThat(page)
                .contains("Jejak Audit", "Halaman permohonan dibuka", "Buku kendali diunduh", "permohonan 901", officer)
                .doesNotContain("permohonan 902", "petugas-lain");
    }

    @Test
    void theSystemAdministratorReadsEveryOfficeAndFiltersByOfficeUserKindAndSubject() throws Exception {
        assertThat(page(systemAdmin, get("/admin/audit").param("office", other), 200))
                .contains("permohonan 902")
                .doesNotContain("permohonan 901");
        assertThat(page(systemAdmin, get("/admin/audit").param("user", officer), 200))
                .contains("permohonan 901", "buku-kendali-" + own + ".pdf")
                .doesNotContain("permohonan 902");
        assertThat(page(systemAdmin, get("/admin/audit").param("office", own).param("kind", "ledger.exported"), 200))
                .contains("buku-kendali-" + own + ".pdf")
                .doesNotContain("permohonan 901");
        assertThat(page(systemAdmin, get("/admin/audit").param("subject", "901"), 200))
                .contains("permohonan 901")
                .doesNotContain("permohonan 902", "buku-kendali");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1).toString();
        assertThat(page(systemAdmin, get("/admin/audit").param("office", own).param("from", tomorrow), 200))
                .contains("Tidak ada catatan yang cocok.");
    }

    @Test
    void aNikTypedAsTheSubjectFindsTheRecordsAboutThePersonByPseudonym() throws Exception {
        String nik = "3317015708850002";
        as(officer, own);
        audit.record(AuditEvent.of("registry.nik-looked-up")
                .about(persons.of(nik))
                .inOffice(own)
                .detail("found in edition 7"));
        audit.record(AuditEvent.of("registry.nik-looked-up")
                .about(persons.of("3317010202900003"))
                .inOffice(own)
                .detail("found in edition 8"));
        SecurityContextHolder.clearContext();

        assertThat(page(ownAdmin, get("/admin/audit").param("subject", nik), 200))
                .contains("NIK dicari di data registri", "found in edition 7")
                .doesNotContain("found in edition 8", "permohonan 901");
    }

    @Test
    void anotherOfficeAnswers404AndIsAProbeOnRecord() throws Exception {
        page(ownAdmin, get("/admin/audit").param("office", other), 404);

        assertThat(audit.find(new AuditQuery(
                        List.of(other), null, null, ownAdmin.username(), "access.", null, null, null, 10)))
                .extracting(AuditRecord::action, AuditRecord::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("access.cross-office", AuditOutcome.NOT_FOUND));
    }

    @Test
    void badFiltersAreNamedInIndonesianAndNothingIsListed() throws Exception {
        String page = page(
                ownAdmin,
                get("/admin/audit")
                        .param("from", "kemarin")
                        .param("to", "2026-13-01")
                        .param("kind", "tebak.saja"),
                422);

        assertThat(page)
                .contains("Dari tanggal: &quot;kemarin&quot; tidak terbaca")
                .contains("Sampai tanggal: &quot;2026-13-01&quot; tidak terbaca")
                .contains("Jenis catatan &quot;tebak.saja&quot; tidak dikenal.")
                .doesNotContain("permohonan 901");
    }

    @Test
    void pagesHoldFiftyRecordsNewestFirst() throws Exception {
        as(officer, own);
        for (int i = 1; i <= 55; i++) {
            audit.record(AuditEvent.of("scan.viewed")
                    .about("permohonan", 901)
                    .inOffice(own)
                    .detail("document " + i));
        }
        SecurityContextHolder.clearContext();

        String first = page(ownAdmin, get("/admin/audit").param("kind", "scan.viewed"), 200);
        String second =
                page(ownAdmin, get("/admin/audit").param("kind", "scan.viewed").param("page", "2"), 200);

        assertThat(first)
                .contains("document 55", "document 6<", "id=\"audit-next\"")
                .doesNotContain("document 5<");
        assertThat(second)
                .contains("document 5<", "document 1<", "id=\"audit-prev\"")
                .doesNotContain("audit-next");
    }

    @Test
    void theWorkbookHoldsTheFilteredRecordsAndItsDownloadIsOnRecord() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/admin/audit.xlsx").param("office", own).with(user(ownAdmin)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("jejak-audit-");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Jejak Audit");
            assertThat(rows.stream().map(r -> r.getCellText(4)))
                    .contains("Halaman permohonan dibuka", "Buku kendali diunduh")
                    .doesNotContain("Jejak audit diunduh (XLSX)");
        }
        assertThat(audit.find(new AuditQuery(
                        List.of(own), null, null, ownAdmin.username(), "audit.exported", null, null, null, 10)))
                .singleElement()
                .satisfies(r -> assertThat(r.objectType()).isEqualTo("file"))
                .satisfies(r -> assertThat(r.detail()).matches("\\d+ records; office=" + own));
    }

    @Test
    void theApiAnswersAdministratorsTokensWithTheSameRecords() throws Exception {
        String token =
                "Bearer " + offices.issueApiToken(ownAdmin.username(), "audit").token();

        JsonNode body = api(token, "/api/audit?size=10", 200);
        assertThat(body.at("/page").asInt()).isEqualTo(1);
        assertThat(body.at("/records").valueStream().map(r -> r.at("/kindLabel").asString()))
                .contains("Halaman permohonan dibuka", "Buku kendali diunduh");
        assertThat(body.at("/records").valueStream().map(r -> r.at("/objectId").asString()))
                .contains("901")
                .doesNotContain("902");
        api(token, "/api/audit?office=" + other, 404);
        assertThat(api(token, "/api/audit?size=0", 422).toString()).contains("size");
        assertThat(api(token, "/api/audit?from=kemarin", 422).toString()).contains("from");

        String officerToken =
                "Bearer " + offices.issueApiToken(officer, "bukan-admin").token();
        api(officerToken, "/api/audit", 403);
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        String document =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(document).contains("\"/api/audit\"", "Audit trail");
    }

    private JsonNode api(String token, String path, int status) throws Exception {
        var response = mvc.perform(get(path).header("Authorization", token))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String page(AlurUser admin, MockHttpServletRequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request.with(user(admin))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static void as(String username, String office) {
        AlurUser user = new AlurUser(username, null, null, true, office, office, null, Set.of(Role.OFFICER));
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
