package id.alur.bench;

import id.alur.AlurApplication;
import id.alur.office.OfficeService;
import id.alur.sop.Activity;
import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.Sop;
import id.alur.sop.SopFormat;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseState;
import id.alur.workflow.CaseView;
import id.alur.workflow.LaneKind;
import id.alur.workflow.StepView;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application (every module, Flyway, the demo SOPs, Spring Modulith's event log) in this JVM on the bench's
 * database. It prepares what the HTTP rows need (the API tokens, the generated data) and drives the extra
 * "in-process, no HTTP" row through the workflow module's public API: the same workflow transactions as the HTTP API's,
 * without HTTP, JSON, Spring Security and casework's own rows, so the two rows together show where the time goes.
 */
final class AlurInProcess implements AutoCloseable {

    static final String OFFICE = "dinsosppkb-rembang";
    static final String SOP_CODE = "kis-surat-pengantar";

    private final ConfigurableApplicationContext context;
    final WorkflowService workflow;
    final JdbcClient jdbc;
    private final Set<Integer> decisions;
    private final Map<String, Acting> actors = new ConcurrentHashMap<>();

    AlurInProcess(String jdbcUrl, int poolSize) {
        context = new SpringApplicationBuilder(AlurApplication.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .properties(
                        "spring.datasource.url=" + jdbcUrl,
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=",
                        "spring.datasource.hikari.maximum-pool-size=" + poolSize,
                        "spring.datasource.hikari.minimum-idle=" + poolSize,
                        "alur.workflow.overdue-scan-enabled=false",
                        // the demo offices, users and SOPs, which load by themselves only on the embedded database
                        "alur.demo.enabled=true",
                        // a real servlet context, as in the jar (the web shell's security needs one), on a free port
                        "server.port=0",
                        "spring.main.banner-mode=off",
                        "logging.level.root=ERROR")
                .run();
        workflow = context.getBean(WorkflowService.class);
        jdbc = context.getBean(JdbcClient.class);
        Sop sop = SopFormat.seed(OFFICE);
        decisions = sop.activities().stream()
                .filter(a -> a.decision() != null)
                .map(Activity::number)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * One application of seed 000 from intake to the hand-over of the letter: start at the front desk, then at each
     * step the lane's officer claims it and completes it (Ya at the two decisions).
     *
     * @return the transitions made (start, and claim plus complete/decide per step)
     */
    int runCase(String subjectRef, int client) {
        CaseView view = workflow.start(OFFICE, SOP_CODE, subjectRef, actor(client, "petugas-pelayanan"), Instant.now());
        int transitions = 1;
        while (view.state() != CaseState.FINISHED) {
            StepView step = view.currentStep()
                    .orElseThrow(() -> new IllegalStateException("case without an open step: " + subjectRef));
            if (step.laneKind() != LaneKind.POSITION) {
                throw new IllegalStateException("seed 000 has office lanes only, found " + step.laneKind());
            }
            Acting acting = actor(client, step.positionCode());
            workflow.claim(step.id(), acting, Instant.now());
            view = decisions.contains(step.activityNumber())
                    ? workflow.decide(step.id(), Verdict.YA, null, acting, Instant.now())
                    : workflow.complete(step.id(), null, null, acting, Instant.now());
            transitions += 2;
        }
        return transitions;
    }

    /**
     * A bearer token for the demo officer of each lane of seed 000 ({@code rembang.<position>}, DemoOffices), issued
     * through the office module's public API as the user page issues them.
     */
    Map<String, String> tokens() {
        var offices = context.getBean(OfficeService.class);
        var tokens = new java.util.HashMap<String, String>();
        for (Actor actor : SopFormat.seed(OFFICE).actors()) {
            if (actor.kind() == ActorKind.POSITION) {
                tokens.put(
                        actor.id(),
                        offices.issueApiToken("rembang." + actor.id(), "bench").token());
            }
        }
        return tokens;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    javax.sql.DataSource dataSource() {
        return context.getBean(javax.sql.DataSource.class);
    }

    private Acting actor(int client, String position) {
        return actors.computeIfAbsent(
                client + "/" + position,
                key -> Acting.self("bench-" + client + "-" + position, "Bench " + client + " " + position, position));
    }

    @Override
    public void close() {
        context.close();
    }
}
