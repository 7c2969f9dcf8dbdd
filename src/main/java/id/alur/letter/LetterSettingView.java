package id.alur.letter;

import java.util.List;

/**
 * A letter setting of an office and SOP as the admin edits it (see {@code docs/letters.md}): which kind, the step that
 * numbers and issues it, the step that signs, the paraf steps, and the numbering pattern with its codes.
 *
 * @param id {@code null} for a new setting
 * @param pattern e.g. {@code 460/{seq}/DINSOS-{yyyy}}; tokens {@code {seq}}, {@code {seq:000}}, {@code {class}},
 *     {@code {unit}}, {@code {mm}}, {@code {m}}, {@code {mm:roman}}, {@code {yyyy}}, {@code {yy}}
 * @param signsForTitle when set, the signer block reads "a.n. " followed by it
 * @param version the version read, for optimistic locking (0 for a new setting)
 */
public record LetterSettingView(
        Long id,
        String officeCode,
        String sopCode,
        LetterKind kind,
        int issueStep,
        int signStep,
        List<Integer> parafSteps,
        String pattern,
        String classificationCode,
        String unitCode,
        String subject,
        String addressee,
        String signsForTitle,
        int version) {

    public LetterSettingView {
        parafSteps = parafSteps == null ? List.of() : List.copyOf(parafSteps);
    }
}
