package id.alur.workflow;

/** Identifies one step: one activity of the SOP as it runs in one case (a repeated activity gets a new step). */
public record StepId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
