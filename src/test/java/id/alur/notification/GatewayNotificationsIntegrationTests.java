package id.alur.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import id.alur.casework.PermohonanService;
import id.alur.office.OfficeService;
import id.alur.workflow.CaseId;
import id.alur.workflow.StepState;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * WhatsApp/SMS through the generic HTTP gateway adapter, against a local HTTP server: the configured body template
 * and authentication header, once per step for an officer who chose the gateway; a gateway that answers 500 is tried
 * again, then the delivery is marked failed with its error, and the case has moved on regardless.
 */
@SpringBootTest
class GatewayNotificationsIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A request the gateway received. */
    record Received(String authorization, String contentType, String body) {}

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    /** Phone numbers the gateway refuses with 500. */
    static final List<String> BROKEN = new CopyOnWriteArrayList<>();

    static final HttpServer GATEWAY = start();

    static HttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/send", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                RECEIVED.add(new Received(
                        exchange.getRequestHeaders().getFirst("X-Api-Key"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        body));
                boolean broken = BROKEN.stream().anyMatch(body::contains);
                byte[] answer = (broken ? "{\"error\":\"upstream down\"}" : "{\"status\":\"queued\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(broken ? 500 : 200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        GATEWAY.stop(0);
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry properties) {
        properties.add(
                "alur.notification.gateway.url",
                () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/send");
        properties.add("alur.notification.gateway.auth-header", () -> "X-Api-Key: kunci-uji");
        properties.add(
                "alur.notification.gateway.body-template",
                () -> "{\"target\":\"{to}\",\"message\":\"{message}\",\"countryCode\":\"62\"}");
        properties.add("alur.notification.retry-delay", () -> "PT0.05S");
    }

    @Autowired
    OfficeService offices;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    Preferences preferences;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Deliveries deliveries;

    NotificationFixture rembang;

    @BeforeEach
    void officers() {
        rembang = new NotificationFixture(offices, permohonan, workflow);
        for (String position :
                List.of("petugas-pelayanan", "kasi-rehabsos", "kabid-rehabilitasi-jamsos", "kepala-dinas")) {
            rembang.officer(position);
        }
    }

    String phone(String position) {
        return "+62812" + Math.abs((rembang.run + position).hashCode() % 10_000_000);
    }

    void choosesGateway(String position) {
        preferences.save(
                rembang.run + "." + position, new Preferences.Preference(phone(position), true), Instant.now());
    }

    static List<Received> to(String phone) {
        return RECEIVED.stream()
                .filter(r -> r.body().contains("\"target\":\"" + phone + "\""))
                .toList();
    }

    @Test
    void sendsTheOfficerWhoChoseTheGatewayOneMessagePerStepInTheConfiguredShape() {
        choosesGateway("kasi-rehabsos");
        var view = rembang.submit("Siti Nurhaliza");

        await().atMost(PATIENCE).until(() -> to(phone("kasi-rehabsos")).size() == 1);
        var message = to(phone("kasi-rehabsos")).getFirst();
        assertThat(message.authorization()).isEqualTo("kunci-uji");
        assertThat(message.contentType()).isEqualTo("application/json");
        assertThat(message.body())
                .startsWith("{\"target\":\"" + phone("kasi-rehabsos") + "\",\"message\":\"Langkah baru di kotak masuk: "
                        + view.trackingNumber() + "\\nPermohonan " + view.trackingNumber())
                .endsWith("\",\"countryCode\":\"62\"}");

        rembang.decide(view, "kasi-rehabsos", Verdict.YA, null);
        rembang.decide(view, "kabid-rehabilitasi-jamsos", Verdict.TIDAK, "Data \"DTKS\" tidak sesuai");
        await().atMost(PATIENCE).until(() -> to(phone("kasi-rehabsos")).size() == 2);
        assertThat(to(phone("kasi-rehabsos")).get(1).body()).contains("Alasan: Data \\\"DTKS\\\" tidak sesuai");
        // The Kabid did not choose the gateway: nothing went to a phone for the step of his lane.
        assertThat(to(phone("kabid-rehabilitasi-jamsos"))).isEmpty();
    }

    @Test
    void triesAGatewayThatAnswers500AgainThenMarksTheDeliveryFailedAndTheCaseHasMovedOn() {
        choosesGateway("kasi-rehabsos");
        BROKEN.add(phone("kasi-rehabsos"));
        var view = rembang.submit("Dewi Sartika");

        await().atMost(PATIENCE)
                .until(() -> failed(rembang.run + ".kasi-rehabsos").size() == 1);
        var failure = failed(rembang.run + ".kasi-rehabsos").getFirst();
        assertThat(failure.attempts()).isEqualTo(3);
        assertThat(failure.lastError()).contains("Gateway answered 500").contains("upstream down");
        assertThat(to(phone("kasi-rehabsos"))).hasSize(3);
        assertThat(deliveries.failed(NotificationFixture.REMBANG, 200)).anySatisfy(listed -> {
            assertThat(listed.recipient()).isEqualTo(rembang.run + ".kasi-rehabsos");
            assertThat(listed.channel()).isEqualTo(Channel.GATEWAY);
            assertThat(listed.address()).isEqualTo(phone("kasi-rehabsos"));
        });
        // The in-app notification went out all the same, and the step waits in the Kasi's inbox as it would.
        assertThat(jdbc.sql("select count(*) from notification where username = ?")
                        .param(rembang.run + ".kasi-rehabsos")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var step = workflow.caseView(new CaseId(view.workflowCaseId()))
                .currentStep()
                .orElseThrow();
        assertThat(step.activityNumber()).isEqualTo(2);
        assertThat(step.state()).isEqualTo(StepState.OPEN);
        rembang.decide(view, "kasi-rehabsos", Verdict.YA, null);
        assertThat(rembang.current(view).activityNumber()).isEqualTo(3);
    }

    record Failure(int attempts, String lastError) {}

    List<Failure> failed(String username) {
        return jdbc.sql("""
                        select attempts, last_error from notification_delivery
                        where recipient = ? and channel = 'GATEWAY' and status = 'FAILED'
                        """)
                .param(username)
                .query((rs, row) -> new Failure(rs.getInt("attempts"), rs.getString("last_error")))
                .list();
    }
}
