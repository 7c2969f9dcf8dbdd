package id.alur.letter;

import java.time.Instant;

/**
 * A paraf or the signature approval on a draft letter, recorded when the configured step completes: who (with
 * position, rank and NIP as on the day), for whom under a delegation, and the note they wrote (a disposition's
 * instruction).
 */
record Approval(
        int step,
        Role role,
        String username,
        String name,
        String positionCode,
        String positionTitle,
        String rank,
        String nip,
        String delegationKind,
        String onBehalfOf,
        String note,
        Instant recordedAt) {

    /** The same approval in another role (a signing step's completion is recorded as the signature). */
    Approval as(Role newRole) {
        return new Approval(
                step,
                newRole,
                username,
                name,
                positionCode,
                positionTitle,
                rank,
                nip,
                delegationKind,
                onBehalfOf,
                note,
                recordedAt);
    }

    /** The NIP as printed on official documents. */
    public String nipAsWritten() {
        return LetterDocument.nipAsWritten(nip);
    }

    enum Role {
        PARAF,
        SIGNATURE
    }
}
