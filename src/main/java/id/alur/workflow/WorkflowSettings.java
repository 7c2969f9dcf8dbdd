package id.alur.workflow;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the workflow module ({@code alur.workflow.*}).
 *
 * @param overdueScanEnabled whether this node runs the overdue scan (ShedLock keeps it to one node at a time anyway)
 * @param overdueScanDelay the pause between two scans
 * @param overdueBatchSize how many steps one scan transaction flags at most
 * @param overdueLockAtMostFor how long a crashed node may keep the scan's lock
 */
@Validated
@ConfigurationProperties("alur.workflow")
record WorkflowSettings(
        Boolean overdueScanEnabled,
        Duration overdueScanDelay,
        Integer overdueBatchSize,
        Duration overdueLockAtMostFor) {

    WorkflowSettings {
        if (overdueScanEnabled == null) {
            overdueScanEnabled = true;
        }
        if (overdueScanDelay == null) {
            overdueScanDelay = Duration.ofMinutes(1);
        }
        if (overdueBatchSize == null) {
            overdueBatchSize = 500;
        }
        if (overdueBatchSize < 1) {
            throw new IllegalArgumentException("alur.workflow.overdue-batch-size must be positive");
        }
        if (overdueLockAtMostFor == null) {
            overdueLockAtMostFor = Duration.ofMinutes(10);
        }
    }
}
