package id.alur.letter;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An issued letter as other modules and the office see it (the PDF bytes are fetched separately).
 *
 * @param caseId the workflow case whose signing step issued it
 * @param signerTitle the signer's position as printed, with "Plh."/"Plt." when standing in
 * @param signerCapacity the "a.n. …" line when signing for a higher official, else {@code null}
 * @param pdfSha256 lower-case hex SHA-256 of the issued PDF
 * @param revokedAt {@code null} unless an admin revoked the letter
 */
public record LetterView(
        LetterId id,
        String officeCode,
        String sopCode,
        LetterKind kind,
        long caseId,
        String number,
        LocalDate issuedOn,
        Instant issuedAt,
        @Nullable String subject,
        @Nullable String addressee,
        String applicantName,
        String signerName,
        String signerTitle,
        @Nullable String signerCapacity,
        String verificationCode,
        @Nullable String pdfSha256,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable String revokedReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
