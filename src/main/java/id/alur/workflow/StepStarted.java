package id.alur.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A step started: it is in the inbox of {@code positionCode} and due at {@code dueAt} (null without a standard). */
public record StepStarted(
        CaseId caseId,
        StepId stepId,
        String officeCode,
        String subjectRef,
        int activityNumber,
        String positionCode,
        LaneKind laneKind,
        Instant startedAt,
        @Nullable Instant dueAt) {}
