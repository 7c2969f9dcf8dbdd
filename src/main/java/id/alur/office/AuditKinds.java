package id.alur.office;

import java.util.List;

/**
 * Every kind of record the modules put on the audit trail (the {@code action} of {@link id.alur.platform.AuditEvent}),
 * in the order the audit page offers them as a filter. Each kind's label is the message of the same key, in the bundle
 * of the module that records it ({@code ledger.exported} in report's). {@code AuditKindsTests} fails when code records
 * a kind missing here or without a label, so the filter and the labels stay complete.
 */
final class AuditKinds {

    static final List<String> ALL = List.of(
            // looking at personal data
            "permohonan.viewed",
            "permohonan.phone-shown",
            "permohonan.read",
            "scan.viewed",
            "letter.viewed",
            "letter.office-copy-viewed",
            "registry.nik-looked-up",
            // exports
            "ledger.exported",
            "recap.exported",
            "letter-register.exported",
            "registry-report.exported",
            "bpjs-batch.exported",
            "audit.exported",
            "data-subject.exported",
            "data-subject.request-recorded",
            // signing in, refusals, probes
            "login.succeeded",
            "login.failed",
            "login.throttled",
            "access.cross-office",
            "access.refused",
            "access.outside-lane",
            // administration
            "user.created",
            "user.updated",
            "user.password-reset",
            "user.password-changed",
            "user.enabled",
            "user.disabled",
            "user.system-admin-granted",
            "user.system-admin-revoked",
            "user.login-throttle-lifted",
            "membership.added",
            "membership.removed",
            "membership.office-admin-granted",
            "membership.office-admin-revoked",
            "delegation.created",
            "delegation.ended-early",
            "office.created",
            "office.updated",
            "position.created",
            "position.updated",
            "api-token.issued",
            "api-token.revoked",
            "sop.draft-created",
            "sop.draft-saved",
            "sop.published",
            "sop.retired",
            "calendar.zone-set",
            "calendar.exception-added",
            "calendar.exception-updated",
            "calendar.exception-removed",
            "calendar.hours-added",
            "calendar.hours-updated",
            "calendar.hours-removed",
            "calendar.holiday-year-set",
            "calendar.holiday-added",
            "calendar.holiday-updated",
            "calendar.holiday-removed",
            "letter.revoked",
            "letter-setting.saved",
            "letter-setting.removed",
            "letterhead.saved",
            "letterhead.logo-uploaded",
            "letter-template.saved",
            "letter-template.removed",
            "letter-outputs.chosen",
            "registry.upload-checked",
            "registry.edition-imported",
            "registry.edition-deleted",
            "registry.eligibility-changed",
            "bpjs-layout.saved",
            "bpjs-batch.created",
            "bpjs-answer.applied");

    private AuditKinds() {}
}
