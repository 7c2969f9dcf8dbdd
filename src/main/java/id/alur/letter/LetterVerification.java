package id.alur.letter;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the public verification page may show of a letter: no personal data beyond the applicant's initials.
 *
 * @param pdfSha256 lower-case hex SHA-256 of the PDF as issued
 * @param revokedOn the day (office time) the letter was revoked, or {@code null}
 */
public record LetterVerification(
        String number,
        LocalDate issuedOn,
        String officeName,
        LetterKind kind,
        String signerName,
        String signerTitle,
        String pdfSha256,
        String applicantInitials,
        @Nullable LocalDate revokedOn,
        @Nullable String revokedReason) {

    public boolean revoked() {
        return revokedOn != null;
    }
}
