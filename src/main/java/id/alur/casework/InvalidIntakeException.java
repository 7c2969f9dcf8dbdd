package id.alur.casework;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.util.List;

/**
 * The intake was refused: each error names its field. Nothing was written. The warnings found at the same time come
 * along so the form can show them too.
 */
public class InvalidIntakeException extends InvalidInputException {

    private final transient List<FieldProblem> errors;
    private final transient List<FieldProblem> warnings;

    public InvalidIntakeException(List<FieldProblem> errors, List<FieldProblem> warnings) {
        super(errors.stream()
                .map(e ->
                        InputProblem.ofField(e.field(), e.messageKey(), e.args().toArray()))
                .toList());
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
