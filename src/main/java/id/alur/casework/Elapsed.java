package id.alur.casework;

import java.time.Duration;

/** A duration as a person reads it: days, hours and minutes (message {@code casework.elapsed}). */
record Elapsed(long days, long hours, long minutes) {

    static Elapsed of(Duration duration) {
        if (duration == null || duration.isNegative()) {
            return new Elapsed(0, 0, 0);
        }
        return new Elapsed(duration.toDays(), duration.toHoursPart(), duration.toMinutesPart());
    }

    /** The message key that says it without the zero parts in front. */
    public String messageKey() {
        if (days > 0) {
            return "casework.elapsed.days";
        }
        if (hours > 0) {
            return "casework.elapsed.hours";
        }
        return "casework.elapsed.minutes";
    }

    public Object[] args() {
        return new Object[] {days, hours, minutes};
    }
}
