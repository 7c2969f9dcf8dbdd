package id.alur.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours of one working day: a morning period {@code [opens, breakStarts)} and an afternoon period
 * {@code [breakEnds, closes)}. A day without a break has {@code breakStarts == breakEnds}.
 */
record DaySchedule(LocalTime opens, LocalTime breakStarts, LocalTime breakEnds, LocalTime closes) {

    DaySchedule {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(breakStarts, "breakStarts");
        Objects.requireNonNull(breakEnds, "breakEnds");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(breakStarts) || breakEnds.isBefore(breakStarts) || !breakEnds.isBefore(closes)) {
            throw new IllegalArgumentException("Day schedule must be opens < breakStarts <= breakEnds < closes, was "
                    + opens + "-" + breakStarts + ", " + breakEnds + "-" + closes);
        }
    }

    /**
     * The hours of a day from {@code opens} to {@code closes}, with a break when both of its ends are given (else none:
     * an empty break halfway, so that the day is one period).
     *
     * @throws IllegalArgumentException unless opens &lt; breakStarts &lt;= breakEnds &lt; closes (opens &lt; closes
     *     without a break)
     */
    static DaySchedule of(
            LocalTime opens,
            @org.jspecify.annotations.Nullable LocalTime breakStarts,
            @org.jspecify.annotations.Nullable LocalTime breakEnds,
            LocalTime closes) {
        if (breakStarts == null || breakEnds == null) {
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("Day schedule must be opens < closes, was " + opens + "-" + closes);
            }
            LocalTime half = opens.plus(Duration.between(opens, closes).dividedBy(2));
            return new DaySchedule(opens, half, half, closes);
        }
        return new DaySchedule(opens, breakStarts, breakEnds, closes);
    }

    Duration morning() {
        return Duration.between(opens, breakStarts);
    }

    /** Working time of the whole day, breaks excluded. */
    Duration net() {
        return morning().plus(Duration.between(breakEnds, closes));
    }

    /** Working time from opening until {@code time} (clamped to the day's periods). */
    Duration elapsedAt(LocalTime time) {
        Duration morning = Duration.between(opens, clamp(time, opens, breakStarts));
        Duration afternoon = Duration.between(breakEnds, clamp(time, breakEnds, closes));
        return morning.plus(afternoon);
    }

    /**
     * The time of day at which {@code position} of working time has elapsed ({@code 0 <= position <= net()}).
     * At the exact end of the morning the result is the break's start, or the break's end when {@code afterBreak}.
     */
    LocalTime timeAt(Duration position, boolean afterBreak) {
        if (position.isNegative() || position.compareTo(net()) > 0) {
            throw new IllegalArgumentException("Position " + position + " is outside the day " + this);
        }
        int toMorningEnd = position.compareTo(morning());
        if (toMorningEnd < 0 || (toMorningEnd == 0 && !afterBreak)) {
            return opens.plus(position);
        }
        return breakEnds.plus(position.minus(morning()));
    }

    /** Whether {@code time} lies in a working period, the periods' ends included. */
    boolean coversClosed(LocalTime time) {
        return (!time.isBefore(opens) && !time.isAfter(breakStarts))
                || (!time.isBefore(breakEnds) && !time.isAfter(closes));
    }

    private static LocalTime clamp(LocalTime time, LocalTime from, LocalTime to) {
        return time.isBefore(from) ? from : time.isAfter(to) ? to : time;
    }
}
