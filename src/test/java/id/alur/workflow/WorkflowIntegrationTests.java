package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.calendar.WorkingCalendar;
import id.alur.sop.SopFormat;
import id.alur.sop.SopService;
import id.alur.sop.SopVersionView;
import id.alur.workflow.WorkflowFixture.Office;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Refusals, versions, the append-only history, the overdue scan and the inbox, through the public API. */
@WorkflowModuleTest
@RecordApplicationEvents
class WorkflowIntegrationTests {

    @Autowired
    WorkflowService workflow;

    @Autowired
    SopService sops;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    LockProvider lockProvider;

    WorkflowFixture fixture;
    Office office;
    Instant monday;
    final Acting petugas = as("petugas-pelayanan");

    @BeforeEach
    void setUp() {
        fixture = new WorkflowFixture(sops, calendar, workflow, jdbc);
        office = fixture.office("dinsosppkb-rembang");
        monday = office.at("2027-02-01T08:00");
    }

    CaseView start() {
        return workflow.start(office.code(), office.sopCode(), "PMH-" + System.nanoTime(), petugas, monday);
    }

    @Test
    void refusesToActWithoutTheStepsPositionAndWritesNothing() {
        CaseView started = start();
        StepId step = started.currentStep().orElseThrow().id();

        assertRefusedWithoutWriting(
                started.id(), () -> workflow.claim(step, as("kepala-dinas"), monday), "workflow.step.wrongPosition");
        assertRefusedWithoutWriting(
                started.id(), () -> workflow.claim(step, as("bpjs-kesehatan"), monday), "workflow.step.wrongPosition");
    }

    @Test
    void refusesToActOnAStepHeldByAnotherAndSaysWhoAndWhen() {
        CaseView started = start();
        StepId step = started.currentStep().orElseThrow().id();
        workflow.claim(step, petugas, monday.plusSeconds(60));
        CaseView held = workflow.caseView(started.id());
        long rows = fixture.historyRows(started.id());
        Acting other = as("petugas-pelayanan", 2);

        for (ThrowingCallable call : new ThrowingCallable[] {
            () -> workflow.claim(step, other, monday.plusSeconds(120)),
            () -> workflow.complete(step, null, null, other, monday.plusSeconds(120)),
            () -> workflow.release(step, other, monday.plusSeconds(120))
        }) {
            assertThatThrownBy(call).isInstanceOfSatisfying(StepTakenException.class, e -> {
                assertThat(e.takenByUsername()).isEqualTo("petugas-pelayanan-1");
                assertThat(e.takenByName()).isEqualTo("Pejabat petugas-pelayanan");
                assertThat(e.takenAt()).isEqualTo(monday.plusSeconds(60));
                assertThat(e.messageKey()).isEqualTo("workflow.step.taken");
            });
        }
        assertThat(fixture.historyRows(started.id())).isEqualTo(rows);
        assertThat(workflow.caseView(started.id()).version()).isEqualTo(held.version());
    }

    @Test
    void refusesToCompleteAStepNotTakenAndTidakWithoutANote() {
        CaseView started = start();
        StepId step = started.currentStep().orElseThrow().id();
        assertRefusedWithoutWriting(
                started.id(), () -> workflow.complete(step, null, null, petugas, monday), "workflow.step.notClaimed");
        workflow.claim(step, petugas, monday);
        workflow.complete(step, null, null, petugas, monday.plusSeconds(60));
        StepId verification =
                workflow.caseView(started.id()).currentStep().orElseThrow().id();
        workflow.claim(verification, as("kasi-rehabsos"), monday.plusSeconds(120));

        assertRefusedWithoutWriting(
                started.id(),
                () -> workflow.decide(verification, Verdict.TIDAK, "  ", as("kasi-rehabsos"), monday.plusSeconds(180)),
                "workflow.decision.noteRequired");
        assertRefusedWithoutWriting(
                started.id(),
                () -> workflow.complete(verification, null, null, as("kasi-rehabsos"), monday.plusSeconds(180)),
                "workflow.step.decisionRequired");
    }

    @Test
    void tellsWhoFinishedAStepWhenSomeoneActsOnItLater() {
        CaseView started = start();
        StepId step = started.currentStep().orElseThrow().id();
        workflow.claim(step, petugas, monday);
        workflow.complete(step, null, null, petugas, monday.plusSeconds(60));

        assertThatThrownBy(() -> workflow.claim(step, as("petugas-pelayanan", 2), monday.plusSeconds(90)))
                .isInstanceOfSatisfying(StepTakenException.class, e -> {
                    assertThat(e.takenByUsername()).isEqualTo("petugas-pelayanan-1");
                    assertThat(e.takenAt()).isEqualTo(monday.plusSeconds(60));
                });
    }

    @Test
    void refusesEveryOperationOnAnEndedCase() {
        CaseView started = start();
        StepId step = started.currentStep().orElseThrow().id();
        workflow.cancel(started.id(), "Permohonan ganda", as("kepala-dinas"), monday.plusSeconds(60));
        CaseView cancelled = workflow.caseView(started.id());
        assertThat(cancelled.state()).isEqualTo(CaseState.CANCELLED);
        assertThat(cancelled.endReason()).isEqualTo("Permohonan ganda");

        for (ThrowingCallable call : new ThrowingCallable[] {
            () -> workflow.claim(step, petugas, monday.plusSeconds(120)),
            () -> workflow.complete(step, null, null, petugas, monday.plusSeconds(120)),
            () -> workflow.resumeFromApplicant(started.id(), null, petugas, monday.plusSeconds(120)),
            () -> workflow.cancel(started.id(), "lagi", petugas, monday.plusSeconds(120)),
            () -> workflow.withdraw(started.id(), "lagi", petugas, monday.plusSeconds(120))
        }) {
            assertRefusedWithoutWriting(started.id(), call, "workflow.case.ended");
        }
        assertThat(events.stream(CaseCancelled.class).filter(e -> e.caseId().equals(started.id())))
                .singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(CaseState.CANCELLED));
    }

    @Test
    void recordsAWithdrawalOnTheApplicantsBehalf() {
        CaseView started = start();
        workflow.withdraw(started.id(), "Pemohon pindah domisili", petugas, monday.plusSeconds(60));

        CaseView view = workflow.caseView(started.id());
        assertThat(view.state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(view.currentSteps()).isEmpty();
        TimelineEntry last = workflow.history(started.id()).entries().getLast();
        assertThat(last.action()).isEqualTo(HistoryAction.WITHDRAWN);
        assertThat(last.recordedFor()).isEqualTo(LaneKind.APPLICANT);
        assertThat(last.note()).isEqualTo("Pemohon pindah domisili");
        assertRefusedWithoutWriting(
                started.id(), () -> workflow.withdraw(started.id(), null, petugas, monday), "workflow.case.ended");
    }

    @Test
    void refusesToStartOnAnUnpublishedVersionAndWritesNothing() {
        Office draftOnly = fixture.officeWithDraftOnly("dinsosppkb-rembang");

        assertThatThrownBy(() -> workflow.start(draftOnly.code(), draftOnly.sopCode(), "X-1", petugas, monday))
                .isInstanceOfSatisfying(
                        TransitionNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo("workflow.start.noSopInForce"));
        assertThatThrownBy(() -> workflow.start(draftOnly.version().id(), "X-2", petugas, monday))
                .isInstanceOfSatisfying(
                        TransitionNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo("workflow.start.notPublished"));
        assertThat(fixture.cases(draftOnly.code())).isZero();
    }

    @Test
    void refusesToStartForAnyoneButTheFrontDesk() {
        assertThatThrownBy(() -> workflow.start(office.code(), office.sopCode(), "X-3", as("kepala-dinas"), monday))
                .isInstanceOfSatisfying(
                        TransitionNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo("workflow.step.wrongPosition"));
        assertThat(fixture.cases(office.code())).isZero();
    }

    @Test
    void keepsARunningCaseOnItsVersionWhenARevisionIsPublished() {
        CaseView running = start();
        workflow.claim(running.currentStep().orElseThrow().id(), petugas, monday);
        // The revision gives the head of office ten minutes to sign instead of five.
        String revised = reviseSigningTime(SopFormat.seedSource("dinsosppkb-rembang"));
        SopVersionView revision = sops.publish(
                sops.createDraft(office.code(), "revisi.sop.yaml", revised).id());
        assertThat(revision.version()).isEqualTo(2);

        var journey = new Object() {
            Instant now = monday;
        };
        Acting[] chain = {petugas, as("kasi-rehabsos"), as("kabid-rehabilitasi-jamsos")};
        for (Acting acting : chain) {
            StepId step =
                    workflow.caseView(running.id()).currentStep().orElseThrow().id();
            journey.now = journey.now.plusSeconds(60);
            workflow.claim(step, acting, journey.now);
            if (acting == petugas) {
                workflow.complete(step, null, null, acting, journey.now);
            } else {
                workflow.decide(step, Verdict.YA, null, acting, journey.now);
            }
        }
        StepView signing = workflow.caseView(running.id()).currentStep().orElseThrow();
        assertThat(signing.activityNumber()).isEqualTo(4);
        assertThat(signing.dueAt()).isEqualTo(journey.now.plus(Duration.ofMinutes(5)));
        assertThat(workflow.caseView(running.id()).sopVersionId())
                .isEqualTo(office.version().id().value());

        CaseView fresh = workflow.start(office.code(), office.sopCode(), "PMH-NEW", petugas, journey.now);
        assertThat(fresh.sopVersionId()).isEqualTo(revision.id().value());
    }

    private static String reviseSigningTime(String source) {
        int signing = source.indexOf("Menandatangani Surat Pengantar");
        int time = source.indexOf("waktu: 5 menit", signing);
        return source.substring(0, time) + "waktu: 10 menit" + source.substring(time + "waktu: 5 menit".length());
    }

    @Test
    void keepsTheHistoryAppendOnlyInTheDatabase() {
        CaseView started = start();
        long rows = fixture.historyRows(started.id());

        assertThatThrownBy(() -> jdbc.sql("update workflow_history set note = 'diubah' where case_id = :id")
                        .param("id", started.id().value())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from workflow_history where case_id = :id")
                        .param("id", started.id().value())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(fixture.historyRows(started.id())).isEqualTo(rows);
    }

    @Test
    void flagsAnOverdueStepOnceEvenWhenTwoNodesScanAtOnce() throws Exception {
        CaseView started = start();
        StepId step = started.currentStep().orElseThrow().id();
        Instant late = monday.plus(Duration.ofMinutes(6));

        try (var nodes = Executors.newFixedThreadPool(2)) {
            Future<Integer> a = nodes.submit(() -> workflow.flagOverdueSteps(late));
            Future<Integer> b = nodes.submit(() -> workflow.flagOverdueSteps(late));
            assertThat(a.get() + b.get()).isPositive();
        }
        workflow.flagOverdueSteps(late.plusSeconds(600));

        assertThat(events.stream(StepOverdue.class).filter(e -> e.stepId().equals(step)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.dueAt()).isEqualTo(monday.plus(Duration.ofMinutes(5)));
                    assertThat(e.positionCode()).isEqualTo("petugas-pelayanan");
                });
        StepView flagged = workflow.caseView(started.id()).currentStep().orElseThrow();
        assertThat(flagged.overdueFlaggedAt()).isEqualTo(late);
        assertThat(flagged.overdueAt(late)).isTrue();
    }

    @Test
    void holdsTheOverdueScanLockOnOneNodeAtATime() {
        var config = new LockConfiguration(
                Instant.now(), "workflow-test-lock-" + System.nanoTime(), Duration.ofMinutes(1), Duration.ZERO);
        var first = lockProvider.lock(config);
        assertThat(first).isPresent();
        assertThat(lockProvider.lock(config)).isEmpty();
        first.get().unlock();
        assertThat(lockProvider.lock(config)).isPresent();
    }

    @Test
    void showsEachPositionItsOpenStepsOldestFirstWithClaimAndOverdueFilters() {
        CaseView first = start();
        CaseView second = workflow.start(office.code(), office.sopCode(), "PMH-B", petugas, monday.plusSeconds(60));
        CaseView third = workflow.start(office.code(), office.sopCode(), "PMH-C", petugas, monday.plusSeconds(120));
        workflow.claim(second.currentStep().orElseThrow().id(), petugas, monday.plusSeconds(180));
        Instant now = monday.plus(Duration.ofMinutes(5)).plusSeconds(30);

        InboxPage all = workflow.inbox(office.code(), Set.of("petugas-pelayanan"), InboxFilter.all(now), 0, 2);
        assertThat(all.rows()).extracting(InboxRow::caseId).containsExactly(first.id(), second.id());
        assertThat(all.hasMore()).isTrue();
        assertThat(all.rows().getFirst().overdue()).isTrue();
        assertThat(all.rows().get(1).overdue()).isFalse();
        assertThat(all.rows().get(1).claimedBy()).isEqualTo("petugas-pelayanan-1");
        assertThat(all.rows().getFirst().sopName())
                .isEqualTo(office.version().sop().header().name());
        InboxPage next = workflow.inbox(office.code(), Set.of("petugas-pelayanan"), InboxFilter.all(now), 1, 2);
        assertThat(next.rows()).extracting(InboxRow::caseId).containsExactly(third.id());
        assertThat(next.hasMore()).isFalse();

        assertThat(workflow.inbox(
                                office.code(),
                                Set.of("petugas-pelayanan"),
                                new InboxFilter(null, true, false, null, now),
                                0,
                                10)
                        .rows())
                .extracting(InboxRow::caseId)
                .containsExactly(first.id(), third.id());
        assertThat(workflow.inbox(
                                office.code(),
                                Set.of("petugas-pelayanan"),
                                new InboxFilter("petugas-pelayanan-1", false, false, null, now),
                                0,
                                10)
                        .rows())
                .extracting(InboxRow::caseId)
                .containsExactly(second.id());
        assertThat(workflow.inbox(
                                office.code(),
                                Set.of("petugas-pelayanan"),
                                new InboxFilter(null, false, true, null, now),
                                0,
                                10)
                        .rows())
                .extracting(InboxRow::caseId)
                .containsExactly(first.id());
        assertThat(workflow.inbox(office.code(), Set.of("kepala-dinas"), InboxFilter.all(now), 0, 10)
                        .rows())
                .isEmpty();
    }

    @Test
    void reportsAMissingCase() {
        assertThatThrownBy(() -> workflow.caseView(new CaseId(Long.MAX_VALUE)))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> workflow.claim(new StepId(Long.MAX_VALUE), petugas, monday))
                .isInstanceOfSatisfying(
                        CaseNotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workflow.step.notFound"));
    }

    private void assertRefusedWithoutWriting(CaseId id, ThrowingCallable call, String reason) {
        long rows = fixture.historyRows(id);
        int version = workflow.caseView(id).version();
        long published = events.stream(Record.class).count();
        assertThat(published)
                .as("the case's own events are recorded, so a stray one would show")
                .isPositive();
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        TransitionNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(fixture.historyRows(id)).isEqualTo(rows);
        assertThat(workflow.caseView(id).version()).isEqualTo(version);
        assertThat(events.stream(Record.class).skip(published))
                .as("events published by a refused operation")
                .isEmpty();
    }
}
