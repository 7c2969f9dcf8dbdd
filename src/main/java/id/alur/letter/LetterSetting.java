package id.alur.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
     * The SOP code of a setting for every SOP of the office that has no setting of the kind of its own. Only the Tanda
     * Terima may have one: it is issued at the intake, activity 1 of every SOP (DESIGN.md §3 "Who acts in each lane"),
     * so one numbering pattern can serve every service; a new office starts with it (issue 12 item 8).
     */
    static final String EVERY_SOP = "*";

    /** The numbering pattern of the Tanda Terima a new office starts with. */
    static final String RECEIPT_PATTERN = "TT/{seq:000}/{yyyy}";

    /** The Tanda Terima setting a new office starts with: every SOP, at activity 1, the standard body. */
    static LetterSetting officeReceipt(String officeCode) {
        return new LetterSetting(
                null,
                officeCode,
                EVERY_SOP,
                LetterKind.TANDA_TERIMA,
                1,
                1,
                List.of(),
                NumberingPattern.parse(RECEIPT_PATTERN),
                null,
                null,
                null,
                null,
                null,
                0);
    }

    /**
     * The settings in force for one SOP among an office's settings: the SOP's own, and for a kind it has none of, the
     * office's setting for every SOP.
     */
    static List<LetterSetting> inForce(List<LetterSetting> ofOffice, String sopCode) {
        var own = ofOffice.stream().filter(s -> s.sopCode().equals(sopCode)).toList();
        var ownKinds = own.stream().map(LetterSetting::kind).collect(Collectors.toSet());
        var result = new ArrayList<>(own);
        ofOffice.stream()
                .filter(s -> EVERY_SOP.equals(s.sopCode()) && !ownKinds.contains(s.kind()))
                .forEach(result::add);
        return List.copyOf(result);
    }

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
        if (kind == null) {
            throw new InvalidLetterInputException("kind", "letter.setting.kind-required");
        }
        if (EVERY_SOP.equals(sopCode)) {
            if (kind != LetterKind.TANDA_TERIMA) {
                throw new InvalidLetterInputException("sopCode", "letter.setting.every-sop-receipt-only", EVERY_SOP);
            }
        } else {
            requireCode("sopCode", sopCode);
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
