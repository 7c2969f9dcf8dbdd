package id.alur.platform;

import java.time.ZoneId;
import java.util.List;

/**
 * The office's time zone: one fact, kept by the working calendar (module {@code calendar}, which implements this) and
 * read by everything that shows or computes an office's time: due times, letters' dates, pages. The office's
 * administration page sets it through this interface, because {@code office} may not use {@code calendar} (DESIGN.md
 * §3); both may use the platform.
 */
public interface OfficeZones {

    /** The time zones of Indonesia: WIB (Asia/Jakarta, Asia/Pontianak), WITA (Asia/Makassar), WIT (Asia/Jayapura). */
    List<ZoneId> INDONESIAN = List.of(
            ZoneId.of("Asia/Jakarta"),
            ZoneId.of("Asia/Pontianak"),
            ZoneId.of("Asia/Makassar"),
            ZoneId.of("Asia/Jayapura"));

    /** The office's zone; WIB (Asia/Jakarta) when none was set. */
    ZoneId zoneOf(String officeCode);

    /**
     * Sets the office's zone, in the caller's transaction.
     *
     * @throws InvalidInputException on field {@code zone} when it is not one of {@link #INDONESIAN}
     */
    void setZone(String officeCode, ZoneId zone);
}
