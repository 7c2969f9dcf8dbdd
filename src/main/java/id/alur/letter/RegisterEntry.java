package id.alur.letter;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of the register of outgoing letters (buku agenda surat keluar). */
public record RegisterEntry(
        LetterId id,
        int sequence,
        String number,
        LocalDate issuedOn,
        LetterKind kind,
        String sopCode,
        @Nullable String subject,
        @Nullable String addressee,
        String applicantName,
        String signerName,
        String signerTitle,
        @Nullable LocalDate revokedOn,
        @Nullable String revokedReason) {

    public boolean revoked() {
        return revokedOn != null;
    }
}
