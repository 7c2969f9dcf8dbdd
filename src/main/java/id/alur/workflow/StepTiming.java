package id.alur.workflow;

import id.alur.calendar.TimeBasis;
import id.alur.calendar.WorkingCalendar;
import id.alur.sop.StandardTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** Due times and time spent of steps, on the office's working calendar. */
@Component
class StepTiming {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final WorkingCalendar calendar;

    StepTiming(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** When the Mutu Baku time runs out for a step started at {@code start}; {@code null} without a standard. */
    Instant dueAt(String officeCode, Instant start, StandardTime time) {
        if (time == null || time.amount() == null || time.unit() == null) {
            return null;
        }
        Amount amount = amount(time);
        TimeBasis basis = time.basis() == StandardTime.TimeBasis.CALENDAR ? TimeBasis.CALENDAR : TimeBasis.WORKING;
        return calendar.dueAt(officeCode, start, amount.value(), amount.unit(), basis);
    }

    Duration workingTimeBetween(String officeCode, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return calendar.workingTimeBetween(officeCode, from, to);
    }

    record Amount(long value, ChronoUnit unit) {}

    /**
     * Menit/jam/hari to the calendar's units. A fraction of an hour is counted in minutes; the calendar counts days as
     * whole working days, so a fraction of a day ("½ hari") is rounded up to the whole day in the office's favour.
     */
    static Amount amount(StandardTime time) {
        BigDecimal amount = time.amount();
        return switch (time.unit()) {
            case MENIT -> new Amount(amount.setScale(0, RoundingMode.CEILING).longValueExact(), ChronoUnit.MINUTES);
            case JAM ->
                isWhole(amount)
                        ? new Amount(amount.longValueExact(), ChronoUnit.HOURS)
                        : new Amount(
                                amount.multiply(SIXTY)
                                        .setScale(0, RoundingMode.CEILING)
                                        .longValueExact(),
                                ChronoUnit.MINUTES);
            case HARI -> new Amount(amount.setScale(0, RoundingMode.CEILING).longValueExact(), ChronoUnit.DAYS);
        };
    }

    private static boolean isWhole(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0;
    }
}
