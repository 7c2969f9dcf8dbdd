package id.alur.workflow;

import id.alur.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The SOP or the case's state does not allow the operation, or its input is incomplete: bad input (HTTP 422), with one
 * problem whose message key is {@link #reason()} (e.g. {@code workflow.step.wrongPosition}) and whose field is
 * {@link #field()} when an input is at fault. Nothing was written.
 */
public final class TransitionNotAllowedException extends InvalidInputException {

    private final String detail;

    /**
     * @param reason the message key of {@code i18n/workflow*.properties}
     * @param field the input at fault, or {@code null}
     * @param detail what happened, in English, for developers (the exception's message)
     */
    public TransitionNotAllowedException(String reason, @Nullable String field, String detail, Object... arguments) {
        super(field, reason, arguments);
        this.detail = detail;
    }

    static TransitionNotAllowedException because(String reason, String detail, Object... arguments) {
        return new TransitionNotAllowedException(reason, null, detail, arguments);
    }

    static TransitionNotAllowedException missing(String reason, String field, String detail) {
        return new TransitionNotAllowedException(reason, field, detail);
    }

    /** The message key that says why, e.g. {@code workflow.case.ended}. */
    public String reason() {
        return messageKey();
    }

    /** The input field at fault ({@code note}, {@code reference} …), or {@code null}. */
    public @Nullable String field() {
        return problems().getFirst().field();
    }

    @Override
    public String getMessage() {
        return detail;
    }
}
