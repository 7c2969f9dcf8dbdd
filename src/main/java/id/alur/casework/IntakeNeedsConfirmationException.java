package id.alur.casework;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The intake is valid but has warnings the officer has not confirmed yet (a second open permohonan for the same
 * NIK and service, missing papers the officer may accept, a region code not in the list). Nothing was written;
 * submitting again with the warnings' {@link FieldProblem#token() tokens} in
 * {@link Intake#acknowledgedWarnings()} goes through.
 */
public class IntakeNeedsConfirmationException extends RuntimeException {

    private final transient List<FieldProblem> warnings;

    public IntakeNeedsConfirmationException(List<FieldProblem> warnings) {
        super("Intake needs confirmation of: "
                + warnings.stream().map(FieldProblem::token).collect(Collectors.joining(", ")));
        this.warnings = List.copyOf(warnings);
    }

    /** The warnings not yet confirmed. */
    public List<FieldProblem> warnings() {
        return warnings;
    }
}
