package id.alur.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Working-time arithmetic of one office: its hours, its time zone and the dates it does not work. Pure and immutable,
 * so the facade can cache one per office and share it between threads. The semantics are described in
 * docs/calendar.md.
 *
 * <p>A working day is a date that is an extra working day of the office, or a regular working day of the week
 * ({@link OfficeHours}) that is not among the non-working dates (national holidays, cuti bersama, days the office is
 * closed). Working time is the union of the working days' periods, half open: {@code [07:30, 12:00)} and
 * {@code [13:00, 16:00)} on Monday.
 */
final class WorkingTimeRules {

    /** Arithmetic never looks further than this from its start, so a runaway amount fails instead of spinning. */
    static final int HORIZON_YEARS = 100;

    private final OfficeHours hours;
    private final ZoneId zone;
    private final Set<LocalDate> nonWorkingDates;
    private final Set<LocalDate> extraWorkingDates;
    private final Map<LocalDate, DaySchedule> otherHours;

    WorkingTimeRules(OfficeHours hours, ZoneId zone, Set<LocalDate> nonWorkingDates, Set<LocalDate> extraWorkingDates) {
        this(hours, zone, nonWorkingDates, extraWorkingDates, Map.of());
    }

    /**
     * @param otherHours the hours of the dates on which the office works other hours than {@code hours} (Ramadan
     *     hours, shortened days); whether a date is a working day does not depend on them
     */
    WorkingTimeRules(
            OfficeHours hours,
            ZoneId zone,
            Set<LocalDate> nonWorkingDates,
            Set<LocalDate> extraWorkingDates,
            Map<LocalDate, DaySchedule> otherHours) {
        this.hours = Objects.requireNonNull(hours, "hours");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.nonWorkingDates = Set.copyOf(nonWorkingDates);
        this.extraWorkingDates = Set.copyOf(extraWorkingDates);
        this.otherHours = Map.copyOf(otherHours);
    }

    ZoneId zone() {
        return zone;
    }

    /** An office's extra working day wins over a holiday; a closed day or holiday wins over the weekday rule. */
    boolean isWorkingDay(LocalDate day) {
        return scheduleOn(day) != null;
    }

    /** The hours of {@code day}, or {@code null} when the office does not work that day. */
    DaySchedule scheduleOn(LocalDate day) {
        DaySchedule regular = hours.on(day.getDayOfWeek());
        boolean works = extraWorkingDates.contains(day) || (regular != null && !nonWorkingDates.contains(day));
        if (!works) {
            return null;
        }
        DaySchedule other = otherHours.get(day);
        if (other != null) {
            return other;
        }
        return regular != null ? regular : hours.extraDay();
    }

    /** Whether {@code moment} lies in working time, the ends of the working periods included. */
    boolean isWithinWorkingTime(Instant moment) {
        LocalDateTime local = LocalDateTime.ofInstant(moment, zone);
        DaySchedule day = scheduleOn(local.toLocalDate());
        return day != null && day.coversClosed(local.toLocalTime());
    }

    /** {@code moment} itself when it lies in working time, else the start of the next working period. */
    Instant nextWorkingMoment(Instant moment) {
        LocalDateTime local = LocalDateTime.ofInstant(moment, zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        LocalDate limit = horizon(day);
        DaySchedule schedule = scheduleOn(day);
        if (schedule != null) {
            if (time.isBefore(schedule.opens())) {
                return at(day, schedule.opens());
            }
            if (time.isBefore(schedule.breakStarts())) {
                return moment;
            }
            if (time.isBefore(schedule.breakEnds())) {
                return at(day, schedule.breakEnds());
            }
            if (time.isBefore(schedule.closes())) {
                return moment;
            }
        }
        LocalDate next = nextWorkingDay(day, limit);
        return at(next, scheduleOn(next).opens());
    }

    /**
     * The earliest moment at which {@code amount} of working time has elapsed since {@code start}: counting begins at
     * the next working moment and skips breaks, evenings and non-working days. A due time that lands exactly on the
     * end of a working period stays there (12:00 or 16:00) rather than moving to the next period's start.
     */
    Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time to add must not be negative, was " + amount);
        }
        Instant from = nextWorkingMoment(start);
        if (amount.isZero()) {
            return from;
        }
        LocalDateTime local = LocalDateTime.ofInstant(from, zone);
        LocalDate day = local.toLocalDate();
        LocalDate limit = horizon(day);
        DaySchedule schedule = scheduleOn(day);
        Duration position = schedule.elapsedAt(local.toLocalTime());
        Duration remaining = amount;
        while (true) {
            Duration left = schedule.net().minus(position);
            if (remaining.compareTo(left) <= 0) {
                return at(day, schedule.timeAt(position.plus(remaining), false));
            }
            remaining = remaining.minus(left);
            day = nextWorkingDay(day, limit);
            schedule = scheduleOn(day);
            position = Duration.ZERO;
        }
    }

    /**
     * The moment {@code days} working days after {@code start} at the same working-time position: the working time
     * already elapsed that day at the (normalised) start is elapsed again on the target day. Between days with the
     * same hours this is the same clock time (Monday 10:00 + 1 = Tuesday 10:00); from Thursday to Friday, whose break
     * is longer, it keeps a full working day in between (Thursday 11:45 + 1 = Friday 13:15, not a moment in the
     * Friday break). Should the target day be shorter than that position, the result is its closing time.
     */
    Instant plusWorkingDays(Instant start, long days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days to add must not be negative, was " + days);
        }
        Instant from = nextWorkingMoment(start);
        if (days == 0) {
            return from;
        }
        LocalDateTime local = LocalDateTime.ofInstant(from, zone);
        LocalDate day = local.toLocalDate();
        LocalDate limit = horizon(day);
        Duration position = scheduleOn(day).elapsedAt(local.toLocalTime());
        for (long i = 0; i < days; i++) {
            day = nextWorkingDay(day, limit);
        }
        DaySchedule target = scheduleOn(day);
        if (position.compareTo(target.net()) >= 0) {
            return at(day, target.closes());
        }
        return at(day, target.timeAt(position, true));
    }

    /**
     * Working time in {@code [from, to)}; negative when {@code to} is before {@code from}, so that the measure is
     * antisymmetric.
     */
    Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        LocalDateTime a = LocalDateTime.ofInstant(from, zone);
        LocalDateTime b = LocalDateTime.ofInstant(to, zone);
        if (b.toLocalDate().isAfter(horizon(a.toLocalDate()))) {
            throw new IllegalArgumentException(
                    "Cannot measure working time over more than " + HORIZON_YEARS + " years: " + from + " to " + to);
        }
        DaySchedule first = scheduleOn(a.toLocalDate());
        if (a.toLocalDate().equals(b.toLocalDate())) {
            return first == null
                    ? Duration.ZERO
                    : first.elapsedAt(b.toLocalTime()).minus(first.elapsedAt(a.toLocalTime()));
        }
        Duration total = first == null ? Duration.ZERO : first.net().minus(first.elapsedAt(a.toLocalTime()));
        for (LocalDate day = a.toLocalDate().plusDays(1); day.isBefore(b.toLocalDate()); day = day.plusDays(1)) {
            DaySchedule schedule = scheduleOn(day);
            if (schedule != null) {
                total = total.plus(schedule.net());
            }
        }
        DaySchedule last = scheduleOn(b.toLocalDate());
        return last == null ? total : total.plus(last.elapsedAt(b.toLocalTime()));
    }

    /** Plain elapsed time in the office's zone; days are calendar days there. */
    Instant plusCalendarTime(Instant start, long amount, ChronoUnit unit) {
        return ZonedDateTime.ofInstant(start, zone).plus(amount, unit).toInstant();
    }

    private LocalDate nextWorkingDay(LocalDate after, LocalDate limit) {
        LocalDate day = after.plusDays(1);
        while (!isWorkingDay(day)) {
            if (day.isAfter(limit)) {
                throw new IllegalArgumentException("No working day found within " + HORIZON_YEARS + " years");
            }
            day = day.plusDays(1);
        }
        if (day.isAfter(limit)) {
            throw new IllegalArgumentException("The result lies more than " + HORIZON_YEARS + " years ahead");
        }
        return day;
    }

    private static LocalDate horizon(LocalDate from) {
        return from.plusYears(HORIZON_YEARS);
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
