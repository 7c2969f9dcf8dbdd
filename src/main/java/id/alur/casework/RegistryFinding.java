package id.alur.casework;

import id.alur.registry.Eligibility;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One NIK of a permohonan looked up in the office's newest DTSEN/DTKS edition (issue 16 item 2): at the front desk
 * before the intake is saved, and recorded on the permohonan as a checked fact.
 *
 * @param position 0 the applicant, n the n-th household member
 * @param desil the welfare decile found, or {@code null} when not found
 * @param editionId the edition looked up, or {@code null} when the office had none
 * @param eligibility what the office's rule for the service says now: advice, the officer decides
 */
record RegistryFinding(
        int position,
        String nik,
        boolean found,
        @Nullable Integer desil,
        @Nullable UUID editionId,
        @Nullable String editionSource,
        @Nullable Instant editionImportedAt,
        Instant checkedAt,
        String checkedBy,
        Eligibility eligibility) {

    public boolean applicant() {
        return position == 0;
    }

    public boolean noEdition() {
        return editionId == null;
    }

    /** The same finding with the NIK masked, for readers who do not see it whole ({@link NikDisclosure}). */
    RegistryFinding masked() {
        return new RegistryFinding(
                position,
                ApplicantView.mask(nik),
                found,
                desil,
                editionId,
                editionSource,
                editionImportedAt,
                checkedAt,
                checkedBy,
                eligibility);
    }
}
