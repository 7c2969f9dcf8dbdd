package id.alur.sop;

import java.util.Arrays;
import java.util.List;

/**
 * One thing missing before an SOP version can run, with the page that fixes it.
 *
 * @param severity {@link Severity#ERROR} blocks publishing; a {@link Severity#WARNING} is shown only
 * @param messageKey the key of the user-facing message, in the bundle of the module that checks
 * @param arguments the message's arguments
 * @param fixLink the path of the page where an admin fixes it, e.g. {@code /admin/offices/dinsos-solok}
 */
public record ReadinessItem(Severity severity, String messageKey, List<Object> arguments, String fixLink) {

    public ReadinessItem {
        arguments = List.copyOf(arguments);
    }

    /** A blocking item. */
    public static ReadinessItem blocking(String fixLink, String messageKey, Object... arguments) {
        return new ReadinessItem(Severity.ERROR, messageKey, Arrays.asList(arguments), fixLink);
    }

    /** An item shown without blocking. */
    public static ReadinessItem warning(String fixLink, String messageKey, Object... arguments) {
        return new ReadinessItem(Severity.WARNING, messageKey, Arrays.asList(arguments), fixLink);
    }

    public boolean blocks() {
        return severity == Severity.ERROR;
    }
}
