package id.alur.office;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator asks of the audit trail, as typed on {@code /admin/audit} or given to {@code GET /api/audit}:
 * a period of days in their office's time zone ({@code from} and {@code to} both included, {@code yyyy-MM-dd}), a
 * user name, a kind ({@link AuditKinds}), an office, a subject (a tracking number, a NIK, or any object id such as a
 * user name) and the page, from 1.
 */
record AuditFilter(
        @Nullable String from,
        @Nullable String to,
        @Nullable String user,
        @Nullable String kind,
        @Nullable String office,
        @Nullable String subject,
        @Nullable Integer page) {

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    AuditFilter onPage(int number) {
        return new AuditFilter(from, to, user, kind, office, subject, number);
    }
}
