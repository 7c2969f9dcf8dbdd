package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.office.OfficeService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * What one case transition costs the database through the authenticated HTTP API: every request of a seed 000
 * permohonan (intake, then take and complete or decide each step, the letter issued after step 4) with the statements
 * it sends, the rows it writes and fetches, and its commits, split into the request's own transaction(s) and the
 * listeners that run after its commit. The figures are in docs/workflow.md ("Cost of a transition"); the budgets below
 * keep them from creeping back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TransitionCostIntegrationTests.Recording.class)
class TransitionCostIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(TransitionCostIntegrationTests.class);

    static final StatementLog LOG = new StatementLog();

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {
        @Bean
        static BeanPostProcessor statementLog() {
            return LOG.wrapping();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    JdbcClient jdbc;

    final Map<String, String> tokens = new HashMap<>();

    /** One request measured: its own thread's work and the listeners' after its commit. */
    record Cost(String request, StatementLog.Tally own, StatementLog.Tally after) {}

    @Test
    void keepsEveryRequestOfACaseWithinItsStatementBudget() throws Exception {
        runCase(new ArrayList<>()); // warm: caches filled, tokens used in the last minute
        var costs = new ArrayList<Cost>();
        runCase(costs);
        log.info("Cost of each request of a seed 000 case through the API:\n{}", table(costs));

        for (Cost cost : costs) {
            // a letter issued owes two: its PDFs (letter) and whether the applicant may now collect it (notification)
            int owed = (issuesLetter(cost.request()) ? 2 : 0) + stepsStarted(cost.request()) + intake(cost.request());
            assertThat(cost.own().writesTo("event_publication"))
                    .as("event publications written by " + cost.request()
                            + ": every listener of a transition runs in its transaction, but a letter's PDFs and"
                            + " 'ready to collect', the notifications of a step started and the applicant's 'received'"
                            + " are owed")
                    .isEqualTo(owed);
            assertThat(cost.after().writesTo("event_publication"))
                    .as("the publications of " + cost.request() + " marked processing, then deleted when completed")
                    .isEqualTo(2 * owed);
        }
        var transitions = costs.stream()
                .filter(c -> !c.request().startsWith("POST /api/permohonan "))
                .toList();
        for (Cost cost : transitions) {
            assertThat(cost.own().writesTo("workflow_case"))
                    .as("UPDATEs of workflow_case by " + cost.request())
                    .isEqualTo(1);
            assertThat(cost.own().writesTo("api_token"))
                    .as("the token was used a moment ago: " + cost.request())
                    .isZero();
            assertThat(cost.own().commits()).as("commits of " + cost.request()).isLessThanOrEqualTo(2);
            assertThat(cost.own().count())
                    .as("statements of " + cost.request() + ":\n" + sql(cost.own()))
                    .isLessThanOrEqualTo(budget(cost.request()));
        }
    }

    /**
     * Statements a request may send: the token with its user, their offices, the office, the positions of today and
     * the administered offices (5), the permohonan (6) and its case (2), the transition's reads (2) and its writes (3
     * for a take; up to 5 with a step closed, one opened and an event stored); a Ya where the papers are checked also
     * reads the office's papers rule (1); the request that ends the case also reads the closed permohonan again (6)
     * for its answer and closes the permohonan (1). Every answer carries the DTSEN/DTKS check recorded at intake
     * (issue 16): the look-ups and the office's rule for the service that judges them (2).
     */
    private static int budget(String request) {
        int registryCheck = 2;
        int transition;
        if (request.startsWith("ambil")) {
            transition = 18 + registryCheck;
        } else {
            transition = (request.equals("selesai (step 5)") ? 27 : 21) + registryCheck;
        }
        return transition + letterWork(request) + stepsStarted(request) + stepsClosed(request);
    }

    /**
     * The steps a request closes done, each counted in the stored Mutu Baku figures (one upsert of its day's and
     * month's rows just before the commit, V5_190, docs/workflow.md "Figures for reports"): the intake closes step 1,
     * every decision and completion its step, a take none; the request that finishes the case counts it as well.
     */
    private static int stepsClosed(String request) {
        int finished = request.equals("selesai (step 5)") ? 1 : 0; // the case too (workflow_case_figures, V5_191)
        return (request.startsWith("ambil") ? 0 : 1) + finished;
    }

    /**
     * The steps a request starts, each with the event publication of its notifications (one insert, docs/notification.md):
     * the intake starts step 1 (recorded at once) and step 2, every request that closes a step but the last starts the
     * next, a take starts none.
     */
    private static int stepsStarted(String request) {
        if (request.equals("POST /api/permohonan (intake)")) {
            return 2;
        }
        return request.startsWith("ambil") || request.equals("selesai (step 5)") ? 0 : 1;
    }

    /**
     * The letter work that runs in the step's own transaction (docs/letters.md): seed 000's Kabid records the paraf of
     * the Surat Pengantar with the Ya of step 3 (the history row, the user and the position read, the paraf written);
     * the Kepala Dinas's step 4 also reads the permohonan, the office and its letterhead, takes the number, stores the
     * letter with its snapshot and the event publications of its PDFs and of "ready to collect" (two inserts). The PDFs
     * are rendered after commit, by the publication's listener.
     */
    private static int letterWork(String request) {
        return switch (request) {
            case "putusan (step 3)" -> 8;
            case "selesai (step 4)" -> 24;
            default -> 0;
        };
    }

    /** The intake also owes the applicant's "received" message (one publication, docs/notification.md). */
    private static int intake(String request) {
        return request.equals("POST /api/permohonan (intake)") ? 1 : 0;
    }

    /** The requests of a seed 000 case that issue a letter: the intake (Tanda Terima), step 4 (Surat Pengantar). */
    private static boolean issuesLetter(String request) {
        return request.equals("POST /api/permohonan (intake)") || request.equals("selesai (step 4)");
    }

    private void runCase(List<Cost> costs) throws Exception {
        LocalDate birth = Applicants.someBirthDate();
        var created = measured(
                costs,
                "POST /api/permohonan (intake)",
                PermohonanApiIntegrationTests.postJson(
                        "/api/permohonan",
                        PermohonanApiIntegrationTests.intake(
                                Applicants.nik(birth, Sex.FEMALE),
                                birth,
                                PermohonanApiIntegrationTests.allPapers(),
                                List.of())),
                "rembang.petugas-pelayanan",
                201);
        long id = created.at("/permohonan/id/value").asLong();
        var current = created;
        String[][] steps = {
            {"kasi-rehabsos", "putusan"}, {"kabid-rehabilitasi-jamsos", "putusan"},
            {"kepala-dinas", "selesai"}, {"petugas-pelayanan", "selesai"}
        };
        for (String[] step : steps) {
            long stepId = current.at("/currentStep/id/value").asLong();
            int activity = current.at("/currentStep/activityNumber").asInt();
            String path = "/api/permohonan/" + id + "/langkah/" + stepId + "/";
            measured(costs, "ambil (step " + activity + ")", post(path + "ambil"), "rembang." + step[0], 200);
            current = measured(
                    costs,
                    step[1] + " (step " + activity + ")",
                    step[1].equals("putusan")
                            ? PermohonanApiIntegrationTests.postJson(path + "putusan", Map.of("verdict", "YA"))
                            : post(path + "selesai"),
                    "rembang." + step[0],
                    200);
        }
        assertThat(current.at("/caseState").asString()).isEqualTo("FINISHED");
    }

    private JsonNode measured(
            List<Cost> costs, String name, MockHttpServletRequestBuilder request, String username, int status)
            throws Exception {
        String token = tokens.computeIfAbsent(
                username,
                u -> LOG.quietly(() -> offices.issueApiToken(u, "cost").token()));
        Instant started = Instant.now();
        LOG.reset();
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        awaitListeners(started);
        var tally = LOG.tally();
        String self = Thread.currentThread().getName();
        costs.add(new Cost(
                name,
                new StatementLog.Tally(tally.all().stream()
                        .filter(s -> s.thread().equals(self))
                        .toList()),
                new StatementLog.Tally(tally.all().stream()
                        .filter(s -> !s.thread().equals(self))
                        .toList())));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return PermohonanApiIntegrationTests.json.readTree(response.getContentAsString());
    }

    /**
     * Waits until every event published since {@code since} has been handled by its listeners, and stays so for a
     * moment: the listener's commit comes after its last statement.
     */
    private void awaitListeners(Instant since) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .during(Duration.ofMillis(100))
                .until(() -> LOG.quietly(() -> jdbc.sql(
                                        "select count(*) from event_publication where completion_date is null and publication_date >= ?")
                                .param(Timestamp.from(since.minusSeconds(1)))
                                .query(Long.class)
                                .single())
                        == 0);
    }

    static String table(List<Cost> costs) {
        var out = new StringBuilder();
        out.append("| request | statements (select/insert/update/delete) | rows fetched | rows written | commits |"
                + " after commit: statements | rows written | commits |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        long[] total = new long[7];
        for (Cost c : costs) {
            var own = c.own();
            out.append("| %s | %d (%d/%d/%d/%d) | %d | %d | %d | %d | %d | %d |\n"
                    .formatted(
                            c.request(),
                            own.count(),
                            own.count("select"),
                            own.count("insert"),
                            own.count("update"),
                            own.count("delete"),
                            own.rowsFetched(),
                            own.rowsWritten(),
                            own.commits(),
                            c.after().count(),
                            c.after().rowsWritten(),
                            c.after().commits()));
            total[0] += own.count();
            total[1] += own.rowsFetched();
            total[2] += own.rowsWritten();
            total[3] += c.after().count();
            total[4] += c.after().rowsWritten();
            total[5] += own.commits();
            total[6] += c.after().commits();
        }
        out.append("| **case (%d requests)** | %d | %d | %d | %d | %d | %d | %d |\n"
                .formatted(costs.size(), total[0], total[1], total[2], total[5], total[3], total[4], total[6]));
        var byTable = new TreeMap<String, Long>();
        for (Cost c : costs) {
            c.own().rowsWrittenByTable().forEach((t, n) -> byTable.merge(t, n, Long::sum));
            c.after().rowsWrittenByTable().forEach((t, n) -> byTable.merge(t, n, Long::sum));
        }
        out.append("rows written per case by table: ").append(byTable).append('\n');
        for (Cost c : costs) {
            out.append("\n").append(c.request()).append(":\n").append(sql(c.own()));
            if (c.after().count() > 0) {
                out.append("  after commit:\n").append(sql(c.after()));
            }
        }
        return out.toString();
    }

    static String sql(StatementLog.Tally tally) {
        return tally.all().stream()
                        .map(s -> "    " + s.sql().strip().replaceAll("\\s+", " "))
                        .map(s -> s.length() > 150 ? s.substring(0, 150) + "…" : s)
                        .collect(Collectors.joining("\n"))
                + "\n";
    }
}
