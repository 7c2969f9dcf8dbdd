package id.alur.casework;

import java.time.Instant;

/**
 * The hand-over of the result (letter, KIS, lembar verifikasi) to the applicant: who received it, when, and the
 * identity document they showed.
 */
public record HandoverView(
        String receivedBy,
        IdentityKind idKind,
        String idNumber,
        Instant receivedAt,
        String recordedBy,
        Instant recordedAt) {

    /** As the workflow's history records it: "KTP 3317…". */
    public String identityShown() {
        return idKind.name() + " " + idNumber;
    }
}
