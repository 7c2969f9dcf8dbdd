package id.alur.letter;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.sop.SopService;
import id.alur.sop.SopVersionId;
import id.alur.sop.SopVersionView;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office admin's decision, per step of an SOP version, whether its output is a letter the office issues
 * ({@link LetterOutputs}); readiness ({@link LetterReadiness}) then asks for a setting of each such letter.
 */
@Component
class LetterOutputChoices {

    private final SopService sops;
    private final LetterOutputChoiceRepository choices;
    private final AuditTrail audit;
    private final Clock clock;

    LetterOutputChoices(
            SopService sops, LetterOutputChoiceRepository choices, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.sops = sops;
        this.choices = choices;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The office's SOP versions, by code and version. */
    @Transactional(readOnly = true)
    List<SopVersionView> versions(String officeCode) {
        return sops.versions(officeCode);
    }

    /**
     * The version, when it is one of the office's.
     *
     * @throws LetterNotFoundException for another office's version (office isolation: as if there were none)
     */
    @Transactional(readOnly = true)
    SopVersionView version(String officeCode, SopVersionId id) {
        SopVersionView version = sops.get(id);
        if (!version.officeCode().equals(officeCode)) {
            throw new LetterNotFoundException("SOP version " + id.value() + " of office " + officeCode);
        }
        return version;
    }

    /** The steps of the version in office lanes, each with the rule's verdict and the admin's choice. */
    @Transactional(readOnly = true)
    List<LetterOutputs.Output> outputs(String officeCode, SopVersionId id) {
        return LetterOutputs.of(version(officeCode, id).sop(), choices.choices(id.value()));
    }

    /**
     * Replaces the admin's choices for the version ({@code true}: the step's output is a letter, {@code false}: it is
     * none; a step left out follows the rule). A step that is not one of the version's steps in an office lane is
     * refused naming its field {@code step.<number>}, and nothing is written.
     */
    @Transactional
    void choose(String officeCode, SopVersionId id, Map<Integer, Boolean> chosen, String by) {
        var steps = LetterOutputs.of(version(officeCode, id).sop(), Map.of()).stream()
                .map(o -> o.activity().number())
                .collect(Collectors.toSet());
        for (int step : chosen.keySet()) {
            if (!steps.contains(step)) {
                throw new InvalidLetterInputException("step." + step, "letter.outputs.unknown-step", step);
            }
        }
        choices.replace(id.value(), chosen, by, clock.instant());
        audit.record(AuditEvent.of("letter-outputs.chosen")
                .about("sop-version", id.value())
                .inOffice(officeCode)
                .detail(chosen.entrySet().stream()
                        .map(e -> e.getKey() + (e.getValue() ? "=surat" : "=bukan"))
                        .collect(Collectors.joining(", "))));
    }
}
