package id.alur.platform;

import java.util.Arrays;
import java.util.List;

/**
 * Base of every exception a user can cause. It carries a message key of the bundles and its arguments, so the
 * one place that maps it to HTTP ({@code PageExceptionAdvice}, {@code ApiExceptionAdvice}) can say it in the
 * user's language. The exception message itself is for developers (English).
 */
public abstract class AlurException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    protected AlurException(String developerMessage, String messageKey, Object... arguments) {
        super(developerMessage);
        this.messageKey = messageKey;
        this.arguments = arguments == null ? List.of() : Arrays.asList(arguments.clone());
    }

    /** The key of the user-facing message in the bundles, e.g. {@code office.user.usernameTaken}. */
    public String messageKey() {
        return messageKey;
    }

    /** The arguments of the message ({0}, {1}, ...). */
    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.toArray();
    }
}
