package id.alur.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.sop.Actor;
import id.alur.sop.Sop;
import id.alur.sop.SopFormat;
import id.alur.workflow.CaseRules.CaseStatus;
import id.alur.workflow.CaseRules.Move;
import id.alur.workflow.CaseRules.StepChange;
import id.alur.workflow.CaseRulesTests.Run;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What the case page and the API offer an officer: exactly the operations the rules would allow. */
class StepOptionsTests {

    static final OutsideResult WITH_SCAN = new OutsideResult("0001234", LocalDate.of(2026, 3, 12), "document:1");
    static final OutsideResult WITHOUT_SCAN = new OutsideResult("0001234", LocalDate.of(2026, 3, 12), null);

    @Test
    void offersTheOpenStepToItsLaneAndTellsTheOthersWhoHoldsIt() {
        var ani = Acting.self("ani", "Ani", "petugas-pelayanan");
        var run = new Run(SopFormat.seed("dinsosppkb-rembang"), ani);

        assertThat(run.rules
                        .options(run.status, "ani", Set.of("petugas-pelayanan"))
                        .take())
                .isTrue();
        assertThat(run.rules.options(run.status, "budi", Set.of("kepala-dinas")).anyStepAction())
                .isFalse();
        run.claim(ani);

        var holder = run.rules.options(run.status, "ani", Set.of("petugas-pelayanan"));
        var colleague = run.rules.options(run.status, "eko", Set.of("petugas-pelayanan"));
        assertThat(holder)
                .extracting(StepOptions::take, StepOptions::release, StepOptions::complete, StepOptions::decide)
                .containsExactly(false, true, true, false);
        assertThat(holder.heldBy()).isNull();
        assertThat(colleague.anyStepAction()).isFalse();
        assertThat(colleague.heldBy()).isEqualTo("Ani");
        assertThat(colleague.heldSince()).isEqualTo(CaseRulesTests.T0);
    }

    @Test
    void offersTheReturnAtADecisionWhoseTidakSendsThePapersBack() {
        var staf = Acting.self("sri", "Sri", "staf-yankes");
        var run = new Run(SopFormat.seed("dinkes-belitung"), staf);
        run.claimAndComplete(staf);
        run.claim(staf);

        var options = run.rules.options(run.status, "sri", Set.of("staf-yankes"));

        assertThat(options.decide()).isTrue();
        assertThat(options.complete()).isFalse();
        assertThat(options.returnToApplicant()).isTrue();
        assertThat(options.tidakReturnsToApplicant()).isTrue();
    }

    @Test
    void offersTheOutsidePartysResultToItsUserAndWithEvidenceToTheFrontDesk() {
        var petugas = Acting.self("ani", "Ani", "petugas-pelayanan");
        var run = new Run(SopFormat.seed("dinsos-solok"), petugas);
        run.claimAndComplete(petugas);
        run.claimAndComplete(Acting.self("kadis", "Kadis", "kepala-dinas"));
        run.claimAndComplete(Acting.self("kabid", "Kabid", "kepala-bidang"));
        run.claimAndComplete(Acting.self("korpel", "Korpel", "koordinator-pelayanan"));
        run.claimAndComplete(Acting.self("kadis", "Kadis", "kepala-dinas"));

        var bpjs = run.rules.options(run.status, "bpjs1", Set.of("bpjs-kesehatan"));
        var frontDesk = run.rules.options(run.status, "ani", Set.of("petugas-pelayanan"));
        var head = run.rules.options(run.status, "kadis", Set.of("kepala-dinas"));

        assertThat(bpjs.recordOutsideResult()).isTrue();
        assertThat(bpjs.evidenceRequired()).isFalse();
        assertThat(bpjs.take()).isFalse();
        assertThat(frontDesk.recordOutsideResult()).isTrue();
        assertThat(frontDesk.evidenceRequired()).isTrue();
        assertThat(head.recordOutsideResult()).isFalse();
        assertThat(head.cancel()).isTrue();
        assertThat(head.withdraw()).isFalse();
    }

    @Test
    void offersAnOfficerEveryPositionTheyActInTodayAtOnce() {
        var ani = Acting.self("ani", "Ani", "petugas-pelayanan");
        var run = new Run(SopFormat.seed("dinsosppkb-rembang"), ani);
        run.claimAndComplete(ani);

        // A kabid standing in for the kasi (Plh) acts in both positions.
        var plh = run.rules.options(run.status, "kabid", Set.of("kabid-rehabilitasi-jamsos", "kasi-rehabsos"));

        assertThat(plh.take()).isTrue();
        assertThat(plh.cancel()).isTrue();
    }

    @Test
    void offersNothingOnAnEndedCase() {
        var ani = Acting.self("ani", "Ani", "petugas-pelayanan");
        var run = new Run(SopFormat.seed("dinsosppkb-rembang"), ani);
        run.apply(run.rules.withdraw(run.status, ani, "pemohon mundur"), ani);

        assertThat(run.rules.options(run.status, "ani", Set.of("petugas-pelayanan")))
                .isEqualTo(StepOptions.NONE);
    }

    /**
     * Along random operations on the seeds, for every lane and two users at every point: a flag is set exactly when the
     * operation of its name, with complete input, would be allowed.
     */
    @Test
    void offersExactlyTheOperationsTheRulesAllow() {
        var random = new Random(20261202L);
        List<Sop> sops = List.of(
                SopFormat.seed("dinsosppkb-rembang"),
                SopFormat.seed("dinsos-solok"),
                SopFormat.seed("dinkes-belitung"),
                SopFormat.seed("kemenag-jaksel"),
                SopFormat.seed("dinsos-kaltara"));
        int checked = 0;
        for (int sequence = 0; sequence < 200; sequence++) {
            Sop sop = sops.get(random.nextInt(sops.size()));
            var front = Acting.self("u0", "U0", new Route(sop).frontDeskLane());
            var run = new Run(sop, front);
            for (int op = 0; op < 40 && !run.status.state().ended(); op++) {
                for (Actor lane : sop.actors()) {
                    for (String user : List.of("u0", "u1")) {
                        assertAgrees(run, Acting.self(user, user, lane.id()));
                        checked++;
                    }
                }
                stepForward(random, run, sop);
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    private static void assertAgrees(Run run, Acting acting) {
        CaseRules rules = run.rules;
        CaseStatus status = run.status;
        var step = status.current();
        StepOptions options = rules.options(status, acting.username(), Set.of(acting.positionCode()));
        String where = acting + " at " + status;
        assertThat(options.resume()).as("resume " + where).isEqualTo(allowed(() -> rules.resume(status, acting)));
        assertThat(options.cancel())
                .as("cancel " + where)
                .isEqualTo(allowed(() -> rules.cancel(status, acting, "alasan")));
        assertThat(options.withdraw())
                .as("withdraw " + where)
                .isEqualTo(allowed(() -> rules.withdraw(status, acting, "alasan")));
        if (step == null) {
            assertThat(options.take() || options.release() || options.complete() || options.decide())
                    .as(where)
                    .isFalse();
            return;
        }
        assertThat(options.take())
                .as("take " + where)
                .isEqualTo(allowed(() -> rules.claim(status, step, acting))
                        && rules.claim(status, step, acting).change() == StepChange.CLAIM);
        assertThat(options.release())
                .as("release " + where)
                .isEqualTo(allowed(() -> rules.release(status, step, acting)));
        assertThat(options.complete())
                .as("complete " + where)
                .isEqualTo(allowed(() -> rules.complete(status, step, acting)));
        assertThat(options.decide())
                .as("decide " + where)
                .isEqualTo(allowed(() -> rules.decide(status, step, acting, Verdict.YA, "catatan")));
        assertThat(options.returnToApplicant())
                .as("return " + where)
                .isEqualTo(allowed(() -> rules.returnToApplicant(status, step, acting, "lengkapi")));
        assertThat(options.recordOutsideResult())
                .as("outside result " + where)
                .isEqualTo(allowed(() -> rules.recordOutsideResult(status, step, acting, WITH_SCAN)));
        if (options.recordOutsideResult()) {
            assertThat(options.evidenceRequired())
                    .as("evidence " + where)
                    .isEqualTo(!allowed(() -> rules.recordOutsideResult(status, step, acting, WITHOUT_SCAN)));
        }
        assertThat(options.recordHandOver())
                .as("hand-over " + where)
                .isEqualTo(allowed(() ->
                        rules.recordHandOver(status, step, acting, new HandOver("Siti", CaseRulesTests.T0, "KTP"))));
    }

    private static boolean allowed(Supplier<Move> operation) {
        try {
            operation.get();
            return true;
        } catch (TransitionNotAllowedException | StepTakenException refusal) {
            return false;
        }
    }

    /** One allowed operation, chosen at random among what the options offer someone. */
    private static void stepForward(Random random, Run run, Sop sop) {
        var status = run.status;
        var lanes = sop.actors();
        for (int tries = 0; tries < 20; tries++) {
            var acting = Acting.self(
                    "u" + random.nextInt(2),
                    "U",
                    lanes.get(random.nextInt(lanes.size())).id());
            var options = run.rules.options(status, acting.username(), Set.of(acting.positionCode()));
            var step = status.current();
            Move move = null;
            if (options.take()) {
                move = run.rules.claim(status, step, acting);
            } else if (options.decide()) {
                move = run.rules.decide(
                        status, step, acting, random.nextInt(3) == 0 ? Verdict.TIDAK : Verdict.YA, "catatan");
            } else if (options.complete()) {
                move = run.rules.complete(status, step, acting);
            } else if (options.recordOutsideResult()) {
                move = run.rules.recordOutsideResult(status, step, acting, WITH_SCAN);
            } else if (options.recordHandOver()) {
                move = run.rules.recordHandOver(status, step, acting, new HandOver("Siti", CaseRulesTests.T0, "KTP"));
            } else if (options.resume()) {
                move = run.rules.resume(status, acting);
            }
            if (move != null) {
                run.apply(move, acting);
                return;
            }
        }
        var front = Acting.self("u0", "U0", new Route(sop).frontDeskLane());
        run.apply(run.rules.withdraw(status, front, "selesai diuji"), front);
    }
}
