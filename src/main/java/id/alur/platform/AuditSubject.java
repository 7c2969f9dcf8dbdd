package id.alur.platform;

import java.util.Objects;

/**
 * One object the audit trail may be about, as {@link AuditEvent#about} recorded it: {@code permohonan 42},
 * {@code user budi}.
 */
public record AuditSubject(String type, String id) {

    public AuditSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
