package id.alur.workflow;

import java.time.Instant;

/**
 * Another officer took or finished the step first (HTTP 409): says who and when, so the loser can be told "already
 * taken by X at T".
 */
public final class StepTakenException extends WorkflowException {

    private final StepId stepId;
    private final String takenByUsername;
    private final String takenByName;
    private final Instant takenAt;

    public StepTakenException(StepId stepId, String takenByUsername, String takenByName, Instant takenAt) {
        super(
                "Step " + stepId + " already taken by " + takenByUsername + " at " + takenAt,
                "workflow.step.taken",
                takenByName,
                takenAt);
        this.stepId = stepId;
        this.takenByUsername = takenByUsername;
        this.takenByName = takenByName;
        this.takenAt = takenAt;
    }

    /** The step taken, or {@code null} when a case-level operation lost to a transition without one. */
    public StepId stepId() {
        return stepId;
    }

    public String takenByUsername() {
        return takenByUsername;
    }

    public String takenByName() {
        return takenByName;
    }

    public Instant takenAt() {
        return takenAt;
    }
}
