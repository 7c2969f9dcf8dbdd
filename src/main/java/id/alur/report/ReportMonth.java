package id.alur.report;

import id.alur.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The month a report page asks for ({@code bulan=yyyy-MM}), the office's current month when left out. */
public final class ReportMonth {

    private ReportMonth() {}

    /** The month asked for; a text that is no month is 422 naming {@code bulan}. */
    public static YearMonth of(@Nullable String month, LocalDate today) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(today);
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("bulan", "report.month.invalid", month.strip());
        }
    }
}
