package id.alur.workflow;

import id.alur.platform.ConcurrentChangeException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Another officer took or finished the step first (HTTP 409): says who and when, so the loser can be told "already
 * taken by X at T", and carries the case as it stands now when the workflow read it ({@link #current()}). Nothing of
 * the losing operation was written.
 */
public final class StepTakenException extends ConcurrentChangeException {

    private final @Nullable StepId stepId;
    private final String takenByUsername;
    private final @Nullable String takenByName;
    private final @Nullable Instant takenAt;

    public StepTakenException(
            @Nullable StepId stepId, String takenByUsername, @Nullable String takenByName, @Nullable Instant takenAt) {
        this(stepId, takenByUsername, takenByName, takenAt, null);
    }

    private StepTakenException(
            @Nullable StepId stepId,
            String takenByUsername,
            @Nullable String takenByName,
            @Nullable Instant takenAt,
            @Nullable CaseView current) {
        super("workflow.step.taken", takenByName == null ? takenByUsername : takenByName, takenAt, current);
        this.stepId = stepId;
        this.takenByUsername = takenByUsername;
        this.takenByName = takenByName;
        this.takenAt = takenAt;
    }

    /** The same refusal with the case as it stands now. */
    StepTakenException with(CaseView current) {
        return new StepTakenException(stepId, takenByUsername, takenByName, takenAt, current);
    }

    /** The step taken, or {@code null} when a case-level operation lost to a transition without one. */
    public @Nullable StepId stepId() {
        return stepId;
    }

    public String takenByUsername() {
        return takenByUsername;
    }

    public @Nullable String takenByName() {
        return takenByName;
    }

    public @Nullable Instant takenAt() {
        return takenAt;
    }

    /** The case as it stands now, or {@code null} when it was not read. */
    @Override
    public @Nullable CaseView current() {
        return (CaseView) super.current();
    }
}
