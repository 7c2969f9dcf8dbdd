package id.alur.casework;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The intake (or the papers of a permohonan) was refused: each error names its field. Nothing was written. The
 * warnings found at the same time come along among the {@link #problems()}, flagged as such, so the form can show them
 * too.
 */
public class InvalidIntakeException extends InvalidInputException {

    public InvalidIntakeException(List<InputProblem> errors, List<InputProblem> warnings) {
        super(Stream.concat(errors.stream(), warnings.stream()).toList());
        if (errors.isEmpty() || errors.stream().anyMatch(InputProblem::warning)) {
            throw new IllegalArgumentException("An invalid intake needs at least one error, and errors only first");
        }
    }

    /** One error with one field. */
    static InvalidIntakeException of(String field, String messageKey, Object... arguments) {
        return new InvalidIntakeException(List.of(InputProblem.ofField(field, messageKey, arguments)), List.of());
    }

    public List<InputProblem> errors() {
        return problems().stream().filter(p -> !p.warning()).toList();
    }

    public List<InputProblem> warnings() {
        return problems().stream().filter(InputProblem::warning).toList();
    }
}
