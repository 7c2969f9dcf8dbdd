package id.alur.casework;

import id.alur.platform.InputProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks an {@link Intake} before anything is written: every field error at once (DESIGN.md §5), the warnings the
 * officer must confirm, and the scans read by content.
 */
final class IntakeCheck {

    static final int MAX_NAME = 150;
    static final int MAX_ADDRESS = 300;
    static final int MAX_EMAIL = 200;
    /** One address, local part and a dotted domain; no spaces, no list: what a mail server will take. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>.]+");

    static final int MAX_HOUSEHOLD = 20;
    private static final Pattern PHONE = Pattern.compile("(\\+62|0)[1-9][0-9]{7,12}");

    private IntakeCheck() {}

    /**
     * What the office's context says about this intake.
     *
     * @param requirements the Kelengkapan of the SOP's first activity, in order
     * @param openTrackingNumber the tracking number of an open permohonan of the same NIK for the same service
     */
    record Context(
            List<String> requirements,
            IncompletePapersRule rule,
            Optional<String> openTrackingNumber,
            RegionCodes regions,
            long maxDocumentBytes,
            LocalDate today) {}

    /**
     * @param warnings every warning, acknowledged or not
     * @param scans the accepted scans by checklist position
     * @param missing the requirements not present, in SOP order
     */
    record Result(
            List<InputProblem> errors,
            List<InputProblem> warnings,
            List<InputProblem> unacknowledged,
            Map<Integer, DocumentContent.Checked> scans,
            List<String> missing,
            String phone,
            @Nullable String email,
            Region village) {

        boolean accepted() {
            return errors.isEmpty() && unacknowledged.isEmpty();
        }
    }

    static Result check(Intake intake, Context context) {
        var errors = new ArrayList<InputProblem>();
        var warnings = new ArrayList<InputProblem>();
        var applicant = intake.applicant();
        if (applicant == null) {
            errors.add(InputProblem.ofField("applicant", "casework.intake.applicantRequired"));
            return new Result(errors, warnings, List.of(), Map.of(), List.of(), null, null, null);
        }

        LocalDate birthDate = applicant.birthDate();
        if (birthDate == null) {
            errors.add(InputProblem.ofField("applicant.birthDate", "casework.birthDate.required"));
        } else if (birthDate.isAfter(context.today()) || birthDate.getYear() < 1900) {
            errors.add(InputProblem.ofField("applicant.birthDate", "casework.birthDate.impossible"));
            birthDate = null;
        }
        if (applicant.sex() == null) {
            errors.add(InputProblem.ofField("applicant.sex", "casework.sex.required"));
        }
        var nik = Nik.check("applicant.nik", applicant.nik(), birthDate, applicant.sex(), context.regions());
        errors.addAll(nik.errors());
        warnings.addAll(nik.warnings());

        checkName("applicant.name", applicant.name(), errors);

        var kk = FamilyCardNumber.check("applicant.familyCardNumber", applicant.familyCardNumber(), context.regions());
        errors.addAll(kk.errors());
        warnings.addAll(kk.warnings());

        String address = applicant.address() == null ? "" : applicant.address().strip();
        if (address.isEmpty()) {
            errors.add(InputProblem.ofField("applicant.address", "casework.address.required"));
        } else if (address.length() > MAX_ADDRESS) {
            errors.add(InputProblem.ofField("applicant.address", "casework.address.tooLong", MAX_ADDRESS));
        }

        Region village = null;
        if (applicant.villageCode() == null || applicant.villageCode().isBlank()) {
            errors.add(InputProblem.ofField("applicant.villageCode", "casework.village.required"));
        } else {
            village = context.regions()
                    .find(applicant.villageCode())
                    .filter(r -> r.level() == Region.Level.VILLAGE)
                    .orElse(null);
            if (village == null) {
                errors.add(InputProblem.ofField(
                        "applicant.villageCode", "casework.village.unknown", applicant.villageCode()));
            }
        }

        String phone = normalizePhone(applicant.phone());
        if (phone.isEmpty()) {
            errors.add(InputProblem.ofField("applicant.phone", "casework.phone.required"));
        } else if (!PHONE.matcher(phone).matches()) {
            errors.add(InputProblem.ofField("applicant.phone", "casework.phone.invalid"));
        }

        String email = applicant.email() == null || applicant.email().isBlank()
                ? null
                : applicant.email().strip();
        if (email != null
                && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            errors.add(InputProblem.ofField("applicant.email", "casework.email.invalid", MAX_EMAIL));
        }

        checkFaskes("applicant.faskes", applicant.faskes(), errors);
        checkHousehold(intake.householdMembers(), context.regions(), errors, warnings);

        var scans = new HashMap<Integer, DocumentContent.Checked>();
        var present = new HashSet<Integer>();
        var seenPositions = new HashSet<Integer>();
        for (Intake.ChecklistEntry entry : intake.checklist()) {
            String field = "checklist[" + entry.position() + "]";
            if (entry.position() < 0
                    || entry.position() >= context.requirements().size()) {
                errors.add(InputProblem.ofField(field, "casework.checklist.unknownItem", entry.position()));
                continue;
            }
            if (!seenPositions.add(entry.position())) {
                errors.add(InputProblem.ofField(field, "casework.checklist.twice", entry.position()));
                continue;
            }
            if (entry.scan() != null
                    && entry.scan().content() != null
                    && entry.scan().content().length > 0) {
                var checked =
                        DocumentContent.check(field + ".scan", entry.scan().content(), context.maxDocumentBytes());
                if (checked.accepted()) {
                    scans.put(entry.position(), checked);
                    present.add(entry.position());
                } else {
                    errors.addAll(checked.errors());
                }
            }
            if (entry.present()) {
                present.add(entry.position());
            }
        }
        var missing = new ArrayList<String>();
        for (int i = 0; i < context.requirements().size(); i++) {
            if (!present.contains(i)) {
                missing.add(context.requirements().get(i));
            }
        }
        if (!missing.isEmpty()) {
            String list = String.join("; ", missing);
            switch (context.rule()) {
                case REFUSE -> errors.add(InputProblem.ofField("checklist", "casework.checklist.refused", list));
                case RETURN_TO_APPLICANT ->
                    warnings.add(InputProblem.warning("checklist", "casework.checklist.willReturn", list));
                case OFFICER_DECIDES ->
                    warnings.add(InputProblem.warning("checklist", "casework.checklist.incomplete", list));
            }
        }

        context.openTrackingNumber()
                .ifPresent(open ->
                        warnings.add(InputProblem.warning("applicant.nik", "casework.intake.duplicateOpen", open)));

        var unacknowledged = warnings.stream()
                .filter(w -> !intake.acknowledgedWarnings().contains(w.token()))
                .collect(Collectors.toList());
        return new Result(errors, warnings, unacknowledged, scans, missing, phone, email, village);
    }

    private static void checkName(String field, String raw, List<InputProblem> errors) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            errors.add(InputProblem.ofField(field, "casework.name.required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(InputProblem.ofField(field, "casework.name.tooLong", MAX_NAME));
        } else if (name.codePoints().noneMatch(Character::isLetter)) {
            errors.add(InputProblem.ofField(field, "casework.name.noLetters"));
        } else {
            name.codePoints()
                    .filter(c -> !isNameCharacter(c))
                    .findFirst()
                    .ifPresent(c -> errors.add(
                            InputProblem.ofField(field, "casework.name.character", new String(Character.toChars(c)))));
        }
    }

    /**
     * The documented name rule (docs/casework.md): a name as written on the KTP/KK — letters of any script with their
     * accents, spaces, and the punctuation of names and titles ({@code Ma'ruf}, {@code Moh.}, {@code Siti-Aminah},
     * {@code Drs. H. Ahmad, S.H.}). No digits, no markup: a name is printed on letters and registers, where
     * {@code <b>} or {@code Budi2} is a typing slip or an attack, never a name (issue 14 item 7).
     */
    static boolean isNameCharacter(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || c == ' '
                || c == '.'
                || c == ','
                || c == '\''
                || c == '\u2019'
                || c == '-';
    }

    private static void checkHousehold(
            List<Intake.HouseholdMember> members,
            RegionCodes regions,
            List<InputProblem> errors,
            List<InputProblem> warnings) {
        if (members.size() > MAX_HOUSEHOLD) {
            errors.add(InputProblem.ofField("householdMembers", "casework.household.tooMany", MAX_HOUSEHOLD));
            return;
        }
        var niks = new HashSet<String>();
        for (int i = 0; i < members.size(); i++) {
            var member = members.get(i);
            String prefix = "householdMembers[" + i + "].";
            var nik = Nik.check(prefix + "nik", member.nik(), null, null, regions);
            errors.addAll(nik.errors());
            warnings.addAll(nik.warnings());
            if (nik.valid() && !niks.add(nik.nik())) {
                errors.add(InputProblem.ofField(prefix + "nik", "casework.household.duplicateNik"));
            }
            checkName(prefix + "name", member.name(), errors);
            if (member.relationship() == null) {
                errors.add(InputProblem.ofField(prefix + "relationship", "casework.household.relationshipRequired"));
            }
            checkFaskes(prefix + "faskes", member.faskes(), errors);
        }
    }

    /** A faskes is free text (a puskesmas, a klinik, a dokter praktik, or its BPJS code), at most V14_1's column. */
    private static void checkFaskes(String field, String faskes, List<InputProblem> errors) {
        if (faskes != null && faskes.strip().length() > KisProposals.MAX_FASKES) {
            errors.add(InputProblem.ofField(field, "casework.faskes.tooLong", KisProposals.MAX_FASKES));
        }
    }

    static String normalizePhone(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.strip().replaceAll("[\\s\\-().]", "");
    }
}
