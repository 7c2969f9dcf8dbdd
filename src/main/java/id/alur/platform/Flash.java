package id.alur.platform;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A message shown once on the next page (after a redirect), e.g.
 * {@code redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.user.created", username))}. The layout
 * shows it; the session (in the database) carries it, so its arguments must be strings or numbers.
 */
public record Flash(Kind kind, String messageKey, List<Serializable> arguments) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The model / flash attribute name the layout reads. */
    public static final String ATTRIBUTE = "flash";

    public enum Kind {
        SUCCESS,
        INFO,
        WARNING,
        DANGER;

        /** The Bootstrap alert class. */
        public String cssClass() {
            return "alert-" + name().toLowerCase(Locale.ROOT);
        }
    }

    public Flash {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Flash success(String messageKey, Serializable... arguments) {
        return new Flash(Kind.SUCCESS, messageKey, Arrays.asList(arguments));
    }

    public static Flash info(String messageKey, Serializable... arguments) {
        return new Flash(Kind.INFO, messageKey, Arrays.asList(arguments));
    }

    public static Flash warning(String messageKey, Serializable... arguments) {
        return new Flash(Kind.WARNING, messageKey, Arrays.asList(arguments));
    }

    /** The arguments as an array, for {@code #messages.msgWithParams}. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
