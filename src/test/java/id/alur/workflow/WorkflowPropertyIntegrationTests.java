package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.alur.calendar.WorkingCalendar;
import id.alur.sop.Activity;
import id.alur.sop.SopService;
import id.alur.workflow.WorkflowFixture.Office;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Property: random sequences of allowed and disallowed operations, by the right and the wrong people, on cases of all
 * five seed SOPs, never reach a state the SOP does not define; every refused operation writes nothing. Plain JUnit
 * with a seeded {@link Random}, so a failure replays exactly.
 */
@SpringBootTest
@Tag("slow")
class WorkflowPropertyIntegrationTests {

    static final long SEED = 35_2012L;
    static final int SEQUENCES = 300;
    static final int OPERATIONS = 30;
    static final List<String> SEEDS =
            List.of("dinsosppkb-rembang", "dinsos-solok", "kemenag-jaksel", "dinsos-kaltara", "dinkes-belitung");

    @Autowired
    WorkflowService workflow;

    @Autowired
    SopService sops;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    int allowed;
    int refused;
    int ended;
    final Set<CaseState> reached = EnumSet.noneOf(CaseState.class);
    final Set<String> refusals = new TreeSet<>();

    @Test
    void randomOperationsStayWithinTheSopAndRefusedOnesWriteNothing() {
        var fixture = new WorkflowFixture(sops, calendar, workflow, jdbc);
        List<Office> offices =
                new ArrayList<>(SEEDS.stream().map(fixture::office).toList());
        // No seed refuses an application (issue 12 item 4): seed 000 with its approval's Tidak made a refusal end,
        // so the walk meets REFUSED too.
        offices.add(fixture.office(
                "dinsosppkb-rembang", source -> source.replaceFirst("(?m)^    tidak: 2( .*)?$", "    tidak: tolak")));
        var random = new Random(SEED);
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            Office office = offices.get(random.nextInt(offices.size()));
            Route route = new Route(office.version().sop());
            runSequence(fixture, office, route, random, sequence);
        }
        assertThat(allowed).as("allowed operations").isGreaterThan(SEQUENCES * 2);
        assertThat(refused).as("refused operations").isGreaterThan(SEQUENCES);
        assertThat(ended).as("cases that ended").isPositive();
        // the random walk must really cover the machine, or it proves little
        assertThat(reached).as("states reached").containsAll(EnumSet.allOf(CaseState.class));
        assertThat(refusals)
                .as("kinds of refusal met")
                .contains(
                        "workflow.step.taken",
                        "workflow.step.wrongPosition",
                        "workflow.step.notClaimed",
                        "workflow.step.wrongLaneKind",
                        "workflow.case.ended",
                        "workflow.case.notReturned");
    }

    private void runSequence(WorkflowFixture fixture, Office office, Route route, Random random, int sequence) {
        Instant now = office.at("2027-02-01T08:00").plus(Duration.ofMinutes(sequence));
        CaseView view =
                workflow.start(office.code(), office.sopCode(), "PROP-" + sequence, as(route.frontDeskLane(), 0), now);
        List<StepId> seen =
                new ArrayList<>(view.currentSteps().stream().map(StepView::id).toList());
        int afterEnd = 0;
        for (int op = 0; op < OPERATIONS && afterEnd < 3; op++) {
            if (view.state().ended()) {
                afterEnd++;
            }
            now = now.plus(Duration.ofMinutes(1 + random.nextInt(20)));
            Before before = before(fixture, view.id());
            try {
                view = operate(random, route, view, seen, now);
                allowed++;
            } catch (TransitionNotAllowedException | StepTakenException | CaseNotFoundException refusal) {
                refused++;
                refusals.add(refusal.messageKey());
                assertThat(before(fixture, view.id()))
                        .as("a refused operation (%s) writes nothing", refusal.messageKey())
                        .isEqualTo(before);
                view = workflow.caseView(view.id());
            }
            view.currentSteps().forEach(s -> {
                if (!seen.contains(s.id())) {
                    seen.add(s.id());
                }
            });
            assertDefined(route, view);
            reached.add(view.state());
        }
        if (view.state().ended()) {
            ended++;
        }
        assertHistoryFollowsTheSop(route, workflow.history(view.id()));
    }

    private CaseView operate(Random random, Route route, CaseView view, List<StepId> seen, Instant now) {
        StepView current = view.currentStep().orElse(null);
        if (random.nextInt(10) < 6) {
            return guided(random, route, view, current, now);
        }
        StepId step = current != null && random.nextInt(12) > 0 ? current.id() : seen.get(random.nextInt(seen.size()));
        Acting acting = randomActing(random, route, current);
        String note = random.nextInt(5) == 0 ? null : "catatan " + random.nextInt(100);
        int pick = random.nextInt(100);
        if (pick < 25) {
            return workflow.claim(step, acting, now);
        } else if (pick < 45) {
            return workflow.complete(step, null, note, acting, now);
        } else if (pick < 60) {
            return workflow.decide(step, random.nextInt(10) < 7 ? Verdict.YA : Verdict.TIDAK, note, acting, now);
        } else if (pick < 65) {
            return workflow.returnToApplicant(step, note, acting, now);
        } else if (pick < 73) {
            return workflow.resumeFromApplicant(view.id(), note, acting, now);
        } else if (pick < 81) {
            var result = new OutsideResult(
                    "REF-" + random.nextInt(1000),
                    LocalDate.of(2027, 2, 1),
                    random.nextBoolean() ? "file:scan-" + random.nextInt(1000) : null);
            return workflow.recordOutsideResult(step, result, acting, now);
        } else if (pick < 89) {
            return workflow.recordHandOver(step, new HandOver("Penerima", now, "KTP 3171"), acting, now);
        } else if (pick < 97) {
            return workflow.release(step, acting, now);
        } else if (pick < 99) {
            return workflow.cancel(view.id(), note, acting, now);
        } else {
            return workflow.withdraw(view.id(), note, acting, now);
        }
    }

    /** The operation that moves the case on, by the right person: so that walks reach the whole SOP. */
    private CaseView guided(Random random, Route route, CaseView view, StepView current, Instant now) {
        Acting frontDesk = as(route.frontDeskLane(), 0);
        if (current == null) {
            return workflow.resumeFromApplicant(view.id(), "lengkap", frontDesk, now);
        }
        StepId step = current.id();
        Acting lane = as(current.positionCode(), 0);
        return switch (current.laneKind()) {
            case APPLICANT -> workflow.recordHandOver(step, new HandOver("Penerima", now, "KTP 3171"), frontDesk, now);
            case OUTSIDE_PARTY ->
                workflow.recordOutsideResult(
                        step,
                        new OutsideResult("REF-" + random.nextInt(1000), LocalDate.of(2027, 2, 1), "file:bukti"),
                        random.nextBoolean() ? lane : frontDesk,
                        now);
            case POSITION -> {
                if (current.state() == StepState.OPEN) {
                    yield workflow.claim(step, lane, now);
                }
                Acting holder = as(current.positionCode(), current.claimedBy().endsWith("-1") ? 1 : 0);
                Activity activity = route.activity(current.activityNumber());
                if (!route.isDecision(activity)) {
                    yield workflow.complete(step, null, null, holder, now);
                }
                yield workflow.decide(step, random.nextInt(10) < 6 ? Verdict.YA : Verdict.TIDAK, "alasan", holder, now);
            }
        };
    }

    /** Mostly the right position (and the usual user of it), sometimes anyone at all. */
    private static Acting randomActing(Random random, Route route, StepView current) {
        int user = random.nextInt(5) == 0 ? 1 : 0;
        if (current != null && random.nextInt(10) < 7) {
            String position = current.laneKind() == LaneKind.APPLICANT
                            || (current.laneKind() == LaneKind.OUTSIDE_PARTY && random.nextBoolean())
                    ? route.frontDeskLane()
                    : current.positionCode();
            return as(position, user);
        }
        var lanes = route.sop().actors();
        String position = random.nextInt(8) == 0
                ? "orang-luar"
                : lanes.get(random.nextInt(lanes.size())).id();
        return as(position, user);
    }

    record Before(int version, long historyRows, long steps, String state) {}

    private Before before(WorkflowFixture fixture, CaseId id) {
        CaseView view = workflow.caseView(id);
        long steps = jdbc.sql("select count(*) from workflow_step where case_id = :id")
                .param("id", id.value())
                .query(Long.class)
                .single();
        return new Before(
                view.version(), fixture.historyRows(id), steps, view.state().name());
    }

    private void assertDefined(Route route, CaseView view) {
        long open = jdbc.sql("select count(*) from workflow_step where case_id = :id and state in ('OPEN', 'CLAIMED')")
                .param("id", view.id().value())
                .query(Long.class)
                .single();
        switch (view.state()) {
            case ACTIVE, AWAITING_APPLICANT, AWAITING_OUTSIDE_PARTY -> {
                assertThat(open).isEqualTo(1);
                StepView step = view.currentStep().orElseThrow();
                assertThat(route.hasActivity(step.activityNumber())).isTrue();
                Activity activity = route.activity(step.activityNumber());
                assertThat(step.positionCode()).isEqualTo(activity.actorId());
                assertThat(step.laneKind()).isEqualTo(route.laneKind(activity));
                assertThat(view.state()).isEqualTo(new CaseRules(route).stateAt(activity));
                if (step.state() == StepState.CLAIMED) {
                    assertThat(step.laneKind()).isEqualTo(LaneKind.POSITION);
                }
            }
            case RETURNED_TO_APPLICANT -> {
                assertThat(open).isZero();
                assertThat(route.returnVerdict(route.activity(view.resumeAtActivity())))
                        .isPresent();
            }
            case FINISHED, REFUSED, CANCELLED, WITHDRAWN -> {
                assertThat(open).isZero();
                assertThat(view.endedAt()).isNotNull();
            }
        }
    }

    /** Every closing row leads where the SOP says; the steps ran in that order. */
    private static void assertHistoryFollowsTheSop(Route route, Timeline timeline) {
        List<Integer> expectedStarts = new ArrayList<>();
        for (TimelineEntry entry : timeline.entries()) {
            Route.Next next = switch (entry.action()) {
                case COMPLETED, OUTSIDE_RESULT_RECORDED, HANDED_OVER, INTAKE_RECORDED ->
                    route.after(route.activity(entry.activityNumber()));
                case DECIDED_YA -> route.branch(route.activity(entry.activityNumber()), Verdict.YA);
                case DECIDED_TIDAK, RETURNED_TO_APPLICANT -> {
                    Verdict verdict = entry.action() == HistoryAction.DECIDED_TIDAK
                            ? Verdict.TIDAK
                            : route.returnVerdict(route.activity(entry.activityNumber()))
                                    .orElseThrow();
                    yield route.branch(route.activity(entry.activityNumber()), verdict);
                }
                default -> null;
            };
            switch (next) {
                case null -> {}
                case Route.Next.ToActivity(Activity activity) -> {
                    assertThat(entry.toActivity()).as("%s leads to", entry).isEqualTo(activity.number());
                    expectedStarts.add(activity.number());
                }
                case Route.Next.BackToApplicant(Activity resumeAt) -> {
                    assertThat(entry.toActivity()).isNull();
                    assertThat(entry.toState()).isEqualTo(CaseState.RETURNED_TO_APPLICANT);
                }
                case Route.Next.End() -> assertThat(entry.toState()).isEqualTo(CaseState.FINISHED);
                case Route.Next.Refused() -> assertThat(entry.toState()).isEqualTo(CaseState.REFUSED);
            }
            if (entry.action() == HistoryAction.RESUMED || entry.action() == HistoryAction.STARTED) {
                if (entry.toActivity() != null) {
                    expectedStarts.add(entry.toActivity());
                }
            }
        }
        List<Integer> started =
                timeline.steps().stream().map(StepView::activityNumber).toList();
        assertThat(started).as("steps in the order the history opened them").isEqualTo(expectedStarts);
    }
}
