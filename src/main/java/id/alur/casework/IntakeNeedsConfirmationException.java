package id.alur.casework;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.util.List;

/**
 * The intake is valid but has warnings the officer has not confirmed yet (a second open permohonan for the same
 * NIK and service, missing papers the officer may accept, a region code not in the list). Nothing was written;
 * submitting again with the warnings' {@link InputProblem#token() tokens} in {@link Intake#acknowledgedWarnings()}
 * goes through. Every one of its {@link #problems()} is a warning.
 */
public class IntakeNeedsConfirmationException extends InvalidInputException {

    /** What the answer as a whole says: confirm the warnings (each warning has its own message). */
    static final String MESSAGE_KEY = "casework.api.confirmationRequired";

    /** What the registry answered for the intake's NIKs (issue 16 item 2), for the confirmation step to show. */
    private final transient List<RegistryFinding> findings;

    public IntakeNeedsConfirmationException(List<InputProblem> warnings) {
        this(warnings, List.of());
    }

    IntakeNeedsConfirmationException(List<InputProblem> warnings, List<RegistryFinding> findings) {
        super(warnings);
        if (warnings.stream().anyMatch(w -> !w.warning())) {
            throw new IllegalArgumentException("Only warnings need a confirmation");
        }
        this.findings = List.copyOf(findings);
    }

    /**
     * The registry's answers the refused submit looked up: the confirmation step shows them rather than reading the
     * registry a second time.
     */
    List<RegistryFinding> findings() {
        return findings;
    }

    /** The warnings not yet confirmed. */
    public List<InputProblem> warnings() {
        return problems();
    }

    @Override
    public String messageKey() {
        return MESSAGE_KEY;
    }

    @Override
    public Object[] arguments() {
        return new Object[0];
    }
}
