package id.alur.bench;

import id.alur.sop.Activity;
import id.alur.sop.Sop;
import id.alur.sop.SopFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.HdrHistogram.ConcurrentHistogram;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 000's whole case through the jar's HTTP API, authenticated with the bearer tokens of the office's demo officers,
 * as another system would drive it: {@code POST /api/permohonan} (the intake, which is the SOP's first activity: start,
 * claim and complete of step 1), then for each following step {@code ambil} and {@code putusan} (Ya) or
 * {@code selesai} by an officer of the step's lane, the last with the hand-over to the applicant. Every answer is
 * checked (status, and the case moving to the next activity) before the next request.
 */
final class HttpLifecycle {

    static final String OFFICE = AlurInProcess.OFFICE;
    static final String SOP_CODE = AlurInProcess.SOP_CODE;
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    /** Requests made per case: the intake, then claim plus complete/decide for each of the steps 2 to 5. */
    static final int REQUESTS_PER_CASE = 9;

    private static final JsonMapper json = JsonMapper.builder().build();

    private final HttpClient http;
    private final String baseUrl;
    private final Map<String, String> tokens;
    private final Set<Integer> decisions;
    private final int lastActivity;
    private final int requirements;
    private final String scanBase64;
    private final AtomicLong applicants = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();

    /** The workflow case ids of the cases finished since the last {@link #reset()}. */
    final ConcurrentLinkedQueue<Long> finishedCases = new ConcurrentLinkedQueue<>();

    /** Every API request's time, from sending to the whole answer read, since the last {@link #reset()}. */
    final ConcurrentHistogram requests = new ConcurrentHistogram(60_000_000_000L, 3);

    /** The same by action: intake, ambil, putusan, selesai. */
    final Map<String, ConcurrentHistogram> byAction = Map.of(
            "intake", new ConcurrentHistogram(60_000_000_000L, 3),
            "ambil", new ConcurrentHistogram(60_000_000_000L, 3),
            "putusan", new ConcurrentHistogram(60_000_000_000L, 3),
            "selesai", new ConcurrentHistogram(60_000_000_000L, 3));

    /**
     * @param tokens a bearer token per position code of seed 000's lanes
     */
    HttpLifecycle(HttpClient http, String baseUrl, Map<String, String> tokens) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.tokens = Map.copyOf(tokens);
        Sop sop = SopFormat.seed(OFFICE);
        decisions = sop.activities().stream()
                .filter(a -> a.decision() != null)
                .map(Activity::number)
                .collect(Collectors.toUnmodifiableSet());
        lastActivity = sop.last().number();
        requirements = sop.first().standard().requirements().size();
        scanBase64 = Base64.getEncoder().encodeToString(scan());
    }

    /** One HTTP client for all N clients of a run: one connection pool, HTTP/1.1 keep-alive. */
    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Median and 95th percentile of each action's request time, e.g. "intake 41.2/80.3 ms, ambil ...". */
    String perAction() {
        return java.util.stream.Stream.of("intake", "ambil", "putusan", "selesai")
                .map(a -> String.format(
                        "%s %.1f/%.1f ms",
                        a,
                        byAction.get(a).getValueAtPercentile(50) / 1e6,
                        byAction.get(a).getValueAtPercentile(95) / 1e6))
                .collect(Collectors.joining(", "));
    }

    void reset() {
        finishedCases.clear();
        requests.reset();
        byAction.values().forEach(ConcurrentHistogram::reset);
    }

    /** How many intakes had to be sent again with warnings acknowledged (none are expected: every NIK is new). */
    long acknowledgedIntakes() {
        return acknowledged.get();
    }

    /**
     * One application from intake to hand-over.
     *
     * @return the transitions made, counted as the workflow counts them: 3 for the intake (start, claim and complete
     *     of the front desk's step 1), 2 for each later step (claim, complete or decide)
     */
    int runCase(int client, long sequence) throws IOException, InterruptedException {
        Applicant applicant = nextApplicant();
        JsonNode created = post("/api/permohonan", "petugas-pelayanan", intake(applicant, List.of()), 201, 422);
        if (created.path("status").asInt(0) == 422) {
            if (!"casework.api.confirmationRequired".equals(created.path("code").asString(""))) {
                throw new IllegalStateException("intake refused: " + created);
            }
            List<String> tokensToAcknowledge = new ArrayList<>();
            created.path("warnings")
                    .forEach(w -> tokensToAcknowledge.add(w.path("token").asString()));
            acknowledged.incrementAndGet();
            created = post("/api/permohonan", "petugas-pelayanan", intake(applicant, tokensToAcknowledge), 201);
        }
        long permohonan = created.at("/permohonan/id/value").asLong();
        long caseId = created.at("/permohonan/workflowCaseId").asLong();
        int transitions = 3;
        JsonNode state = created;
        int expectedActivity = 2;
        while (!"FINISHED".equals(state.path("caseState").asString())) {
            JsonNode step = state.path("currentStep");
            int activity = step.path("activityNumber").asInt();
            if (activity != expectedActivity) {
                throw new IllegalStateException("permohonan " + permohonan + " is at activity " + activity
                        + ", expected " + expectedActivity + ": " + state);
            }
            String position = step.path("positionCode").asString();
            long stepId = step.at("/id/value").asLong();
            String path = "/api/permohonan/" + permohonan + "/langkah/" + stepId + "/";
            JsonNode claimed = post(path + "ambil", position, null, 200);
            if (!"CLAIMED".equals(claimed.at("/currentStep/state").asString())) {
                throw new IllegalStateException("step " + stepId + " not claimed: " + claimed);
            }
            Object body;
            String action;
            if (decisions.contains(activity)) {
                action = "putusan";
                body = Map.of("verdict", "YA");
            } else if (activity == lastActivity) {
                action = "selesai";
                // the front desk hands the letter over and records who received it (casework's hand-over)
                body = Map.of(
                        "receivedBy",
                        applicant.name(),
                        "receivedAt",
                        OffsetDateTime.now(ZONE)
                                .minusMinutes(1)
                                .truncatedTo(ChronoUnit.MINUTES)
                                .toString(),
                        "idKind",
                        "KTP",
                        "idNumber",
                        applicant.nik());
            } else {
                action = "selesai";
                body = null;
            }
            state = post(path + action, position, body, 200);
            transitions += 2;
            expectedActivity++;
        }
        if (expectedActivity != lastActivity + 1 || state.path("currentStep").isObject()) {
            throw new IllegalStateException("permohonan " + permohonan + " finished early: " + state);
        }
        finishedCases.add(caseId);
        return transitions;
    }

    record Applicant(String nik, String name, LocalDate birthDate) {}

    /** A new applicant for every case: NIKs registered in Kec. Sumber, Rembang (33.17.01), never repeated in a run. */
    private Applicant nextApplicant() {
        long k = applicants.getAndIncrement();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(k / 9998);
        String nik = "331701%02d%02d%02d%04d"
                .formatted(birth.getDayOfMonth() + 40, birth.getMonthValue(), birth.getYear() % 100, 1 + (k % 9998));
        return new Applicant(nik, "Pemohon Bench " + inLetters(k), birth);
    }

    /** A name holds no digits (docs/casework.md): the running number written in letters, A, B, … Z, BA, BB, … */
    static String inLetters(long k) {
        var letters = new StringBuilder();
        do {
            letters.insert(0, (char) ('A' + k % 26));
            k /= 26;
        } while (k > 0);
        return letters.toString();
    }

    private Map<String, Object> intake(Applicant applicant, List<String> acknowledgedWarnings) {
        var applicantFields = new LinkedHashMap<String, Object>();
        applicantFields.put("nik", applicant.nik());
        applicantFields.put("name", applicant.name());
        applicantFields.put("birthDate", applicant.birthDate().toString());
        applicantFields.put("sex", "FEMALE");
        applicantFields.put("familyCardNumber", "3317011203150007");
        applicantFields.put("address", "Jl. Pemuda 12 RT 01 RW 02");
        applicantFields.put("villageCode", "33.17.01.2002");
        applicantFields.put("phone", "081234567890");
        // every paper seen, the first (SKTM) with its scan, as the front desk takes it in
        List<Map<String, Object>> checklist = IntStream.range(0, requirements)
                .mapToObj(i -> i == 0
                        ? Map.<String, Object>of(
                                "position",
                                i,
                                "present",
                                true,
                                "scan",
                                Map.of("fileName", "sktm.pdf", "contentBase64", scanBase64))
                        : Map.<String, Object>of("position", i, "present", true))
                .toList();
        var body = new LinkedHashMap<String, Object>();
        body.put("sopCode", SOP_CODE);
        body.put("applicant", applicantFields);
        body.put("householdMembers", List.of());
        body.put("checklist", checklist);
        body.put("acknowledgedWarnings", acknowledgedWarnings);
        return body;
    }

    private JsonNode post(String path, String position, Object body, int... expected)
            throws IOException, InterruptedException {
        String token = tokens.get(position);
        if (token == null) {
            throw new IllegalStateException("no token for the lane " + position);
        }
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                .build();
        long from = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - from;
        requests.recordValue(took);
        byAction.get(path.endsWith("/api/permohonan") ? "intake" : path.substring(path.lastIndexOf('/') + 1))
                .recordValue(took);
        for (int status : expected) {
            if (response.statusCode() == status) {
                JsonNode node = json.readTree(response.body());
                if (status != expected[0] && node.isObject()) {
                    ((tools.jackson.databind.node.ObjectNode) node).put("status", status);
                }
                return node;
            }
        }
        throw new IllegalStateException("POST " + path + " as " + position + " answered " + response.statusCode() + ": "
                + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A one-page PDF, the scan of the SKTM the front desk attaches. */
    private static byte[] scan() {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 760);
                content.showText("Surat Keterangan Tidak Mampu");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
