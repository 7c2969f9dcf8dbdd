package id.alur.calendar;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What every administrative change of the working calendar does besides writing its row, in the change's transaction:
 * the in-memory calendars become stale when it commits ({@link OfficeCalendars}), and the change goes on the audit
 * trail (issue 14, admin actions), since the due times of every step started after it follow from it; and the days whose
 * working time it moves are announced ({@link OfficeCalendarChanged}), so that working time already counted (the
 * workflow's closed steps and their Mutu Baku figures, issue 13) is counted again.
 */
final class CalendarChanges {

    private final OfficeCalendars calendars;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CalendarChanges(OfficeCalendars calendars, AuditTrail audit, ApplicationEventPublisher events) {
        this.calendars = calendars;
        this.audit = audit;
        this.events = events;
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

    /**
     * Announces the days whose working time the change moved, in its transaction (after {@link #changed}, whose
     * eviction runs first at commit, so that a listener after the commit reads the calendar as changed).
     */
    void moved(OfficeCalendarChanged change) {
        events.publishEvent(change);
    }

    /** A change that moves no due time (a year's decree) only goes on the audit trail. */
    void recorded(String action, @Nullable String officeCode, Object id, @Nullable String detail) {
        audit.record(
                AuditEvent.of(action).about("calendar", id).inOffice(officeCode).detail(detail));
    }
}
