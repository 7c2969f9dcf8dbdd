package id.alur.platform;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with what a user entered or uploaded, or, as a warning, worth a second look before it is accepted
 * (the intake's "confirm to go on": a second open application for the same NIK, papers the officer may accept as
 * missing).
 *
 * @param field the form field or column the problem is about, or {@code null} when it is about the whole input
 * @param row the 1-based row or line of an imported file, or {@code null} for a form
 * @param messageKey the key of the user-facing message
 * @param arguments the message's arguments
 * @param warning {@code true} when the input may be accepted once the user confirms it (see {@link #token()})
 */
public record InputProblem(
        @Nullable String field, @Nullable Integer row, String messageKey, List<Object> arguments, boolean warning) {

    public InputProblem {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("An input problem needs a message key");
        }
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** An error (not a warning). */
    public InputProblem(@Nullable String field, @Nullable Integer row, String messageKey, List<Object> arguments) {
        this(field, row, messageKey, arguments, false);
    }

    /** A problem with one form field. */
    public static InputProblem ofField(@Nullable String field, String messageKey, Object... arguments) {
        return new InputProblem(field, null, messageKey, Arrays.asList(arguments));
    }

    /** A problem with a row (and optionally a column) of an imported file. */
    public static InputProblem ofRow(int row, @Nullable String field, String messageKey, Object... arguments) {
        return new InputProblem(field, row, messageKey, Arrays.asList(arguments));
    }

    /** A problem with the input as a whole. */
    public static InputProblem general(String messageKey, Object... arguments) {
        return new InputProblem(null, null, messageKey, Arrays.asList(arguments));
    }

    /** A warning about one form field: the input goes through once the user confirms this very warning. */
    public static InputProblem warning(String field, String messageKey, Object... arguments) {
        return new InputProblem(field, null, messageKey, Arrays.asList(arguments), true);
    }

    /**
     * Names this problem so that a user can acknowledge exactly this warning: a confirmation given for one warning
     * does not carry over to a different one that appears after the form was changed.
     */
    public String token() {
        return field + "|" + messageKey + "|"
                + arguments.stream().map(String::valueOf).collect(Collectors.joining("|"));
    }
}
