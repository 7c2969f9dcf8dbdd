package id.alur.casework;

import id.alur.registry.Eligibility;
import id.alur.registry.RegistryService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The registry at the front desk (issue 16 items 2 and 3): the applicant's and each household member's NIK looked up
 * in the office's newest DTSEN/DTKS edition (each look-up on the registry's audit trail), the office's eligibility
 * rule for the service applied to what was found, and the findings recorded on the permohonan.
 */
@Component
class DeskRegistry {

    /** Only a NIK of the right form is looked up: anything else is the intake check's error, not a registry answer. */
    private static final Pattern NIK = Pattern.compile("\\d{" + Nik.LENGTH + "}");

    private final RegistryService registry;
    private final RegistryChecks checks;

    DeskRegistry(RegistryService registry, RegistryChecks checks) {
        this.registry = registry;
        this.checks = checks;
    }

    /**
     * Looks each well-formed NIK up in the office's newest edition, in order (position 0 the applicant, n the n-th
     * household member; a blank or malformed NIK is skipped), and applies the service's rule.
     */
    List<RegistryFinding> lookUp(
            String officeCode, @Nullable String sopCode, List<@Nullable String> niks, String username, Instant now) {
        var positions = new LinkedHashMap<String, Integer>();
        for (int position = 0; position < niks.size(); position++) {
            String nik = niks.get(position) == null ? "" : niks.get(position).strip();
            if (NIK.matcher(nik).matches()) {
                positions.putIfAbsent(nik, position);
            }
        }
        if (positions.isEmpty()) {
            return List.of();
        }
        // one statement and, at the intake, no commit of its own: the look-ups join the intake's transaction
        var answers = registry.answers(officeCode, List.copyOf(positions.keySet()));
        Integer maxDesil = rule(officeCode, sopCode);
        var findings = new ArrayList<RegistryFinding>();
        int i = 0;
        for (var nik : positions.entrySet()) {
            var answer = answers.get(i++);
            var edition = answer.edition();
            Integer desil = answer.entry().map(e -> e.desil()).orElse(null);
            var found = new RegistryFinding(
                    nik.getValue(),
                    nik.getKey(),
                    answer.found(),
                    desil,
                    edition.map(e -> e.id()).orElse(null),
                    edition.map(e -> e.sourceName()).orElse(null),
                    edition.map(e -> e.importedAt()).orElse(null),
                    now,
                    username,
                    Eligibility.NO_RULE);
            findings.add(judged(maxDesil, found));
        }
        return findings;
    }

    /** Records the findings on the permohonan: the checked fact of its intake. */
    void record(PermohonanId id, List<RegistryFinding> findings) {
        findings.forEach(finding -> checks.insert(id, finding));
    }

    /** The findings recorded at the permohonan's intake, each judged by the office's rule for the service today. */
    List<RegistryFinding> recorded(PermohonanId id, String officeCode, String sopCode) {
        Integer maxDesil = rule(officeCode, sopCode);
        return checks.of(id).stream().map(finding -> judged(maxDesil, finding)).toList();
    }

    /**
     * The checklist positions the recorded check stands for: when the applicant's NIK was found, the paper the registry
     * names for the service (the office's setting and its administrator's choice, else the paper naming the DTKS).
     */
    Set<Integer> papersStoodFor(
            String officeCode, String sopCode, List<String> requirements, List<RegistryFinding> findings) {
        boolean applicantFound = findings.stream().anyMatch(f -> f.applicant() && f.found());
        if (!applicantFound) {
            return Set.of();
        }
        var paper = registry.paperStoodFor(officeCode, sopCode, requirements);
        return paper.isPresent() ? Set.of(paper.getAsInt()) : Set.of();
    }

    /** The office's rule for the service, read once for all the findings it judges. */
    private @Nullable Integer rule(String officeCode, @Nullable String sopCode) {
        return sopCode == null || sopCode.isBlank()
                ? null
                : registry.maxDesil(officeCode, sopCode).orElse(null);
    }

    private static RegistryFinding judged(@Nullable Integer maxDesil, RegistryFinding finding) {
        Eligibility eligibility =
                Eligibility.of(maxDesil, finding.found(), finding.desil() == null ? 0 : finding.desil());
        return new RegistryFinding(
                finding.position(),
                finding.nik(),
                finding.found(),
                finding.desil(),
                finding.editionId(),
                finding.editionSource(),
                finding.editionImportedAt(),
                finding.checkedAt(),
                finding.checkedBy(),
                eligibility);
    }
}
