package id.alur.letter;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A letter setting of an office and SOP as the admin edits it (see {@code docs/letters.md}): which kind, the step that
 * numbers and issues it, the step that signs, the paraf steps, and the numbering pattern with its codes.
 *
 * @param id {@code null} for a new setting
 * @param sopCode required, as {@code kind} and {@code pattern} are: a setting without one is refused naming its field
 * @param pattern e.g. {@code 460/{seq}/DINSOS-{yyyy}}; tokens {@code {seq}}, {@code {seq:000}}, {@code {class}},
 *     {@code {unit}}, {@code {mm}}, {@code {m}}, {@code {mm:roman}}, {@code {yyyy}}, {@code {yy}}
 * @param signsForTitle when set, the signer block reads "a.n. " followed by it
 * @param version the version read, for optimistic locking (0 for a new setting)
 */
public record LetterSettingView(
        @Nullable Long id,
        String officeCode,
        @Nullable String sopCode,
        @Nullable LetterKind kind,
        int issueStep,
        int signStep,
        List<Integer> parafSteps,
        @Nullable String pattern,
        @Nullable String classificationCode,
        @Nullable String unitCode,
        @Nullable String subject,
        @Nullable String addressee,
        @Nullable String signsForTitle,
        int version) {

    public LetterSettingView {
        parafSteps = parafSteps == null ? List.of() : List.copyOf(parafSteps);
    }
}
