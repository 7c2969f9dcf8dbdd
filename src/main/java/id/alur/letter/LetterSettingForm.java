package id.alur.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * The form of a letter setting: steps as text, so "4, 5" can be typed and a wrong entry named; a JavaBean so that a
 * value that cannot be read leaves its field with an error (platform {@code Forms}).
 */
final class LetterSettingForm {
    private Long id;
    private String sopCode;
    private String kind;
    private String issueStep;
    private String signStep;
    private String parafSteps;
    private String pattern;
    private String classificationCode;
    private String unitCode;
    private String subject;
    private String addressee;
    private String signsForTitle;
    private int version;

    static LetterSettingForm empty() {
        return new LetterSettingForm();
    }

    static LetterSettingForm of(LetterSettingView s) {
        var form = new LetterSettingForm();
        form.id = s.id();
        form.sopCode = s.sopCode();
        form.kind = s.kind().slug();
        form.issueStep = Integer.toString(s.issueStep());
        form.signStep = Integer.toString(s.signStep());
        form.parafSteps =
                String.join(", ", s.parafSteps().stream().map(String::valueOf).toList());
        form.pattern = s.pattern();
        form.classificationCode = s.classificationCode();
        form.unitCode = s.unitCode();
        form.subject = s.subject();
        form.addressee = s.addressee();
        form.signsForTitle = s.signsForTitle();
        form.version = s.version();
        return form;
    }

    LetterSettingView toView(String office) {
        LetterKind letterKind = kind == null || kind.isBlank() ? null : kindOf(kind);
        return new LetterSettingView(
                id,
                office,
                sopCode == null ? null : sopCode.strip(),
                letterKind,
                step("issueStep", issueStep),
                signStep == null || signStep.isBlank() ? step("issueStep", issueStep) : step("signStep", signStep),
                steps(parafSteps),
                pattern,
                classificationCode,
                unitCode,
                subject,
                addressee,
                signsForTitle,
                version);
    }

    private static LetterKind kindOf(String slug) {
        try {
            return LetterKind.ofSlug(slug);
        } catch (IllegalArgumentException e) {
            throw new InvalidLetterInputException("kind", "letter.setting.kind-required");
        }
    }

    private static int step(String field, String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidLetterInputException(field, "letter.setting.step-positive");
        }
    }

    private static List<Integer> steps(String text) {
        List<Integer> steps = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return steps;
        }
        for (String part : text.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                steps.add(step("parafSteps", part));
            }
        }
        return steps;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSopCode() {
        return sopCode;
    }

    public void setSopCode(String sopCode) {
        this.sopCode = sopCode;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getIssueStep() {
        return issueStep;
    }

    public void setIssueStep(String issueStep) {
        this.issueStep = issueStep;
    }

    public String getSignStep() {
        return signStep;
    }

    public void setSignStep(String signStep) {
        this.signStep = signStep;
    }

    public String getParafSteps() {
        return parafSteps;
    }

    public void setParafSteps(String parafSteps) {
        this.parafSteps = parafSteps;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getClassificationCode() {
        return classificationCode;
    }

    public void setClassificationCode(String classificationCode) {
        this.classificationCode = classificationCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getAddressee() {
        return addressee;
    }

    public void setAddressee(String addressee) {
        this.addressee = addressee;
    }

    public String getSignsForTitle() {
        return signsForTitle;
    }

    public void setSignsForTitle(String signsForTitle) {
        this.signsForTitle = signsForTitle;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
