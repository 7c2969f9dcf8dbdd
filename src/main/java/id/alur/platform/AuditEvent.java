package id.alur.platform;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What goes on the audit trail: an action (a dotted name, {@code permohonan.viewed}, {@code user.password-reset}), how
 * it ended, the object it concerned and the office that object belongs to. Who and from where are added by
 * {@link AuditTrail} from the request; {@link #by(String)} names the actor where nobody is signed in yet (a sign-in).
 *
 * <pre>{@code
 * audit.record(AuditEvent.of("permohonan.viewed").about("permohonan", id).inOffice(view.officeCode()));
 * }</pre>
 *
 * @param action what was done, lower case and dotted: the module's noun, then a past participle
 * @param objectType the kind of object ({@code permohonan}, {@code user}, {@code letter}), or {@code null}
 * @param objectId its id as text, or {@code null}
 * @param officeCode the office the object belongs to (office admins read their office's records by it)
 * @param detail a short free text for what the other fields do not say (e.g. {@code document 12}); never a password,
 *     a token or a NIK
 * @param actor the acting user's name when it is not the signed-in user's, else {@code null}
 */
public record AuditEvent(
        String action,
        AuditOutcome outcome,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable String officeCode,
        @Nullable String detail,
        @Nullable String actor) {

    static final int MAX_DETAIL = 1000;

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (!action.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+") || action.length() > 64) {
            throw new IllegalArgumentException(
                    "An audit action is lower case and dotted, e.g. permohonan.viewed: " + action);
        }
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
    }

    /** An action that happened. */
    public static AuditEvent of(String action) {
        return new AuditEvent(action, AuditOutcome.DONE, null, null, null, null, null);
    }

    /**
     * A file handed out (UU 27/2022: a copy of personal data leaving the system is a processing of it): action
     * {@code <what>.exported}, object {@code file} with the file's name. Every export (the buku kendali, the monthly
     * recap, the letter register, a registry import report, the audit trail itself) is recorded this way.
     *
     * @param what the module's noun for the export, e.g. {@code ledger}
     */
    public static AuditEvent exported(String what, String fileName) {
        return of(what + ".exported").about("file", fileName);
    }

    public AuditEvent about(String type, Object id) {
        return new AuditEvent(action, outcome, type, String.valueOf(id), officeCode, detail, actor);
    }

    public AuditEvent about(AuditSubject subject) {
        return about(subject.type(), subject.id());
    }

    public AuditEvent inOffice(@Nullable String office) {
        return new AuditEvent(action, outcome, objectType, objectId, office, detail, actor);
    }

    public AuditEvent detail(@Nullable String text) {
        return new AuditEvent(action, outcome, objectType, objectId, officeCode, text, actor);
    }

    public AuditEvent outcome(AuditOutcome how) {
        return new AuditEvent(action, how, objectType, objectId, officeCode, detail, actor);
    }

    public AuditEvent by(String username) {
        return new AuditEvent(action, outcome, objectType, objectId, officeCode, detail, username);
    }
}
