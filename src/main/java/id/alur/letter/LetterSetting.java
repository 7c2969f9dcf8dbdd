package id.alur.letter;

import java.util.List;
import java.util.TreeSet;

/**
 * Which letter an SOP produces in an office and how: the step whose completion numbers and issues it, the step whose
 * completion is the signature, the steps whose completion records a reviewer's paraf, and how its number is written.
 * Edited by the office's admin; demo data for the five seeds is in {@code id.alur.demo.DemoLetters}.
 *
 * @param issueStep the activity (kegiatan) number whose completion assigns the number and issues the letter
 * @param signStep the activity whose performer signs; usually the issuing step, earlier when the number is added
 *     after the signature (seed 003: approved at step 6, numbered at step 8)
 * @param parafSteps activities whose completion records a paraf (seed 002 steps 4 and 5); all before the signature
 * @param signsForTitle when set, the signer signs "a.n." (atas nama) this higher official, e.g. "Kepala Dinas Sosial"
 */
record LetterSetting(
        Long id,
        String officeCode,
        String sopCode,
        LetterKind kind,
        int issueStep,
        int signStep,
        List<Integer> parafSteps,
        NumberingPattern pattern,
        String classificationCode,
        String unitCode,
        String subject,
        String addressee,
        String signsForTitle,
        int version) {

    static final int MAX_TEXT = 200;

    /**
     * Whether a completed step concerns this setting. A refusal letter is issued by the refusal itself, whichever
     * decision refused (see {@link LetterIssuing#on(id.alur.workflow.CaseRefused)}), never by a step's completion.
     */
    boolean issuedOnSteps() {
        return kind != LetterKind.SURAT_PENOLAKAN;
    }

    /** This setting signed and issued at {@code step}: the refusal letter at the decision that refused. */
    LetterSetting atStep(int step) {
        return new LetterSetting(
                id,
                officeCode,
                sopCode,
                kind,
                step,
                step,
                List.of(),
                pattern,
                classificationCode,
                unitCode,
                subject,
                addressee,
                signsForTitle,
                version);
    }

    static final int MAX_CODE = 40;

    LetterSetting {
        parafSteps = List.copyOf(new TreeSet<>(parafSteps));
        classificationCode = blankToNull(classificationCode);
        unitCode = blankToNull(unitCode);
        subject = blankToNull(subject);
        addressee = blankToNull(addressee);
        signsForTitle = blankToNull(signsForTitle);
    }

    /**
     * Checks the rules a pattern alone cannot: the codes the pattern uses are given, the steps come in the order
     * paraf, signature, issue, and texts fit. Throws naming the field.
     */
    LetterSetting validated() {
        requireCode("officeCode", officeCode);
        requireCode("sopCode", sopCode);
        if (kind == null) {
            throw new InvalidLetterInputException("kind", "letter.setting.kind-required");
        }
        if (pattern.usesClassificationCode() && classificationCode == null) {
            throw new InvalidLetterInputException("classificationCode", "letter.setting.code-required", "{class}");
        }
        if (pattern.usesUnitCode() && unitCode == null) {
            throw new InvalidLetterInputException("unitCode", "letter.setting.code-required", "{unit}");
        }
        checkCodeText("classificationCode", classificationCode);
        checkCodeText("unitCode", unitCode);
        if (issueStep < 1) {
            throw new InvalidLetterInputException("issueStep", "letter.setting.step-positive");
        }
        if (signStep < 1) {
            throw new InvalidLetterInputException("signStep", "letter.setting.step-positive");
        }
        if (signStep > issueStep) {
            throw new InvalidLetterInputException("signStep", "letter.setting.sign-after-issue", signStep, issueStep);
        }
        for (int step : parafSteps) {
            if (step < 1 || step >= signStep) {
                throw new InvalidLetterInputException("parafSteps", "letter.setting.paraf-order", step, signStep);
            }
        }
        checkText("subject", subject);
        checkText("addressee", addressee);
        checkText("signsForTitle", signsForTitle);
        return this;
    }

    /** The setting an admin entered, its pattern parsed (refused naming the field {@code pattern}), not yet checked. */
    static LetterSetting of(LetterSettingView input) {
        return new LetterSetting(
                input.id(),
                input.officeCode(),
                input.sopCode(),
                input.kind(),
                input.issueStep(),
                input.signStep(),
                input.parafSteps(),
                NumberingPattern.parse(input.pattern()),
                input.classificationCode(),
                input.unitCode(),
                input.subject(),
                input.addressee(),
                input.signsForTitle(),
                input.version());
    }

    /** The setting as the admin edits it, the pattern as text. */
    LetterSettingView view() {
        return new LetterSettingView(
                id,
                officeCode,
                sopCode,
                kind,
                issueStep,
                signStep,
                parafSteps,
                pattern.text(),
                classificationCode,
                unitCode,
                subject,
                addressee,
                signsForTitle,
                version);
    }

    /** The steps of this setting whose completion the letter module records or acts on. */
    boolean concerns(int step) {
        return step == issueStep || step == signStep || parafSteps.contains(step);
    }

    private static void requireCode(String field, String value) {
        if (value == null || !value.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new InvalidLetterInputException(field, "letter.setting.bad-code");
        }
    }

    private static void checkCodeText(String field, String value) {
        if (value != null
                && (value.length() > MAX_CODE || value.chars().anyMatch(c -> c == '{' || c == '}' || c < 0x20))) {
            throw new InvalidLetterInputException(field, "letter.setting.bad-code-text", MAX_CODE);
        }
    }

    private static void checkText(String field, String value) {
        if (value != null && (value.length() > MAX_TEXT || value.chars().anyMatch(c -> c < 0x20))) {
            throw new InvalidLetterInputException(field, "letter.setting.text-too-long", MAX_TEXT);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
