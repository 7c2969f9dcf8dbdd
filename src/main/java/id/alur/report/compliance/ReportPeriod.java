package id.alur.report.compliance;

import id.alur.platform.InvalidInputException;
import id.alur.workflow.StatisticsPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The period a report page asks for ({@code dari}, {@code sampai}, yyyy-MM-dd), the current month by default. */
final class ReportPeriod {

    /** The longest period one report covers: two years. */
    static final int MAX_DAYS = 366 * 2;

    private ReportPeriod() {}

    static StatisticsPeriod of(@Nullable String from, @Nullable String to, LocalDate today) {
        StatisticsPeriod month = StatisticsPeriod.monthOf(today);
        LocalDate start = blank(from) ? month.from() : parse("dari", from);
        LocalDate end = blank(to) ? month.to() : parse("sampai", to);
        if (end.isBefore(start)) {
            throw new InvalidInputException("sampai", "report.period.toBeforeFrom");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new InvalidInputException("sampai", "report.period.tooLong", MAX_DAYS);
        }
        return new StatisticsPeriod(start, end);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate parse(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "report.period.invalidDate", value);
        }
    }
}
