package id.alur.workflow;

import static id.alur.workflow.WorkflowFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.alur.calendar.WorkingCalendar;
import id.alur.sop.SopService;
import id.alur.workflow.WorkflowFixture.Office;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The scheduled overdue scan as deployed: a node whose scan finds the ShedLock lock held by another node does nothing;
 * once the lock is free it flags the step. Runs the scan on the real clock, on a case started thirty days ago.
 */
@WorkflowModuleTest
@TestPropertySource(properties = {"alur.workflow.overdue-scan-enabled=true", "alur.workflow.overdue-scan-delay=PT1H"})
@RecordApplicationEvents
class OverdueScanIntegrationTests {

    @Autowired
    OverdueScan scan;

    @Autowired
    LockProvider locks;

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

    @Test
    void skipsTheScanWhileAnotherNodeHoldsTheLockAndFlagsOnceItIsFree() {
        // Solok's SOP has been effective since 15 January 2024, so a case can start a month back.
        Office office = new WorkflowFixture(sops, calendar, workflow, jdbc).office("dinsos-solok");
        Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
        CaseView started = workflow.start(office.code(), office.sopCode(), "LATE-1", as("petugas-pelayanan"), monthAgo);
        StepId step = started.currentStep().orElseThrow().id();

        var otherNode = locks.lock(new LockConfiguration(
                        Instant.now(), "workflow-overdue-scan", Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            scan.scan();
            assertThat(workflow.caseView(started.id())
                            .currentStep()
                            .orElseThrow()
                            .overdueFlaggedAt())
                    .isNull();
        } finally {
            otherNode.unlock();
        }
        scan.scan();

        assertThat(workflow.caseView(started.id()).currentStep().orElseThrow().overdueFlaggedAt())
                .isNotNull();
        assertThat(events.stream(StepOverdue.class).filter(e -> e.stepId().equals(step)))
                .singleElement();
    }
}
