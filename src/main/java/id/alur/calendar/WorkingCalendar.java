package id.alur.calendar;

import id.alur.platform.AuditTrail;
import id.alur.platform.OfficeZones;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working calendar of every office: due times of SOP steps, the working time a step took, and the administration
 * of holidays ({@link HolidayAdministration}), office time zones, exceptions and other hours
 * ({@link OfficeCalendarAdministration}). The rules are described in docs/calendar.md.
 *
 * <p>Working time follows Perpres 21/2023: Monday–Thursday 07:30–16:00 with a 12:00–13:00 break, Friday 07:30–16:30
 * with an 11:30–13:00 break, in the office's own time zone (WIB unless set). National holidays, cuti bersama and the
 * days an office is closed are not working days; an office's extra working day is. Every office's calendar is kept in
 * memory ({@link OfficeCalendars}), so computing due times costs no database access; administrative changes make it
 * stale when they commit.
 */
@Service
public class WorkingCalendar implements OfficeZones {

    /** Where an office works when nobody set its zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    /** WIB (Asia/Jakarta, Asia/Pontianak), WITA (Asia/Makassar) and WIT (Asia/Jayapura). */
    public static final Set<ZoneId> INDONESIAN_ZONES = Set.copyOf(OfficeZones.INDONESIAN);

    private final OfficeCalendars calendars;
    private final OfficeCalendarAdministration offices;
    private final HolidayAdministration holidays;

    WorkingCalendar(
            CalendarRepository repository,
            CalendarSettings settings,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.calendars = new OfficeCalendars(repository, settings.cacheTtl());
        var changes = new CalendarChanges(calendars, audit, events);
        this.offices = new OfficeCalendarAdministration(repository, changes);
        this.holidays = new HolidayAdministration(repository, changes);
    }

    /**
     * When a step started at {@code start} with a standard time of {@code amount} {@code unit} is due.
     *
     * <ul>
     *   <li>{@link TimeBasis#WORKING} with {@code MINUTES} or {@code HOURS} ("menit", "jam"): counting begins at the
     *       next working moment (a start before 07:30, in a break, after closing or on a day off counts from the next
     *       opening) and skips breaks, evenings, weekends, holidays, cuti bersama and closed days. A due time that
     *       reaches the end of a working period exactly is that end (12:00, 16:00), not the next opening.
     *   <li>{@link TimeBasis#WORKING} with {@code DAYS} ("hari"): the same working-time position {@code amount} working
     *       days later: Monday 10:00 + 1 = Tuesday 10:00; Thursday 11:45 + 1 = Friday 13:15 (a full working day later;
     *       Friday's break is longer); Saturday 09:00 + 1 = Tuesday 07:30.
     *   <li>{@link TimeBasis#CALENDAR}: plain elapsed time in the office's zone ("24 Jam" = 24 hours later, days =
     *       calendar days); the due time may fall outside office hours.
     * </ul>
     *
     * A working due time always lies in working time (period ends included).
     *
     * @param unit {@link ChronoUnit#MINUTES}, {@link ChronoUnit#HOURS} or {@link ChronoUnit#DAYS}
     * @throws IllegalArgumentException for a negative amount, another unit, or a due time beyond 100 years
     */
    public Instant dueAt(String officeCode, Instant start, long amount, ChronoUnit unit, TimeBasis basis) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
        if (amount < 0) {
            throw new IllegalArgumentException("Amount must not be negative, was " + amount);
        }
        if (unit != ChronoUnit.MINUTES && unit != ChronoUnit.HOURS && unit != ChronoUnit.DAYS) {
            throw new IllegalArgumentException("Unit must be MINUTES, HOURS or DAYS, was " + unit);
        }
        WorkingTimeRules rules = rules(officeCode);
        if (basis == TimeBasis.CALENDAR) {
            return rules.plusCalendarTime(start, amount, unit);
        }
        return switch (unit) {
            case MINUTES -> rules.plusWorkingTime(start, Duration.ofMinutes(amount));
            case HOURS -> rules.plusWorkingTime(start, Duration.ofMinutes(Math.multiplyExact(amount, 60L)));
            default -> rules.plusWorkingDays(start, amount);
        };
    }

    /**
     * The working time in {@code [from, to)}, e.g. how much of the office's time a step took (SLA): the inverse of
     * {@link #dueAt} with working minutes, so {@code workingTimeBetween(o, s, dueAt(o, s, m, MINUTES, WORKING))} is
     * {@code m} minutes. Negative when {@code to} is before {@code from}.
     */
    public Duration workingTimeBetween(String officeCode, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return rules(officeCode).workingTimeBetween(from, to);
    }

    /** Whether the office works on {@code day}: a weekday that is no holiday and not closed, or an extra working day. */
    public boolean isWorkingDay(String officeCode, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return rules(officeCode).isWorkingDay(day);
    }

    /** The office's time zone; {@link #DEFAULT_ZONE} (WIB) unless set (on the office's page or here). */
    @Override
    public ZoneId zoneOf(String officeCode) {
        return rules(officeCode).zone();
    }

    /**
     * Sets the office's time zone (WIB, WITA or WIT).
     *
     * @throws InvalidCalendarDataException on field {@code zone} when it is not an Indonesian zone
     */
    @Override
    @Transactional
    public void setZone(@Nullable String officeCode, @Nullable ZoneId zone) {
        offices.setZone(officeCode, zone);
    }

    /** The office's exceptions to the national calendar, by date. */
    public List<OfficeExceptionView> officeExceptions(@Nullable String officeCode) {
        return offices.officeExceptions(officeCode);
    }

    /**
     * Records that the office is closed ({@link OfficeExceptionKind#CLOSED}, e.g. a regional holiday) or works
     * ({@link OfficeExceptionKind#EXTRA_WORKING_DAY}) on {@code date}. An extra working day on a Saturday or Sunday
     * has the Monday–Thursday hours.
     *
     * @throws InvalidCalendarDataException on a missing field, or on {@code date} when the office already has an
     *     exception that day
     */
    @Transactional
    public OfficeExceptionView addOfficeException(
            @Nullable String officeCode,
            @Nullable LocalDate date,
            @Nullable OfficeExceptionKind kind,
            @Nullable String reason) {
        return offices.addOfficeException(officeCode, date, kind, reason);
    }

    /**
     * Changes the office's exception of {@code date} in place: its day ({@code newDate}), kind or reason, checked as
     * {@link #addOfficeException} checks a new one. Like adding and removing, it moves the due times of steps started
     * after it, not of steps already open (docs/calendar.md).
     *
     * @throws InvalidCalendarDataException on a missing field, or on {@code date} when the office already has another
     *     exception on {@code newDate}
     * @throws CalendarEntryNotFoundException when the office has no exception on {@code date} (any more)
     */
    @Transactional
    public OfficeExceptionView updateOfficeException(
            @Nullable String officeCode,
            LocalDate date,
            @Nullable LocalDate newDate,
            @Nullable OfficeExceptionKind kind,
            @Nullable String reason) {
        return offices.updateOfficeException(officeCode, date, newDate, kind, reason);
    }

    /** @throws CalendarEntryNotFoundException when the office has no exception on {@code date} */
    @Transactional
    public void removeOfficeException(@Nullable String officeCode, LocalDate date) {
        offices.removeOfficeException(officeCode, date);
    }

    /** The periods in which the office works other hours (Ramadan hours, shortened days), by their first day. */
    public List<OfficeHoursView> officeHours(@Nullable String officeCode) {
        return offices.officeHours(officeCode);
    }

    /**
     * Records that the office works other hours from {@code startsOn} to {@code endsOn} (both included, at most
     * {@value OfficeCalendarAdministration#MAX_HOURS_PERIOD_DAYS} days): {@link OfficeHoursKind#RAMADAN} hours
     * (Perpres 21/2023, no times given) or {@link OfficeHoursKind#SHORTENED} hours from {@code opens} to
     * {@code closes}, with a break when both of its ends are given. Which days are working days does not change, only
     * their hours.
     *
     * @throws InvalidCalendarDataException on the field at fault: a missing date, kind or reason, {@code endsOn}
     *     before {@code startsOn} or too far after it, missing or disordered times of a shortened period, or
     *     {@code startsOn} when the period overlaps another of the office's
     */
    @Transactional
    public OfficeHoursView addOfficeHours(
            @Nullable String officeCode,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable OfficeHoursKind kind,
            @Nullable LocalTime opens,
            @Nullable LocalTime breakStarts,
            @Nullable LocalTime breakEnds,
            @Nullable LocalTime closes,
            @Nullable String reason) {
        return offices.addOfficeHours(
                officeCode,
                new OfficeCalendarAdministration.HoursInput(
                        startsOn, endsOn, kind, opens, breakStarts, breakEnds, closes, reason));
    }

    /**
     * Changes a period of other hours in place, checked as {@link #addOfficeHours} checks a new one (it may not
     * overlap the office's other periods). Like adding and removing, it moves the due times of steps started after it,
     * not of steps already open.
     *
     * @throws InvalidCalendarDataException on the field at fault, as {@link #addOfficeHours}
     * @throws CalendarEntryNotFoundException when the office has no such period (any more)
     */
    @Transactional
    public OfficeHoursView updateOfficeHours(
            @Nullable String officeCode,
            long id,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable OfficeHoursKind kind,
            @Nullable LocalTime opens,
            @Nullable LocalTime breakStarts,
            @Nullable LocalTime breakEnds,
            @Nullable LocalTime closes,
            @Nullable String reason) {
        return offices.updateOfficeHours(
                officeCode,
                id,
                new OfficeCalendarAdministration.HoursInput(
                        startsOn, endsOn, kind, opens, breakStarts, breakEnds, closes, reason));
    }

    /** @throws CalendarEntryNotFoundException when the office has no such period */
    @Transactional
    public void removeOfficeHours(@Nullable String officeCode, long id) {
        offices.removeOfficeHours(officeCode, id);
    }

    /** The national holidays and cuti bersama days of {@code year}, by date. */
    public List<HolidayView> holidays(int year) {
        return holidays.holidays(year);
    }

    /** The years with a recorded holiday list, each with its decree and whether it is provisional. */
    public List<HolidayYearView> holidayYears() {
        return holidays.holidayYears();
    }

    /**
     * Records the decree a year's list comes from, e.g. when the new SKB 3 Menteri is out or a provisional list has
     * been checked against it.
     */
    @Transactional
    public HolidayYearView setHolidayYear(int year, @Nullable String source, boolean provisional) {
        return holidays.setHolidayYear(year, source, provisional);
    }

    /**
     * Adds a national holiday or cuti bersama day for every office.
     *
     * @param source the decree declaring it, e.g. "SKB 3 Menteri Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5
     *     Tahun 2025"
     * @throws InvalidCalendarDataException on a missing field, or on {@code name} when that date already has a
     *     holiday of that name
     */
    @Transactional
    public HolidayView addHoliday(
            @Nullable LocalDate date, @Nullable String name, @Nullable HolidayKind kind, @Nullable String source) {
        return holidays.addHoliday(date, name, kind, source);
    }

    /**
     * Changes a holiday in place (its date, name, kind or decree), checked as {@link #addHoliday} checks a new one. Like
     * adding and removing, it moves the due times of steps started after it, not of steps already open
     * (docs/calendar.md).
     *
     * @throws InvalidCalendarDataException on a missing field, or on {@code name} when that date already has another
     *     holiday of that name
     * @throws CalendarEntryNotFoundException when there is no such holiday (any more)
     */
    @Transactional
    public HolidayView updateHoliday(
            HolidayId id,
            @Nullable LocalDate date,
            @Nullable String name,
            @Nullable HolidayKind kind,
            @Nullable String source) {
        return holidays.updateHoliday(id, date, name, kind, source);
    }

    /**
     * Imports a holiday list from CSV (see {@link HolidayCsv}) in one transaction: every line is checked as
     * {@link #addHoliday} checks a form, and if any line is bad nothing is imported.
     *
     * @return the holidays added, by line
     * @throws InvalidCalendarDataException on field {@code file}, with a problem naming the line of each bad row
     */
    @Transactional
    public List<HolidayView> importHolidays(@Nullable String csv) {
        return holidays.importHolidays(csv);
    }

    /** @throws CalendarEntryNotFoundException when there is no such holiday (any more) */
    @Transactional
    public void removeHoliday(HolidayId id) {
        holidays.removeHoliday(id);
    }

    private WorkingTimeRules rules(String officeCode) {
        return calendars.rules(Objects.requireNonNull(officeCode, "officeCode"));
    }
}
