package id.alur.platform;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects every problem of an input before refusing it, so the user sees all of them at once:
 *
 * <pre>{@code
 * var problems = new InputProblems();
 * problems.check(!name.isBlank(), "name", "office.office.nameRequired");
 * problems.throwIfAny();
 * }</pre>
 */
public final class InputProblems {

    private final List<InputProblem> problems = new ArrayList<>();

    /** Records a problem with {@code field} unless {@code ok}; returns {@code ok}. */
    public boolean check(boolean ok, @Nullable String field, String messageKey, Object... arguments) {
        if (!ok) {
            add(field, messageKey, arguments);
        }
        return ok;
    }

    public void add(@Nullable String field, String messageKey, Object... arguments) {
        problems.add(InputProblem.ofField(field, messageKey, arguments));
    }

    public void add(InputProblem problem) {
        problems.add(problem);
    }

    /** Whether a problem was already recorded for the field (to skip checks that would only repeat it). */
    public boolean has(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws an {@link InvalidInputException} with every problem recorded, if any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
