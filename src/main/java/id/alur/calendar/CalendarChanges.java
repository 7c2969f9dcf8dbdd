package id.alur.calendar;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import org.jspecify.annotations.Nullable;

/**
 * What every administrative change of the working calendar does besides writing its row, in the change's transaction:
 * the in-memory calendars become stale when it commits ({@link OfficeCalendars}), and the change goes on the audit
 * trail (issue 14, admin actions), since the due times of every step started after it follow from it.
 */
final class CalendarChanges {

    private final OfficeCalendars calendars;
    private final AuditTrail audit;

    CalendarChanges(OfficeCalendars calendars, AuditTrail audit) {
        this.calendars = calendars;
        this.audit = audit;
    }

    /**
     * Records the change {@code action} of {@code id}; national data belongs to no office ({@code officeCode} null):
     * the system administrators read it.
     */
    void changed(String action, @Nullable String officeCode, Object id, @Nullable String detail) {
        calendars.evictAfterCommit();
        audit.record(
                AuditEvent.of(action).about("calendar", id).inOffice(officeCode).detail(detail));
    }

    /** A change that moves no due time (a year's decree) only goes on the audit trail. */
    void recorded(String action, @Nullable String officeCode, Object id, @Nullable String detail) {
        audit.record(
                AuditEvent.of(action).about("calendar", id).inOffice(officeCode).detail(detail));
    }
}
