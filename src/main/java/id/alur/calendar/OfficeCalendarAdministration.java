package id.alur.calendar;

import static id.alur.calendar.CalendarInput.MAX_REASON;
import static id.alur.calendar.CalendarInput.requireOfficeCode;
import static id.alur.calendar.CalendarInput.requireText;
import static id.alur.calendar.CalendarInput.requireYear;

import id.alur.calendar.OfficeCalendarChanged.Change;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An office's own calendar as {@link WorkingCalendar} offers it: its zone, its exceptions and its other working hours,
 * each checked, written and recorded. The facade holds the transactions; a check that fails has written nothing. A
 * change in place is checked as an addition is and, like adding and removing, moves the due times of steps started
 * after it, not of steps already open (docs/calendar.md).
 */
final class OfficeCalendarAdministration {

    /** Longer than any Ramadan (30 days), short enough that a mistyped year is caught. */
    static final int MAX_HOURS_PERIOD_DAYS = 62;

    /** A period of other hours as checked: the times only for a shortened period. */
    private record Period(
            LocalDate startsOn,
            LocalDate endsOn,
            OfficeHoursKind kind,
            @Nullable LocalTime opens,
            @Nullable LocalTime breakStarts,
            @Nullable LocalTime breakEnds,
            @Nullable LocalTime closes,
            String reason) {

        OfficeHoursView view(long id, String office) {
            return new OfficeHoursView(
                    id, office, startsOn, endsOn, kind, opens, breakStarts, breakEnds, closes, reason);
        }

        String detail() {
            return kind + " " + startsOn + ".." + endsOn + " " + reason;
        }
    }

    private final CalendarRepository repository;
    private final CalendarChanges changes;

    OfficeCalendarAdministration(CalendarRepository repository, CalendarChanges changes) {
        this.repository = repository;
        this.changes = changes;
    }

    void setZone(@Nullable String officeCode, @Nullable ZoneId zone) {
        String office = requireOfficeCode(officeCode);
        if (zone == null) {
            throw new InvalidCalendarDataException("zone", "calendar.zone.required");
        }
        if (!WorkingCalendar.INDONESIAN_ZONES.contains(zone)) {
            throw new InvalidCalendarDataException("zone", "calendar.zone.notIndonesian", zone.getId());
        }
        ZoneId before = repository.zone(office).orElse(WorkingCalendar.DEFAULT_ZONE);
        repository.upsertZone(office, zone);
        changes.changed("calendar.zone-set", office, office, zone.getId());
        if (!before.equals(zone)) {
            // the zone an office already worked in (a new office set to WIB, the office page saved unchanged) moves no
            // working time
            changes.moved(OfficeCalendarChanged.zoneOf(office));
        }
    }

    List<OfficeExceptionView> officeExceptions(@Nullable String officeCode) {
        return repository.officeExceptions(requireOfficeCode(officeCode));
    }

    OfficeExceptionView addOfficeException(
            @Nullable String officeCode,
            @Nullable LocalDate date,
            @Nullable OfficeExceptionKind kind,
            @Nullable String reason) {
        String office = requireOfficeCode(officeCode);
        var checked = checkException(office, date, kind, reason);
        if (!repository.insertOfficeException(office, checked.date(), checked.kind(), checked.reason())) {
            throw new InvalidCalendarDataException("date", "calendar.exception.duplicate", checked.date());
        }
        changes.changed(
                "calendar.exception-added",
                office,
                office + "/" + checked.date(),
                checked.kind() + " " + checked.reason());
        changes.moved(OfficeCalendarChanged.days(office, Change.EXCEPTIONS, checked.date(), checked.date()));
        return checked;
    }

    OfficeExceptionView updateOfficeException(
            @Nullable String officeCode,
            LocalDate date,
            @Nullable LocalDate newDate,
            @Nullable OfficeExceptionKind kind,
            @Nullable String reason) {
        String office = requireOfficeCode(officeCode);
        Objects.requireNonNull(date, "date");
        var checked = checkException(office, newDate, kind, reason);
        if (!repository.officeExceptionExists(office, date)) {
            throw new CalendarEntryNotFoundException("calendar.exception.notFound", office, date);
        }
        if (!checked.date().equals(date) && repository.officeExceptionExists(office, checked.date())) {
            throw new InvalidCalendarDataException("date", "calendar.exception.duplicate", checked.date());
        }
        repository.updateOfficeException(office, date, checked.date(), checked.kind(), checked.reason());
        changes.changed(
                "calendar.exception-updated",
                office,
                office + "/" + date,
                (checked.date().equals(date) ? "" : "-> " + checked.date() + " ")
                        + checked.kind()
                        + " "
                        + checked.reason());
        changes.moved(
                OfficeCalendarChanged.days(office, Change.EXCEPTIONS, date, date, checked.date(), checked.date()));
        return checked;
    }

    private static OfficeExceptionView checkException(
            String office, @Nullable LocalDate date, @Nullable OfficeExceptionKind kind, @Nullable String reason) {
        if (date == null) {
            throw new InvalidCalendarDataException("date", "calendar.exception.date.required");
        }
        if (kind == null) {
            throw new InvalidCalendarDataException("kind", "calendar.exception.kind.required");
        }
        String cleanReason = requireText("reason", "calendar.exception.reason", reason, MAX_REASON);
        return new OfficeExceptionView(office, date, kind, cleanReason);
    }

    void removeOfficeException(@Nullable String officeCode, LocalDate date) {
        String office = requireOfficeCode(officeCode);
        Objects.requireNonNull(date, "date");
        if (!repository.deleteOfficeException(office, date)) {
            throw new CalendarEntryNotFoundException("calendar.exception.notFound", office, date);
        }
        changes.changed("calendar.exception-removed", office, office + "/" + date, null);
        changes.moved(OfficeCalendarChanged.days(office, Change.EXCEPTIONS, date, date));
    }

    List<OfficeHoursView> officeHours(@Nullable String officeCode) {
        return repository.officeHours(requireOfficeCode(officeCode));
    }

    /** A period of other hours as entered, not yet checked ({@link WorkingCalendar#addOfficeHours}). */
    record HoursInput(
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable OfficeHoursKind kind,
            @Nullable LocalTime opens,
            @Nullable LocalTime breakStarts,
            @Nullable LocalTime breakEnds,
            @Nullable LocalTime closes,
            @Nullable String reason) {}

    OfficeHoursView addOfficeHours(@Nullable String officeCode, HoursInput input) {
        return writeOfficeHours(officeCode, null, input);
    }

    OfficeHoursView updateOfficeHours(@Nullable String officeCode, long id, HoursInput input) {
        return writeOfficeHours(officeCode, id, input);
    }

    /**
     * Adds ({@code id} null) or changes a period: a change is checked as an addition is, and may overlap no period of
     * the office but itself (docs/calendar.md).
     */
    private OfficeHoursView writeOfficeHours(@Nullable String officeCode, @Nullable Long id, HoursInput input) {
        String office = requireOfficeCode(officeCode);
        var period = checkHours(input);
        OfficeHoursView before = id == null
                ? null
                : repository.officeHours(office).stream()
                        .filter(h -> h.id() == id)
                        .findFirst()
                        .orElseThrow(() -> new CalendarEntryNotFoundException("calendar.hours.notFound", office, id));
        if (repository.officeHoursOverlap(office, period.startsOn(), period.endsOn(), id)) {
            throw new InvalidCalendarDataException(
                    "startsOn", "calendar.hours.overlap", period.startsOn(), period.endsOn());
        }
        long written;
        if (id == null) {
            written = repository.insertOfficeHours(period.view(0, office));
        } else {
            written = id;
            repository.updateOfficeHours(period.view(id, office));
        }
        changes.changed(
                id == null ? "calendar.hours-added" : "calendar.hours-updated", office, written, period.detail());
        changes.moved(
                before == null
                        ? OfficeCalendarChanged.days(office, Change.HOURS, period.startsOn(), period.endsOn())
                        : OfficeCalendarChanged.days(
                                office,
                                Change.HOURS,
                                before.startsOn(),
                                before.endsOn(),
                                period.startsOn(),
                                period.endsOn()));
        return period.view(written, office);
    }

    /** The period's fields, checked in the order of the form; the overlap with other periods is the caller's. */
    private static Period checkHours(HoursInput input) {
        LocalDate startsOn = input.startsOn();
        LocalDate endsOn = input.endsOn();
        OfficeHoursKind kind = input.kind();
        LocalTime opens = input.opens();
        LocalTime breakStarts = input.breakStarts();
        LocalTime breakEnds = input.breakEnds();
        LocalTime closes = input.closes();
        if (startsOn == null) {
            throw new InvalidCalendarDataException("startsOn", "calendar.hours.startsOn.required");
        }
        requireYear(startsOn.getYear());
        LocalDate last = endsOn == null ? startsOn : endsOn;
        if (last.isBefore(startsOn)) {
            throw new InvalidCalendarDataException("endsOn", "calendar.hours.endsOn.beforeStart");
        }
        if (ChronoUnit.DAYS.between(startsOn, last) >= MAX_HOURS_PERIOD_DAYS) {
            throw new InvalidCalendarDataException("endsOn", "calendar.hours.endsOn.tooLong", MAX_HOURS_PERIOD_DAYS);
        }
        if (kind == null) {
            throw new InvalidCalendarDataException("kind", "calendar.hours.kind.required");
        }
        if (kind == OfficeHoursKind.SHORTENED) {
            if (opens == null) {
                throw new InvalidCalendarDataException("opens", "calendar.hours.opens.required");
            }
            if (closes == null) {
                throw new InvalidCalendarDataException("closes", "calendar.hours.closes.required");
            }
            if (!opens.isBefore(closes)) {
                throw new InvalidCalendarDataException("closes", "calendar.hours.closes.beforeOpens");
            }
            if ((breakStarts == null) != (breakEnds == null)) {
                throw new InvalidCalendarDataException(
                        breakStarts == null ? "breakStarts" : "breakEnds", "calendar.hours.break.both");
            }
            if (breakStarts != null
                    && (!opens.isBefore(breakStarts)
                            || breakEnds.isBefore(breakStarts)
                            || !breakEnds.isBefore(closes))) {
                throw new InvalidCalendarDataException("breakStarts", "calendar.hours.break.outside");
            }
        }
        String cleanReason = requireText("reason", "calendar.hours.reason", input.reason(), MAX_REASON);
        boolean shortened = kind == OfficeHoursKind.SHORTENED;
        return new Period(
                startsOn,
                last,
                kind,
                shortened ? opens : null,
                shortened ? breakStarts : null,
                shortened ? breakEnds : null,
                shortened ? closes : null,
                cleanReason);
    }

    void removeOfficeHours(@Nullable String officeCode, long id) {
        String office = requireOfficeCode(officeCode);
        OfficeHoursView removed = repository.officeHours(office).stream()
                .filter(h -> h.id() == id)
                .findFirst()
                .orElse(null);
        if (removed == null || !repository.deleteOfficeHours(office, id)) {
            throw new CalendarEntryNotFoundException("calendar.hours.notFound", office, id);
        }
        changes.changed("calendar.hours-removed", office, id, null);
        changes.moved(OfficeCalendarChanged.days(office, Change.HOURS, removed.startsOn(), removed.endsOn()));
    }
}
