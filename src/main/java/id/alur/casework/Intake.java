package id.alur.casework;

import id.alur.platform.InputProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the front desk takes in for one permohonan: the service, the applicant, the household and the papers of the
 * SOP's first step, as typed: any part may be missing ({@code null}); {@link PermohonanService#submit} says which.
 *
 * @param sopCode the service: the code of an SOP of the office in force today
 * @param checklist one entry per requirement of the SOP's first activity, by position in that list; a missing entry
 *     means the paper is missing
 * @param acknowledgedWarnings {@link InputProblem#token() tokens} of warnings the officer has seen and accepts
 */
public record Intake(
        String officeCode,
        @Nullable String sopCode,
        @Nullable Applicant applicant,
        List<HouseholdMember> householdMembers,
        List<ChecklistEntry> checklist,
        Set<String> acknowledgedWarnings) {

    public Intake {
        householdMembers = householdMembers == null ? List.of() : List.copyOf(householdMembers);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        acknowledgedWarnings = acknowledgedWarnings == null ? Set.of() : Set.copyOf(acknowledgedWarnings);
    }

    /**
     * The applicant as the KTP and KK show them.
     *
     * @param villageCode the desa/kelurahan of the address, a code of the official list
     * @param email an e-mail address for messages about the application, optional
     * @param notifyConsent the applicant agreed to receive messages about the application at the e-mail address and
     *     the phone (WhatsApp/SMS); without it ({@code null} or false) nothing is sent to them
     * @param faskes the first-level health facility (FKTP) the applicant chose for the KIS, free text; {@code null} or
     *     blank: the office's default of the BPJS layout (issue 16 item 3)
     */
    public record Applicant(
            @Nullable String nik,
            @Nullable String name,
            @Nullable LocalDate birthDate,
            @Nullable Sex sex,
            @Nullable String familyCardNumber,
            @Nullable String address,
            @Nullable String villageCode,
            @Nullable String phone,
            @Nullable String email,
            @Nullable Boolean notifyConsent,
            @Nullable String faskes) {

        /** An applicant who chose no faskes (the office's default applies). */
        public Applicant(
                @Nullable String nik,
                @Nullable String name,
                @Nullable LocalDate birthDate,
                @Nullable Sex sex,
                @Nullable String familyCardNumber,
                @Nullable String address,
                @Nullable String villageCode,
                @Nullable String phone,
                @Nullable String email,
                @Nullable Boolean notifyConsent) {
            this(nik, name, birthDate, sex, familyCardNumber, address, villageCode, phone, email, notifyConsent, null);
        }

        /** Whether the applicant consented to messages (an absent answer is no). */
        public boolean consents() {
            return Boolean.TRUE.equals(notifyConsent);
        }

        /** An applicant who gave no e-mail address and no consent to messages. */
        public Applicant(
                @Nullable String nik,
                @Nullable String name,
                @Nullable LocalDate birthDate,
                @Nullable Sex sex,
                @Nullable String familyCardNumber,
                @Nullable String address,
                @Nullable String villageCode,
                @Nullable String phone) {
            this(nik, name, birthDate, sex, familyCardNumber, address, villageCode, phone, null, false, null);
        }
    }

    /**
     * A member of the applicant's household as the KK lists them.
     *
     * @param kisProposed the member is proposed for a KIS too, a row of their own in the usulan to BPJS Kesehatan;
     *     {@code null} is yes, as the form's box is ticked (docs/decisions.md, casework)
     * @param faskes the member's first-level health facility, as for the applicant
     */
    public record HouseholdMember(
            @Nullable String nik,
            @Nullable String name,
            @Nullable Relationship relationship,
            @Nullable Boolean kisProposed,
            @Nullable String faskes) {

        /** A member proposed for a KIS with the office's default faskes. */
        public HouseholdMember(@Nullable String nik, @Nullable String name, @Nullable Relationship relationship) {
            this(nik, name, relationship, null, null);
        }

        public boolean proposed() {
            return !Boolean.FALSE.equals(kisProposed);
        }
    }

    /**
     * One paper of the checklist.
     *
     * @param position the requirement's position in the SOP's list, from 0
     * @param present the officer saw the paper
     * @param scan its scan, or {@code null}; a scan implies the paper is present
     */
    public record ChecklistEntry(
            int position, boolean present, @Nullable Upload scan) {}

    /** An uploaded file as received; its name is only a label, its content decides what it is. */
    public record Upload(@Nullable String fileName, byte[] content) {}
}
