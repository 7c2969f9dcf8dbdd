package id.alur.casework;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The intake was refused: each error names its field. Nothing was written. The warnings found at the same time come
 * along so the form can show them too.
 */
public class InvalidIntakeException extends RuntimeException {

    private final transient List<FieldProblem> errors;
    private final transient List<FieldProblem> warnings;

    public InvalidIntakeException(List<FieldProblem> errors, List<FieldProblem> warnings) {
        super("Intake refused: "
                + errors.stream().map(e -> e.field() + " " + e.messageKey()).collect(Collectors.joining(", ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A refused intake needs at least one error");
        }
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public List<FieldProblem> warnings() {
        return warnings;
    }
}
