package id.alur.workflow;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days of a report, both inclusive, in the office's time zone: a step counts in the period it closed in, a whole
 * case in the period it ended in.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    public StatisticsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to);
        }
    }

    /** The calendar month of {@code day}. */
    public static StatisticsPeriod monthOf(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new StatisticsPeriod(first, first.plusMonths(1).minusDays(1));
    }
}
