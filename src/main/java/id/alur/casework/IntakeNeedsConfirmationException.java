package id.alur.casework;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.util.List;

/**
 * The intake is valid but has warnings the officer has not confirmed yet (a second open permohonan for the same
 * NIK and service, missing papers the officer may accept, a region code not in the list). Nothing was written;
 * submitting again with the warnings' {@link FieldProblem#token() tokens} in
 * {@link Intake#acknowledgedWarnings()} goes through.
 */
public class IntakeNeedsConfirmationException extends InvalidInputException {

    private final transient List<FieldProblem> warnings;

    public IntakeNeedsConfirmationException(List<FieldProblem> warnings) {
        super(warnings.stream()
                .map(w ->
                        InputProblem.ofField(w.field(), w.messageKey(), w.args().toArray()))
                .toList());
        this.warnings = List.copyOf(warnings);
    }

    /** The warnings not yet confirmed. */
    public List<FieldProblem> warnings() {
        return warnings;
    }
}
