package id.alur.platform;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with what a user entered or uploaded.
 *
 * @param field the form field or column the problem is about, or {@code null} when it is about the whole input
 * @param row the 1-based row or line of an imported file, or {@code null} for a form
 * @param messageKey the key of the user-facing message
 * @param arguments the message's arguments
 */
public record InputProblem(@Nullable String field, @Nullable Integer row, String messageKey, List<Object> arguments) {

    public InputProblem {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("An input problem needs a message key");
        }
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
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
}
