package id.alur.sop.yaml;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the SOP forms write them: "2024-01-15", "15 Januari 2024", "Rabu, 01 Januari 2020" (the day name, when
 * given, must match the date), "15/01/2024".
 */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WRITTEN =
            Pattern.compile("(?:([\\p{L}']+),?\\s+)?(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})", Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1),
            Map.entry("februari", 2),
            Map.entry("pebruari", 2),
            Map.entry("maret", 3),
            Map.entry("april", 4),
            Map.entry("mei", 5),
            Map.entry("juni", 6),
            Map.entry("juli", 7),
            Map.entry("agustus", 8),
            Map.entry("september", 9),
            Map.entry("oktober", 10),
            Map.entry("november", 11),
            Map.entry("nopember", 11),
            Map.entry("desember", 12));

    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "senin", DayOfWeek.MONDAY,
            "selasa", DayOfWeek.TUESDAY,
            "rabu", DayOfWeek.WEDNESDAY,
            "kamis", DayOfWeek.THURSDAY,
            "jumat", DayOfWeek.FRIDAY,
            "jum'at", DayOfWeek.FRIDAY,
            "sabtu", DayOfWeek.SATURDAY,
            "minggu", DayOfWeek.SUNDAY,
            "ahad", DayOfWeek.SUNDAY);

    private Dates() {}

    public static Optional<LocalDate> parse(String text) {
        String value = text.strip();
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(date(iso, 1, 2, 3));
            }
            Matcher numeric = NUMERIC.matcher(value);
            if (numeric.matches()) {
                return Optional.of(date(numeric, 3, 2, 1));
            }
            Matcher written = WRITTEN.matcher(value);
            if (written.matches()) {
                Integer month = MONTHS.get(written.group(3).toLowerCase(Locale.ROOT));
                if (month == null) {
                    return Optional.empty();
                }
                LocalDate date =
                        LocalDate.of(Integer.parseInt(written.group(4)), month, Integer.parseInt(written.group(2)));
                if (written.group(1) != null) {
                    DayOfWeek day = DAYS.get(written.group(1).toLowerCase(Locale.ROOT));
                    if (day != date.getDayOfWeek()) {
                        return Optional.empty();
                    }
                }
                return Optional.of(date);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The date in the matched groups for year, month and day. */
    private static LocalDate date(Matcher matched, int year, int month, int day) {
        return LocalDate.of(
                Integer.parseInt(matched.group(year)),
                Integer.parseInt(matched.group(month)),
                Integer.parseInt(matched.group(day)));
    }
}
