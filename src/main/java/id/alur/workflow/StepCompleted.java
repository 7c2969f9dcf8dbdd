package id.alur.workflow;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A step closed by being done: completed, decided, recorded, handed over or returned ({@code action} says which).
 *
 * @param withinStandard {@code null} when the SOP gives the activity no standard time
 */
public record StepCompleted(
        CaseId caseId,
        StepId stepId,
        String officeCode,
        String subjectRef,
        int activityNumber,
        String positionCode,
        HistoryAction action,
        String actorUsername,
        Instant completedAt,
        Duration workingTime,
        @Nullable Boolean withinStandard) {}
