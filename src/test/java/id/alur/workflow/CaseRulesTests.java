package id.alur.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.sop.Sop;
import id.alur.sop.SopFormat;
import id.alur.workflow.CaseRules.CaseStatus;
import id.alur.workflow.CaseRules.Move;
import id.alur.workflow.CaseRules.StepSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CaseRulesTests {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void startsAtTheFirstActivityInTheFrontDeskInbox() {
        var run = new Run(SopFormat.seed("dinsosppkb-rembang"), Acting.self("ani", "Ani", "petugas-pelayanan"));

        assertThat(run.status.state()).isEqualTo(CaseState.ACTIVE);
        assertThat(run.currentActivity()).isEqualTo(1);
        assertThat(run.actions).containsExactly(HistoryAction.STARTED);
    }

    @Test
    void recordsTheApplicantsSubmissionAsIntakeAndMovesOn() {
        var run = new Run(SopFormat.seed("dinsos-solok"), Acting.self("ani", "Ani", "petugas-pelayanan"));

        assertThat(run.actions).containsExactly(HistoryAction.INTAKE_RECORDED);
        assertThat(run.currentActivity()).isEqualTo(2);
        assertThat(run.status.state()).isEqualTo(CaseState.ACTIVE);
    }

    @Test
    void takesTheFrontDeskFromTheFirstActivityOfAnOfficePosition() {
        assertThat(new Route(SopFormat.seed("dinsos-solok")).frontDeskLane()).isEqualTo("petugas-pelayanan");
        assertThat(new Route(SopFormat.seed("dinkes-belitung")).frontDeskLane()).isEqualTo("staf-yankes");
        assertThat(new Route(SopFormat.seed("dinsosppkb-rembang")).frontDeskLane())
                .isEqualTo("petugas-pelayanan");
    }

    @Test
    void refusesToStartForAPositionOtherThanTheFrontDesk() {
        var rules = new CaseRules(new Route(SopFormat.seed("dinsosppkb-rembang")));

        assertThatThrownBy(() -> rules.start(Acting.self("budi", "Budi", "kepala-dinas")))
                .isInstanceOfSatisfying(
                        TransitionNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo("workflow.step.wrongPosition"));
    }

    @Test
    void sendsTheCaseWhereTheSopNamesOnTidak() {
        var run = new Run(SopFormat.seed("dinsosppkb-rembang"), Acting.self("ani", "Ani", "petugas-pelayanan"));
        run.claimAndComplete(Acting.self("ani", "Ani", "petugas-pelayanan"));
        run.claimAndDecide(Acting.self("kasi", "Kasi", "kasi-rehabsos"), Verdict.YA, null);
        assertThat(run.currentActivity()).isEqualTo(3);

        run.claimAndDecide(Acting.self("kabid", "Kabid", "kabid-rehabilitasi-jamsos"), Verdict.TIDAK, "paraf kurang");

        assertThat(run.currentActivity()).isEqualTo(2);
        assertThat(run.status.state()).isEqualTo(CaseState.ACTIVE);
    }

    @Test
    void returnsPapersToTheApplicantAndResumesAtTheStepThatReturnedThem() {
        var staf = Acting.self("sri", "Sri", "staf-yankes");
        var run = new Run(SopFormat.seed("dinkes-belitung"), staf);
        run.claimAndComplete(staf);
        run.claim(staf);

        run.apply(run.rules.returnToApplicant(run.status, run.current(), staf, "akta kelahiran belum ada"), staf);
        assertThat(run.status.state()).isEqualTo(CaseState.RETURNED_TO_APPLICANT);
        assertThat(run.status.current()).isNull();
        assertThat(run.status.resumeAt()).isEqualTo(3);

        run.apply(run.rules.resume(run.status, staf), staf);
        assertThat(run.status.state()).isEqualTo(CaseState.ACTIVE);
        assertThat(run.currentActivity()).isEqualTo(3);
    }

    @Test
    void refusesToReturnPapersWhereTheSopGivesNoReturn() {
        var petugas = Acting.self("ani", "Ani", "petugas-pelayanan");
        var run = new Run(SopFormat.seed("dinsos-solok"), petugas);
        run.claim(petugas);

        assertReason(
                () -> run.rules.returnToApplicant(run.status, run.current(), petugas, "kurang"),
                "workflow.step.noReturnToApplicant");
    }

    @Test
    void refusesTidakWithoutANote() {
        var staf = Acting.self("sri", "Sri", "staf-yankes");
        var run = new Run(SopFormat.seed("dinkes-belitung"), staf);
        run.claimAndComplete(staf);
        run.claim(staf);

        assertThatThrownBy(() -> run.rules.decide(run.status, run.current(), staf, Verdict.TIDAK, " "))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class, e -> {
                    assertThat(e.reason()).isEqualTo("workflow.decision.noteRequired");
                    assertThat(e.field()).isEqualTo("note");
                });
    }

    @Test
    void refusesToCompleteADecisionOrDecideAtAPlainStep() {
        var staf = Acting.self("sri", "Sri", "staf-yankes");
        var run = new Run(SopFormat.seed("dinkes-belitung"), staf);
        run.claim(staf);
        assertReason(
                () -> run.rules.decide(run.status, run.current(), staf, Verdict.YA, null),
                "workflow.step.notADecision");
        run.apply(run.rules.complete(run.status, run.current(), staf), staf);
        run.claim(staf);

        assertReason(() -> run.rules.complete(run.status, run.current(), staf), "workflow.step.decisionRequired");
    }

    @Test
    void tellsWhoHoldsTheStepWhenAnotherOfficerActsOnIt() {
        var ani = Acting.self("ani", "Ani", "petugas-pelayanan");
        var eko = Acting.self("eko", "Eko", "petugas-pelayanan");
        var run = new Run(SopFormat.seed("dinsosppkb-rembang"), ani);
        run.claim(ani);

        assertThatThrownBy(() -> run.rules.claim(run.status, run.current(), eko))
                .isInstanceOfSatisfying(StepTakenException.class, e -> {
                    assertThat(e.takenByUsername()).isEqualTo("ani");
                    assertThat(e.takenAt()).isEqualTo(T0);
                });
        assertThatThrownBy(() -> run.rules.complete(run.status, run.current(), eko))
                .isInstanceOf(StepTakenException.class);
    }

    @Test
    void refusesToActWithoutTheStepsPositionOrWithoutHoldingIt() {
        var ani = Acting.self("ani", "Ani", "petugas-pelayanan");
        var run = new Run(SopFormat.seed("dinsosppkb-rembang"), ani);

        assertReason(
                () -> run.rules.claim(run.status, run.current(), Acting.self("x", "X", "kepala-dinas")),
                "workflow.step.wrongPosition");
        assertReason(() -> run.rules.complete(run.status, run.current(), ani), "workflow.step.notClaimed");
    }

    @Test
    void tellsWhoFinishedAStepWhenActingOnItAfterwards() {
        var ani = Acting.self("ani", "Ani", "petugas-pelayanan");
        var run = new Run(SopFormat.seed("dinsosppkb-rembang"), ani);
        StepSnapshot first = run.current();
        run.claimAndComplete(ani);

        assertThatThrownBy(() -> run.rules.claim(run.status, run.closed.get(first.id()), ani))
                .isInstanceOfSatisfying(
                        StepTakenException.class,
                        e -> assertThat(e.takenByUsername()).isEqualTo("ani"));
    }

    @Test
    void letsTheOutsidePartyOrTheFrontDeskWithEvidenceRecordTheResult() {
        var petugas = Acting.self("ani", "Ani", "petugas-pelayanan");
        var run = new Run(SopFormat.seed("dinsos-solok"), petugas);
        run.claimAndComplete(petugas);
        run.claimAndComplete(Acting.self("kadis", "Kadis", "kepala-dinas"));
        run.claimAndComplete(Acting.self("kabid", "Kabid", "kepala-bidang"));
        run.claimAndComplete(Acting.self("korpel", "Korpel", "koordinator-pelayanan"));
        run.claimAndComplete(Acting.self("kadis", "Kadis", "kepala-dinas"));
        assertThat(run.status.state()).isEqualTo(CaseState.AWAITING_OUTSIDE_PARTY);
        var withoutScan = new OutsideResult("0001234", LocalDate.of(2026, 3, 12), null);

        assertReason(
                () -> run.rules.recordOutsideResult(run.status, run.current(), petugas, withoutScan),
                "workflow.outside.evidenceRequired");
        assertReason(
                () -> run.rules.recordOutsideResult(
                        run.status, run.current(), Acting.self("kadis", "Kadis", "kepala-dinas"), withoutScan),
                "workflow.step.wrongPosition");
        assertReason(
                () -> run.rules.claim(run.status, run.current(), Acting.self("b", "B", "bpjs-kesehatan")),
                "workflow.step.wrongLaneKind");
        var bpjs = Acting.self("bpjs1", "Petugas BPJS", "bpjs-kesehatan");
        run.apply(run.rules.recordOutsideResult(run.status, run.current(), bpjs, withoutScan), bpjs);

        assertThat(run.status.state()).isEqualTo(CaseState.AWAITING_APPLICANT);
        assertThat(run.currentActivity()).isEqualTo(8);
    }

    @Test
    void finishesWhenTheFrontDeskRecordsTheHandOverAtTheLastStep() {
        var staf = Acting.self("sri", "Sri", "staf-yankes");
        var run = new Run(SopFormat.seed("dinkes-belitung"), staf);
        run.claimAndComplete(staf);
        run.claimAndDecide(staf, Verdict.YA, null);
        run.claimAndComplete(Acting.self("kasi", "Kasi", "kasi-yankes-rujukan"));
        run.claimAndComplete(Acting.self("kabid", "Kabid", "kabid-yankes"));
        run.claimAndComplete(staf);
        assertReason(
                () -> run.rules.recordHandOver(run.status, run.current(), staf, new HandOver("Siti", T0, " ")),
                "workflow.handOver.identityRequired");

        run.apply(
                run.rules.recordHandOver(
                        run.status, run.current(), staf, new HandOver("Siti", T0, "KTP 1971012345678901")),
                staf);

        assertThat(run.status.state()).isEqualTo(CaseState.FINISHED);
        assertThat(run.status.current()).isNull();
        assertReason(() -> run.rules.cancel(run.status, staf, "dobel"), "workflow.case.ended");
    }

    @Test
    void theLaneThatHandsTheLetterOverRecordsTheApplicantsReceiptAsTheFrontDeskMay() {
        var staf = Acting.self("sri", "Sri", "staf-yankes");
        var kasi = Acting.self("kasi", "Kasi", "kasi-yankes-rujukan");
        var kabid = Acting.self("kabid", "Kabid", "kabid-yankes");
        var run = new Run(kasiHandsOver(), staf);
        run.claimAndComplete(staf);
        run.claimAndDecide(staf, Verdict.YA, null);
        run.claimAndComplete(kasi);
        run.claimAndComplete(kabid);
        run.claimAndComplete(kasi);
        var receiving = run.current();

        assertReason(
                () -> run.rules.recordHandOver(run.status, receiving, kabid, new HandOver("Siti", T0, "KTP")),
                "workflow.step.wrongPosition");
        assertThat(run.rules
                        .options(run.status, "kasi", Set.of("kasi-yankes-rujukan"))
                        .recordHandOver())
                .isTrue();
        assertThat(run.rules.options(run.status, "sri", Set.of("staf-yankes")).recordHandOver())
                .isTrue();
        assertThat(run.rules
                        .options(run.status, "kabid", Set.of("kabid-yankes"))
                        .recordHandOver())
                .isFalse();

        run.apply(run.rules.recordHandOver(run.status, receiving, kasi, new HandOver("Siti", T0, "KTP 3317")), kasi);
        assertThat(run.status.state()).isEqualTo(CaseState.FINISHED);
    }

    /** Seed 004 whose row 6, the row before "Pemohon menerima lembar verifikasi", is the Kasi's, not the front desk's. */
    private static Sop kasiHandsOver() {
        String text = SopFormat.seedSource("dinkes-belitung")
                .replace(
                        "untuk diberikan kepada pemohon\n    pelaksana: staf-yankes ",
                        "untuk diberikan kepada pemohon\n    pelaksana: kasi-yankes-rujukan ");
        var sop = SopFormat.parse("kasi-hands-over.sop.yaml", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(sop.activity(6).orElseThrow().actorId()).isEqualTo("kasi-yankes-rujukan");
        return sop;
    }

    @Test
    void randomOperationsNeverLeaveTheStatesTheSopDefines() {
        var random = new Random(20260302L);
        List<Sop> sops = List.of(
                SopFormat.seed("dinsosppkb-rembang"),
                SopFormat.seed("dinsos-solok"),
                SopFormat.seed("dinkes-belitung"));
        int refused = 0;
        int done = 0;
        for (int sequence = 0; sequence < 500; sequence++) {
            Sop sop = sops.get(random.nextInt(sops.size()));
            var route = new Route(sop);
            var front = Acting.self("front", "Front", route.frontDeskLane());
            var run = new Run(sop, front);
            for (int op = 0; op < 30 && !run.status.state().ended(); op++) {
                var acting = randomActing(random, sop);
                CaseStatus before = run.status;
                try {
                    run.apply(randomMove(random, run, acting), acting);
                    done++;
                } catch (TransitionNotAllowedException | StepTakenException | CaseNotFoundException refusal) {
                    refused++;
                    assertThat(run.status).isSameAs(before);
                }
                assertDefined(route, run);
            }
        }
        assertThat(refused).isPositive();
        assertThat(done).isPositive();
    }

    private static Move randomMove(Random random, Run run, Acting acting) {
        StepSnapshot step = run.status.current() != null && random.nextInt(10) > 0
                ? run.current()
                : run.closed.isEmpty() ? null : run.closed.values().iterator().next();
        var rules = run.rules;
        var status = run.status;
        String note = random.nextBoolean() ? "catatan" : null;
        return switch (random.nextInt(11)) {
            case 0 -> rules.resume(status, acting);
            case 1 -> rules.cancel(status, acting, note);
            case 2 -> rules.withdraw(status, acting, random.nextInt(4) == 0 ? note : null);
            default -> {
                if (step == null) {
                    yield rules.resume(status, acting);
                }
                yield switch (random.nextInt(7)) {
                    case 0 -> rules.claim(status, step, acting);
                    case 1 -> rules.release(status, step, acting);
                    case 2 -> rules.complete(status, step, acting);
                    case 3 ->
                        rules.decide(status, step, acting, random.nextBoolean() ? Verdict.YA : Verdict.TIDAK, note);
                    case 4 -> rules.returnToApplicant(status, step, acting, note);
                    case 5 ->
                        rules.recordOutsideResult(
                                status,
                                step,
                                acting,
                                new OutsideResult("ref", LocalDate.of(2026, 3, 3), random.nextBoolean() ? "f" : null));
                    default -> rules.recordHandOver(status, step, acting, new HandOver("Siti", T0, "KTP"));
                };
            }
        };
    }

    private static Acting randomActing(Random random, Sop sop) {
        var lane = sop.actors().get(random.nextInt(sop.actors().size())).id();
        var user = "u" + random.nextInt(2);
        return Acting.self(user, user, lane);
    }

    private static void assertDefined(Route route, Run run) {
        CaseStatus status = run.status;
        switch (status.state()) {
            case ACTIVE, AWAITING_APPLICANT, AWAITING_OUTSIDE_PARTY -> {
                assertThat(status.current()).isNotNull();
                var activity = route.activity(status.current().activity());
                assertThat(run.rules.stateAt(activity)).isEqualTo(status.state());
                assertThat(status.resumeAt()).isNull();
                if (status.current().state() == StepState.CLAIMED) {
                    assertThat(route.laneKind(activity)).isEqualTo(LaneKind.POSITION);
                }
            }
            case RETURNED_TO_APPLICANT -> {
                assertThat(status.current()).isNull();
                assertThat(route.returnVerdict(route.activity(status.resumeAt())))
                        .isPresent();
            }
            case FINISHED, CANCELLED, WITHDRAWN -> assertThat(status.current()).isNull();
        }
    }

    private static void assertReason(ThrowingCallable call, String reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        TransitionNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** Applies moves in memory the way the service applies them in the database. */
    static final class Run {
        final CaseRules rules;
        final List<HistoryAction> actions = new ArrayList<>();
        final Map<Long, StepSnapshot> closed = new HashMap<>();
        CaseStatus status = new CaseStatus(CaseState.ACTIVE, null, null);
        long nextId = 1;

        Run(Sop sop, Acting starter) {
            rules = new CaseRules(new Route(sop));
            apply(rules.start(starter), starter);
        }

        StepSnapshot current() {
            return status.current();
        }

        int currentActivity() {
            return status.current().activity();
        }

        void claim(Acting acting) {
            apply(rules.claim(status, current(), acting), acting);
        }

        void claimAndComplete(Acting acting) {
            claim(acting);
            apply(rules.complete(status, current(), acting), acting);
        }

        void claimAndDecide(Acting acting, Verdict verdict, String note) {
            claim(acting);
            apply(rules.decide(status, current(), acting, verdict, note), acting);
        }

        void apply(Move move, Acting acting) {
            StepSnapshot step = status.current();
            switch (move.change()) {
                case NONE -> {}
                case CLAIM ->
                    step = new StepSnapshot(
                            step.id(),
                            step.activity(),
                            StepState.CLAIMED,
                            acting.username(),
                            acting.displayName(),
                            T0,
                            null,
                            null,
                            null);
                case RELEASE ->
                    step = new StepSnapshot(
                            step.id(), step.activity(), StepState.OPEN, null, null, null, null, null, null);
                case CLOSE, CANCEL -> {
                    var done = new StepSnapshot(
                            step.id(),
                            step.activity(),
                            move.change() == CaseRules.StepChange.CLOSE ? StepState.DONE : StepState.CANCELLED,
                            null,
                            null,
                            null,
                            acting.username(),
                            acting.displayName(),
                            T0);
                    closed.put(step.id(), done);
                    step = null;
                }
            }
            if (move.open() != null) {
                step = new StepSnapshot(
                        nextId++, move.open().number(), StepState.OPEN, null, null, null, null, null, null);
            }
            Integer resumeAt = move.resumeAt() != null
                    ? Integer.valueOf(move.resumeAt().number())
                    : move.state() == CaseState.RETURNED_TO_APPLICANT ? status.resumeAt() : null;
            status = new CaseStatus(move.state(), step, resumeAt);
            actions.add(move.action());
        }
    }
}
