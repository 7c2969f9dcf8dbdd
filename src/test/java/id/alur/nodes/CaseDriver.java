package id.alur.nodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 000's case (Dinas Sosial Rembang, KIS surat pengantar: intake, verification Ya, Kabid Ya, Kepala signs, hand-over)
 * through the HTTP API with the demo officers' bearer tokens, each request to the next node that is up (round robin,
 * as a load balancer). Every answer the client got is written down as acknowledged. A request that gets no answer
 * (its node died) marks the node down and is not repeated blindly: the client reads the case on a node that is up
 * and goes on from what it finds there, as an officer reloading the page would.
 */
final class CaseDriver {

    static final String SOP_CODE = "kis-surat-pengantar";

    /** The lane of seed 000's last activity, the front desk that hands the letter over. */
    static final int LAST_ACTIVITY = 5;

    static final Set<Integer> DECISIONS = Set.of(2, 3);

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    /** One answer the client received: the transition it asked for on a step (or the intake of a case). */
    record Ack(long caseId, long stepId, String action) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final List<Node> nodes;
    private final Map<String, String> tokens;
    private final String scan = Base64.getEncoder().encodeToString(onePagePdf());
    private final AtomicLong turn = new AtomicLong();
    private final AtomicLong applicants = new AtomicLong();

    final ConcurrentLinkedQueue<Ack> acknowledged = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> finishedCases = new ConcurrentLinkedQueue<>();
    /** NIKs whose intake got no answer: the case may or may not exist, but at most once. */
    final ConcurrentLinkedQueue<String> unansweredIntakes = new ConcurrentLinkedQueue<>();

    final AtomicLong unanswered = new AtomicLong();
    final AtomicLong answeredByNode[];

    /** @param tokens a bearer token per position code of seed 000's lanes */
    CaseDriver(List<Node> nodes, Map<String, String> tokens) {
        this.nodes = List.copyOf(nodes);
        this.tokens = Map.copyOf(tokens);
        this.answeredByNode =
                IntStream.range(0, nodes.size()).mapToObj(i -> new AtomicLong()).toArray(AtomicLong[]::new);
    }

    /** One application from intake to hand-over, whatever node answers each request. */
    void runCase() throws IOException, InterruptedException {
        long k = applicants.getAndIncrement();
        String nik = "3317014101%02d%04d".formatted(80 + (int) (k / 9000), 1 + (k % 9000));
        String name = "Pemohon Dua Node " + inLetters(k);
        JsonNode state;
        try {
            state = send("POST", "/api/permohonan", "petugas-pelayanan", intake(nik, name, List.of()), 201, 422);
            if (state.path("status").asInt() == 422) {
                // a warning to confirm (the registry, the household): confirmed as the front desk would
                List<String> confirmed = state.path("warnings")
                        .valueStream()
                        .map(w -> w.path("token").asString())
                        .toList();
                state = send("POST", "/api/permohonan", "petugas-pelayanan", intake(nik, name, confirmed), 201);
            }
        } catch (NoAnswer e) {
            unansweredIntakes.add(nik);
            return;
        }
        long permohonan = state.at("/permohonan/id/value").asLong();
        long caseId = state.at("/permohonan/workflowCaseId").asLong();
        acknowledged.add(new Ack(caseId, 0, "intake"));
        while (!"FINISHED".equals(state.path("caseState").asString())) {
            JsonNode step = state.path("currentStep");
            int activity = step.path("activityNumber").asInt();
            long stepId = step.at("/id/value").asLong();
            String position = step.path("positionCode").asString();
            String action;
            Object body = null;
            if (!"CLAIMED".equals(step.path("state").asString())) {
                action = "ambil";
            } else if (DECISIONS.contains(activity)) {
                action = "putusan";
                body = Map.of("verdict", "YA");
            } else {
                action = "selesai";
                if (activity == LAST_ACTIVITY) {
                    body = Map.of(
                            "receivedBy",
                            name,
                            "receivedAt",
                            OffsetDateTime.now(ZONE)
                                    .minusMinutes(1)
                                    .truncatedTo(ChronoUnit.MINUTES)
                                    .toString(),
                            "idKind",
                            "KTP",
                            "idNumber",
                            nik);
                }
            }
            String path = "/api/permohonan/" + permohonan + "/langkah/" + stepId + "/" + action;
            try {
                state = send("POST", path, position, body, 200);
                acknowledged.add(new Ack(caseId, stepId, action));
            } catch (NoAnswer e) {
                // applied or not: the case as it is now says, on a node that is up
                state = read(permohonan, position);
            }
        }
        finishedCases.add(caseId);
    }

    /** A GET is repeated on the next node until one answers. */
    private JsonNode read(long permohonan, String position) throws IOException, InterruptedException {
        try {
            return send("GET", "/api/permohonan/" + permohonan, position, null, 200);
        } catch (NoAnswer e) {
            throw new IllegalStateException("a read is never given up", e);
        }
    }

    /** A request that got no answer: the node died while it was sent or before it answered. */
    static final class NoAnswer extends Exception {
        NoAnswer(Throwable cause) {
            super(cause);
        }
    }

    private JsonNode send(String method, String path, String position, Object body, int... expected)
            throws IOException, InterruptedException, NoAnswer {
        for (int attempt = 0; ; attempt++) {
            Node node = next();
            var request = HttpRequest.newBuilder(URI.create(node.url(path)))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.get(position))
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .build();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.net.ConnectException refused) {
                // nothing was sent: the node is gone, the same request goes to another
                node.markDown();
                if (attempt > 3) {
                    throw refused;
                }
                continue;
            } catch (IOException lost) {
                node.markDown();
                unanswered.incrementAndGet();
                if ("GET".equals(method)) {
                    continue; // a read may be repeated
                }
                throw new NoAnswer(lost);
            }
            answeredByNode[nodes.indexOf(node)].incrementAndGet();
            int status = response.statusCode();
            if (java.util.Arrays.stream(expected).noneMatch(e -> e == status)) {
                throw new IllegalStateException(method + " " + path + " on " + node + " answered "
                        + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return json.readTree(response.body());
        }
    }

    private Node next() {
        List<Node> up = nodes.stream().filter(Node::up).toList();
        if (up.isEmpty()) {
            throw new IllegalStateException("no node is up");
        }
        return up.get((int) (turn.getAndIncrement() % up.size()));
    }

    private Map<String, Object> intake(String nik, String name, List<String> confirmedWarnings) {
        var applicant = new LinkedHashMap<String, Object>();
        applicant.put("nik", nik);
        applicant.put("name", name);
        applicant.put("birthDate", "19" + nik.substring(10, 12) + "-01-01");
        applicant.put("sex", "FEMALE");
        applicant.put("familyCardNumber", "3317011203150007");
        applicant.put("address", "Jl. Pemuda 12 RT 01 RW 02");
        applicant.put("villageCode", "33.17.01.2002");
        applicant.put("phone", "081234567890");
        List<Map<String, Object>> checklist = IntStream.range(0, 5)
                .mapToObj(i -> i == 0
                        ? Map.<String, Object>of(
                                "position",
                                i,
                                "present",
                                true,
                                "scan",
                                Map.of("fileName", "sktm.pdf", "contentBase64", scan))
                        : Map.<String, Object>of("position", i, "present", true))
                .toList();
        var body = new LinkedHashMap<String, Object>();
        body.put("sopCode", SOP_CODE);
        body.put("applicant", applicant);
        body.put("householdMembers", List.of());
        body.put("checklist", checklist);
        body.put("acknowledgedWarnings", confirmedWarnings);
        return body;
    }

    /** A name holds no digits: the running number in letters, A, B, … Z, BA, … */
    static String inLetters(long k) {
        var letters = new StringBuilder();
        do {
            letters.insert(0, (char) ('A' + k % 26));
            k /= 26;
        } while (k > 0);
        return letters.toString();
    }

    private static byte[] onePagePdf() {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
