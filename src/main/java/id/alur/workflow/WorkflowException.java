package id.alur.workflow;

import java.util.List;

/**
 * A refused workflow operation. Carries a message key of {@code i18n/workflow*.properties} and its arguments for the
 * user; the exception message is English for developers. Nothing was written when one is thrown.
 */
public abstract sealed class WorkflowException extends RuntimeException
        permits StepTakenException, TransitionNotAllowedException, CaseNotFoundException {

    private final String messageKey;
    private final List<Object> arguments;

    WorkflowException(String message, String messageKey, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArguments() {
        return arguments.toArray();
    }
}
