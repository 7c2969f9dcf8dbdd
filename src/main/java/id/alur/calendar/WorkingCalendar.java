package id.alur.calendar;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblem;
import id.alur.platform.OfficeZones;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working calendar of every office: due times of SOP steps, the working time a step took, and the administration
 * of holidays, office time zones and office exceptions. The rules are described in docs/calendar.md.
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

    private static final int MAX_NAME = 200;
    private static final int MAX_SOURCE = 1000;
    private static final int MAX_REASON = 500;
    private static final int MAX_OFFICE_CODE = 64;

    /** Longer than any Ramadan (30 days), short enough that a mistyped year is caught. */
    static final int MAX_HOURS_PERIOD_DAYS = 62;

    private final CalendarRepository repository;
    private final OfficeCalendars calendars;
    private final AuditTrail audit;

    WorkingCalendar(CalendarRepository repository, CalendarSettings settings, AuditTrail audit) {
        this.audit = audit;
        this.repository = repository;
        this.calendars = new OfficeCalendars(repository, settings.cacheTtl());
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
        String office = requireOfficeCode(officeCode);
        if (zone == null) {
            throw new InvalidCalendarDataException("zone", "calendar.zone.required");
        }
        if (!INDONESIAN_ZONES.contains(zone)) {
            throw new InvalidCalendarDataException("zone", "calendar.zone.notIndonesian", zone.getId());
        }
        repository.upsertZone(office, zone);
        calendars.evictAfterCommit();
        record("calendar.zone-set", office, office, zone.getId());
    }

    /** The office's exceptions to the national calendar, by date. */
    public List<OfficeExceptionView> officeExceptions(@Nullable String officeCode) {
        return repository.officeExceptions(requireOfficeCode(officeCode));
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
        String office = requireOfficeCode(officeCode);
        if (date == null) {
            throw new InvalidCalendarDataException("date", "calendar.exception.date.required");
        }
        if (kind == null) {
            throw new InvalidCalendarDataException("kind", "calendar.exception.kind.required");
        }
        String cleanReason = requireText("reason", "calendar.exception.reason", reason, MAX_REASON);
        if (!repository.insertOfficeException(office, date, kind, cleanReason)) {
            throw new InvalidCalendarDataException("date", "calendar.exception.duplicate", date);
        }
        calendars.evictAfterCommit();
        record("calendar.exception-added", office, office + "/" + date, kind + " " + cleanReason);
        return new OfficeExceptionView(office, date, kind, cleanReason);
    }

    /** @throws CalendarEntryNotFoundException when the office has no exception on {@code date} */
    @Transactional
    public void removeOfficeException(@Nullable String officeCode, LocalDate date) {
        String office = requireOfficeCode(officeCode);
        Objects.requireNonNull(date, "date");
        if (!repository.deleteOfficeException(office, date)) {
            throw new CalendarEntryNotFoundException("calendar.exception.notFound", office, date);
        }
        calendars.evictAfterCommit();
        record("calendar.exception-removed", office, office + "/" + date, null);
    }

    /** The periods in which the office works other hours (Ramadan hours, shortened days), by their first day. */
    public List<OfficeHoursView> officeHours(@Nullable String officeCode) {
        return repository.officeHours(requireOfficeCode(officeCode));
    }

    /**
     * Records that the office works other hours from {@code startsOn} to {@code endsOn} (both included, at most
     * {@value #MAX_HOURS_PERIOD_DAYS} days): {@link OfficeHoursKind#RAMADAN} hours (Perpres 21/2023, no times given)
     * or {@link OfficeHoursKind#SHORTENED} hours from {@code opens} to {@code closes}, with a break when both of its
     * ends are given. Which days are working days does not change, only their hours.
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
        String office = requireOfficeCode(officeCode);
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
        LocalTime from = null;
        LocalTime breakFrom = null;
        LocalTime breakTo = null;
        LocalTime to = null;
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
            from = opens;
            breakFrom = breakStarts;
            breakTo = breakEnds;
            to = closes;
        }
        String cleanReason = requireText("reason", "calendar.hours.reason", reason, MAX_REASON);
        if (repository.officeHoursOverlap(office, startsOn, last)) {
            throw new InvalidCalendarDataException("startsOn", "calendar.hours.overlap", startsOn, last);
        }
        long id = repository.insertOfficeHours(office, startsOn, last, kind, from, breakFrom, breakTo, to, cleanReason);
        calendars.evictAfterCommit();
        record("calendar.hours-added", office, id, kind + " " + startsOn + ".." + last + " " + cleanReason);
        return new OfficeHoursView(id, office, startsOn, last, kind, from, breakFrom, breakTo, to, cleanReason);
    }

    /** @throws CalendarEntryNotFoundException when the office has no such period */
    @Transactional
    public void removeOfficeHours(@Nullable String officeCode, long id) {
        String office = requireOfficeCode(officeCode);
        if (!repository.deleteOfficeHours(office, id)) {
            throw new CalendarEntryNotFoundException("calendar.hours.notFound", office, id);
        }
        calendars.evictAfterCommit();
        record("calendar.hours-removed", office, id, null);
    }

    /** The hours of {@code day} within {@code period}. */
    static DaySchedule scheduleOf(OfficeHoursView period, LocalDate day) {
        if (period.kind() == OfficeHoursKind.RAMADAN) {
            return OfficeHours.RAMADAN.working(day.getDayOfWeek());
        }
        return DaySchedule.of(
                Objects.requireNonNull(period.opens()),
                period.breakStarts(),
                period.breakEnds(),
                Objects.requireNonNull(period.closes()));
    }

    /** The national holidays and cuti bersama days of {@code year}, by date. */
    public List<HolidayView> holidays(int year) {
        requireYear(year);
        return repository.holidays(year);
    }

    /** The years with a recorded holiday list, each with its decree and whether it is provisional. */
    public List<HolidayYearView> holidayYears() {
        return repository.holidayYears();
    }

    /**
     * Records the decree a year's list comes from, e.g. when the new SKB 3 Menteri is out or a provisional list has
     * been checked against it.
     */
    @Transactional
    public HolidayYearView setHolidayYear(int year, @Nullable String source, boolean provisional) {
        requireYear(year);
        String cleanSource = requireText("source", "calendar.holidayYear.source", source, MAX_SOURCE);
        repository.upsertHolidayYear(year, cleanSource, provisional);
        record("calendar.holiday-year-set", null, year, (provisional ? "provisional, " : "") + cleanSource);
        return new HolidayYearView(year, cleanSource, provisional);
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
        var checked = checkHoliday(date, name, kind, source);
        HolidayId id = repository
                .insertHoliday(checked.date(), checked.name(), checked.kind(), checked.source())
                .orElseThrow(() -> new InvalidCalendarDataException(
                        "name", "calendar.holiday.duplicate", checked.date(), checked.name()));
        calendars.evictAfterCommit();
        record("calendar.holiday-added", null, id.value(), checked.date() + " " + checked.name());
        return new HolidayView(id, checked.date(), checked.name(), checked.kind(), checked.source());
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
        Objects.requireNonNull(id, "id");
        var checked = checkHoliday(date, name, kind, source);
        if (repository.holidayExists(checked.date(), checked.name(), id)) {
            throw new InvalidCalendarDataException("name", "calendar.holiday.duplicate", date, checked.name());
        }
        if (!repository.updateHoliday(id, checked.date(), checked.name(), checked.kind(), checked.source())) {
            throw new CalendarEntryNotFoundException("calendar.holiday.notFound", id.value());
        }
        calendars.evictAfterCommit();
        record("calendar.holiday-updated", null, id.value(), checked.date() + " " + checked.name());
        return new HolidayView(id, checked.date(), checked.name(), checked.kind(), checked.source());
    }

    /** The fields of a holiday as {@link #addHoliday} and {@link #updateHoliday} check them (the id is a stand-in). */
    private static HolidayView checkHoliday(
            @Nullable LocalDate date, @Nullable String name, @Nullable HolidayKind kind, @Nullable String source) {
        if (date == null) {
            throw new InvalidCalendarDataException("date", "calendar.holiday.date.required");
        }
        requireYear(date.getYear());
        String cleanName = requireText("name", "calendar.holiday.name", name, MAX_NAME);
        if (kind == null) {
            throw new InvalidCalendarDataException("kind", "calendar.holiday.kind.required");
        }
        String cleanSource = requireText("source", "calendar.holiday.source", source, MAX_SOURCE);
        return new HolidayView(new HolidayId(0), date, cleanName, kind, cleanSource);
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
        if (csv == null || csv.isBlank()) {
            throw new InvalidCalendarDataException("file", "calendar.import.empty");
        }
        HolidayCsv.Parsed parsed = HolidayCsv.parse(csv);
        List<InputProblem> problems = new ArrayList<>(parsed.problems());
        List<HolidayView> added = new ArrayList<>();
        for (HolidayCsv.Row row : parsed.rows()) {
            try {
                added.add(addHoliday(row.date(), row.name(), row.kind(), row.source()));
            } catch (InvalidCalendarDataException e) {
                for (InputProblem problem : e.problems()) {
                    problems.add(InputProblem.ofRow(
                            row.line(),
                            "file",
                            "calendar.import.line",
                            row.line(),
                            new DefaultMessageSourceResolvable(
                                    new String[] {problem.messageKey()},
                                    problem.arguments().toArray())));
                }
            }
        }
        if (parsed.rows().isEmpty() && problems.isEmpty()) {
            throw new InvalidCalendarDataException("file", "calendar.import.empty");
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(p -> p.row() == null ? 0 : p.row()));
            // rolls back the lines already inserted: all or nothing
            throw new InvalidCalendarDataException(problems);
        }
        return added;
    }

    /** @throws CalendarEntryNotFoundException when there is no such holiday (any more) */
    @Transactional
    public void removeHoliday(HolidayId id) {
        Objects.requireNonNull(id, "id");
        if (!repository.deleteHoliday(id)) {
            throw new CalendarEntryNotFoundException("calendar.holiday.notFound", id.value());
        }
        calendars.evictAfterCommit();
        record("calendar.holiday-removed", null, id.value(), null);
    }

    /**
     * A change of the working calendar on the audit trail, in the change's transaction: due times of every running
     * step follow from it (issue 14, admin actions). National holidays belong to no office ({@code null}): the system
     * administrators read them.
     */
    private void record(String action, @Nullable String officeCode, Object id, @Nullable String detail) {
        audit.record(
                AuditEvent.of(action).about("calendar", id).inOffice(officeCode).detail(detail));
    }

    private WorkingTimeRules rules(String officeCode) {
        return calendars.rules(Objects.requireNonNull(officeCode, "officeCode"));
    }

    private static String requireOfficeCode(@Nullable String officeCode) {
        if (officeCode == null || officeCode.isBlank()) {
            throw new InvalidCalendarDataException("officeCode", "calendar.officeCode.required");
        }
        if (officeCode.length() > MAX_OFFICE_CODE
                || !officeCode.equals(officeCode.strip())
                || officeCode.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidCalendarDataException("officeCode", "calendar.officeCode.invalid", officeCode);
        }
        return officeCode;
    }

    private static void requireYear(int year) {
        if (year < 1900 || year > 9999) {
            throw new InvalidCalendarDataException("year", "calendar.year.invalid", String.valueOf(year));
        }
    }

    /** The text stripped; {@code keyPrefix + ".required"} or {@code ".tooLong"} when it is blank or too long. */
    private static String requireText(String field, String keyPrefix, @Nullable String text, int maxLength) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new InvalidCalendarDataException(field, keyPrefix + ".required");
        }
        if (clean.length() > maxLength) {
            throw new InvalidCalendarDataException(field, keyPrefix + ".tooLong", maxLength);
        }
        return clean;
    }
}
