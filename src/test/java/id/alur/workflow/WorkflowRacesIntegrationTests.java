package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.alur.calendar.WorkingCalendar;
import id.alur.platform.AlurException;
import id.alur.sop.SopService;
import id.alur.workflow.WorkflowFixture.Office;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Twenty officers acting on the same steps at once: one wins each step, the others are told who, nothing is lost. */
@WorkflowModuleTest
class WorkflowRacesIntegrationTests {

    static final int THREADS = 20;

    @Autowired
    WorkflowService workflow;

    @Autowired
    SopService sops;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    WorkflowFixture fixture;
    ExecutorService pool;

    @BeforeEach
    void setUp() {
        fixture = new WorkflowFixture(sops, calendar, workflow, jdbc);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Outcome of one racer: the view on success or the refusal. */
    record Outcome(Acting acting, CaseView view, AlurException refusal) {
        boolean won() {
            return view != null;
        }
    }

    @Test
    void letsExactlyOneOfTwentyOfficersTakeEachStepAndTellsTheOthersWhoTookIt() throws Exception {
        Office office = fixture.office("dinsosppkb-rembang");
        Instant now = office.at("2027-02-01T08:00");
        CaseView started = workflow.start(office.code(), office.sopCode(), "RACE-1", as("petugas-pelayanan"), now);
        List<String> winners = new ArrayList<>();

        for (String lane : List.of(
                "petugas-pelayanan",
                "kasi-rehabsos",
                "kabid-rehabilitasi-jamsos",
                "kepala-dinas",
                "petugas-pelayanan")) {
            StepId step =
                    workflow.caseView(started.id()).currentStep().orElseThrow().id();
            Instant at = now = now.plusSeconds(120);
            List<Outcome> outcomes = race(lane, acting -> {
                workflow.claim(step, acting, at);
                StepView current = workflow.caseView(started.id()).currentStep().orElseThrow();
                boolean decision = current.activityNumber() == 2 || current.activityNumber() == 3;
                return decision
                        ? workflow.decide(step, Verdict.YA, null, acting, at)
                        : workflow.complete(step, null, null, acting, at);
            });

            List<Outcome> won = outcomes.stream().filter(Outcome::won).toList();
            assertThat(won).as("winners of the step of %s", lane).hasSize(1);
            String winner = won.getFirst().acting().username();
            winners.add(winner);
            assertThat(outcomes.stream().filter(o -> !o.won()))
                    .hasSize(THREADS - 1)
                    .allSatisfy(o -> assertThat(o.refusal()).isInstanceOfSatisfying(StepTakenException.class, taken -> {
                        assertThat(taken.takenByUsername()).isEqualTo(winner);
                        assertThat(taken.takenAt()).isEqualTo(at);
                    }));
        }

        CaseView finished = workflow.caseView(started.id());
        assertThat(finished.state()).isEqualTo(CaseState.FINISHED);
        Timeline timeline = workflow.history(started.id());
        assertThat(timeline.steps()).extracting(StepView::activityNumber).containsExactly(1, 2, 3, 4, 5);
        assertThat(timeline.steps()).allSatisfy(s -> assertThat(s.state()).isEqualTo(StepState.DONE));
        assertThat(timeline.steps()).extracting(StepView::closedBy).containsExactlyElementsOf(winners);
        // One claim and one closing row per step, besides STARTED and FINISHED: nothing doubled, nothing lost.
        assertThat(timeline.entries()).hasSize(2 + 2 * 5);
        assertThat(timeline.entries().stream().filter(e -> e.action() == HistoryAction.CLAIMED))
                .extracting(TimelineEntry::actorUsername)
                .containsExactlyElementsOf(winners);
    }

    @Test
    void serializesACompletionAndACancellationRacingOnOneCase() throws Exception {
        Office office = fixture.office("dinsosppkb-rembang");
        Instant now = office.at("2027-02-01T08:00");
        for (int round = 0; round < 10; round++) {
            Acting petugas = as("petugas-pelayanan");
            CaseView started = workflow.start(office.code(), office.sopCode(), "RACE-C" + round, petugas, now);
            StepId step = started.currentStep().orElseThrow().id();
            workflow.claim(step, petugas, now);
            var gate = new CountDownLatch(1);
            Future<Object> complete = pool.submit(() -> {
                gate.await();
                return workflow.complete(step, null, null, petugas, now.plusSeconds(60));
            });
            Future<Object> cancel = pool.submit(() -> {
                gate.await();
                return workflow.cancel(started.id(), "dobel", as("kepala-dinas"), now.plusSeconds(60));
            });
            gate.countDown();
            int successes = succeeded(complete) + succeeded(cancel);

            CaseView after = workflow.caseView(started.id());
            Timeline timeline = workflow.history(started.id());
            assertThat(after.state()).isEqualTo(CaseState.CANCELLED);
            if (timeline.steps().getFirst().state() == StepState.CANCELLED) {
                // the cancellation came first: the completion was refused and wrote nothing
                assertThat(successes).isEqualTo(1);
                assertThat(timeline.steps()).hasSize(1);
            } else {
                // the completion came first: the cancellation then ended the case at the next step
                assertThat(successes).isEqualTo(2);
                assertThat(timeline.steps())
                        .extracting(StepView::state)
                        .containsExactly(StepState.DONE, StepState.CANCELLED);
            }
            assertThat(timeline.steps().stream().filter(s -> s.state().open())).isEmpty();
            assertThat(timeline.entries().getLast().action()).isEqualTo(HistoryAction.CANCELLED);
        }
    }

    private static int succeeded(Future<Object> future) throws InterruptedException {
        try {
            future.get(60, TimeUnit.SECONDS);
            return 1;
        } catch (ExecutionException e) {
            assertThat(e.getCause())
                    .isInstanceOfAny(
                            TransitionNotAllowedException.class, StepTakenException.class, CaseNotFoundException.class);
            return 0;
        } catch (TimeoutException e) {
            throw new AssertionError("a racer hung", e);
        }
    }

    /** Runs the action as twenty different officers of the position, released at the same moment. */
    private List<Outcome> race(String position, ThrowingAction action) throws Exception {
        var gate = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Acting acting = as(position, i);
            Callable<Outcome> racer = () -> {
                gate.await();
                try {
                    return new Outcome(acting, action.run(acting), null);
                } catch (TransitionNotAllowedException | StepTakenException | CaseNotFoundException refusal) {
                    return new Outcome(acting, null, refusal);
                }
            };
            futures.add(pool.submit(racer));
        }
        gate.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    @FunctionalInterface
    interface ThrowingAction {
        CaseView run(Acting acting);
    }
}
