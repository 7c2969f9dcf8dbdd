package id.alur.casework;

import id.alur.registry.Eligibility;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One NIK of the DTSEN/DTKS check recorded on a permohonan at its intake (issue 16 item 2), as the API shows it: what
 * was found, in which edition, who looked it up and when, and what the office's rule for the service says of it now.
 *
 * @param position 0 the applicant, n the n-th household member
 * @param nik masked as the permohonan's NIKs are for the caller
 * @param desil the welfare decile found (1 poorest to 10), or {@code null} when not found
 * @param editionId the registry edition looked in, or {@code null} when the office had none
 * @param verdict the office's eligibility rule for the service today: advice, the officer decides
 */
record RegistryCheckItem(
        int position,
        String nik,
        boolean found,
        @Nullable Integer desil,
        @Nullable UUID editionId,

        @Schema(description = "the edition's file name") @Nullable
        String editionSource,

        @Schema(description = "when the edition was imported") @Nullable
        Instant editionImportedAt,

        Instant checkedAt,

        @Schema(description = "username of the officer who looked it up")
        String checkedBy,

        @Schema(description = "MEETS, NOT_MET, NOT_FOUND (a warning) or NO_RULE (the office set none)")
        Eligibility verdict) {

    static RegistryCheckItem of(RegistryFinding finding) {
        return new RegistryCheckItem(
                finding.position(),
                finding.nik(),
                finding.found(),
                finding.desil(),
                finding.editionId(),
                finding.editionSource(),
                finding.editionImportedAt(),
                finding.checkedAt(),
                finding.checkedBy(),
                finding.eligibility());
    }
}
