package id.alur.letter;

import java.time.LocalDate;

/** One line of the register of outgoing letters (buku agenda surat keluar). */
public record RegisterEntry(
        LetterId id,
        int sequence,
        String number,
        LocalDate issuedOn,
        LetterKind kind,
        String sopCode,
        String subject,
        String addressee,
        String applicantName,
        String signerName,
        String signerTitle,
        LocalDate revokedOn,
        String revokedReason) {

    public boolean revoked() {
        return revokedOn != null;
    }
}
