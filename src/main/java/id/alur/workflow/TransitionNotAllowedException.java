package id.alur.workflow;

/**
 * The SOP or the case's state does not allow the operation, or its input is incomplete. {@link #reason()} is the
 * message key (e.g. {@code workflow.step.wrongPosition}); {@link #field()} names the offending input when there is one.
 */
public final class TransitionNotAllowedException extends WorkflowException {

    private final String reason;
    private final String field;

    public TransitionNotAllowedException(String reason, String field, String detail, Object... arguments) {
        super(detail, reason, arguments);
        this.reason = reason;
        this.field = field;
    }

    static TransitionNotAllowedException because(String reason, String detail, Object... arguments) {
        return new TransitionNotAllowedException(reason, null, detail, arguments);
    }

    static TransitionNotAllowedException missing(String reason, String field, String detail) {
        return new TransitionNotAllowedException(reason, field, detail);
    }

    /** The message key that says why, e.g. {@code workflow.case.ended}. */
    public String reason() {
        return reason;
    }

    /** The input field at fault ({@code note}, {@code reference} …), or {@code null}. */
    public String field() {
        return field;
    }
}
