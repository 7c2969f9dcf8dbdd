package id.alur.casework;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.FORBIDDEN;
import static id.alur.platform.AccessRule.Outcome.LOGIN;
import static id.alur.platform.AccessRule.Outcome.NOT_FOUND;
import static id.alur.platform.AccessRule.Outcome.UNAUTHORIZED;

import id.alur.platform.AccessFixture;
import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import id.alur.platform.AccessRule.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The BPJS exchange (issue 16 items 1 and 3). A new usulan is the front desk's of a service with an outside party's
 * lane: the matrix's officer is a kepala, so everyone is refused (403; the front desk is shown allowed and another
 * office's front desk 404 in {@code BpjsExchangeIntegrationTests}). The rest of the exchange (the batches, a batch's
 * file, the answer's upload, preview, application and report) is also the outside party's own users', for their lane's
 * batches of their office: the matrix's outside party is BPJS's user of the fixture's office, whose batch it is
 * ({@code BpjsOutsidePartyIntegrationTests} shows another lane's and another office's batch 404). The layout is the
 * office administrators' (another office's: 404).
 */
class BpjsAccessRoutes implements AccessRoutes {

    /** ANONYMOUS, ADMIN, OFFICE_ADMIN, OFFICE_ADMIN_OTHER, OFFICER, OFFICER_OTHER, OUTSIDE_PARTY. */
    static final Outcome[] FRONT_DESK = {LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN};

    /** The front desk (not in the matrix) and the outside party's own users. */
    static final Outcome[] ANSWERING = {LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED};

    static final Outcome[] OWN_OFFICE_ADMINS = {LOGIN, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN};

    /** The API: tokens; a kepala of the office is at no desk (403), another office's is refused its office (404). */
    static final Outcome[] API_FRONT_DESK = {
        UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN
    };

    static final Outcome[] API_ANSWERING = {UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, ALLOWED
    };

    @Override
    public Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
        var repository = context.getBean(BpjsRepository.class);
        String office = fixture.office();
        long batch = repository.insertBatch(
                office,
                repository.nextNumber(office),
                "bpjs",
                BpjsFormat.CSV,
                BpjsLayout.standard(),
                "matriks",
                Instant.now());
        byte[] answer = "NIK,NO_KIS,STATUS\n3317015708850002,0001,aktif\n".getBytes(StandardCharsets.UTF_8);
        long answerId = repository.insertAnswer(
                batch, "jawaban.csv", answer, BpjsAnswers.sha256(answer), "matriks", Instant.now());
        return Map.of("bpjsBatch", String.valueOf(batch), "bpjsAnswer", String.valueOf(answerId));
    }

    @Override
    public List<AccessRule> rules() {
        String batch = "/bpjs/usulan/{bpjsBatch}";
        String answer = batch + "/jawaban/{bpjsAnswer}";
        String api = "/api/offices/{office}/bpjs";
        return List.of(
                AccessRule.get("/bpjs").expect(ANSWERING),
                AccessRule.post("/bpjs/usulan").param("lane", "bpjs").expect(FRONT_DESK),
                AccessRule.get(batch).expect(ANSWERING),
                AccessRule.get(batch + "/berkas").expect(ANSWERING),
                AccessRule.post(batch + "/jawaban").expect(ANSWERING),
                AccessRule.get(answer).expect(ANSWERING),
                AccessRule.post(answer + "/terapkan").expect(ANSWERING),
                AccessRule.get(answer + "/laporan.csv").expect(ANSWERING),
                AccessRule.get(api + "/menunggu").expect(API_FRONT_DESK),
                AccessRule.get(api + "/usulan").expect(API_ANSWERING),
                AccessRule.post(api + "/usulan").expect(API_FRONT_DESK),
                AccessRule.get(api + "/usulan/{bpjsBatch}").expect(API_ANSWERING),
                AccessRule.get(api + "/usulan/{bpjsBatch}/berkas").expect(API_ANSWERING),
                AccessRule.post(api + "/usulan/{bpjsBatch}/jawaban").expect(API_ANSWERING),
                AccessRule.get(api + "/usulan/{bpjsBatch}/jawaban/{bpjsAnswer}").expect(API_ANSWERING),
                AccessRule.post(api + "/usulan/{bpjsBatch}/jawaban/{bpjsAnswer}/terapkan")
                        .expect(API_ANSWERING),
                AccessRule.get("/admin/offices/{office}/bpjs").expect(OWN_OFFICE_ADMINS),
                AccessRule.post("/admin/offices/{office}/bpjs").expect(OWN_OFFICE_ADMINS));
    }
}
