package id.alur.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * Other working hours of one office from {@code startsOn} to {@code endsOn} (both included). {@code opens},
 * {@code closes} and the optional break are those of a {@link OfficeHoursKind#SHORTENED} period; a
 * {@link OfficeHoursKind#RAMADAN} period has the Ramadan hours of each day of the week and no times of its own.
 */
public record OfficeHoursView(
        long id,
        String officeCode,
        LocalDate startsOn,
        LocalDate endsOn,
        OfficeHoursKind kind,
        @Nullable LocalTime opens,
        @Nullable LocalTime breakStarts,
        @Nullable LocalTime breakEnds,
        @Nullable LocalTime closes,
        String reason) {}
