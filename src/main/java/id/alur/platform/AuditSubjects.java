package id.alur.platform;

import java.util.List;

/**
 * Turns what an administrator types into the audit page's subject filter (a tracking number, a NIK) into the objects
 * the records are about: casework knows that tracking number {@code ALR-2026-7K3M9Q} is {@code permohonan 42}, and
 * which permohonan a NIK appears in (applicant or household). The trail itself stores ids only, never a NIK
 * ({@link AuditEvent#detail}). Modules implement it; the audit page asks every implementation
 * (docs/security.md "Audit trail").
 */
public interface AuditSubjects {

    /** The objects the text names, or none when it names nothing this module knows. */
    List<AuditSubject> resolve(String text);
}
