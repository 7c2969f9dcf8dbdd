package id.alur.office;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** An office as other modules see it. {@code code} is the office code of the seeds, e.g. {@code dinsos-kaltara}. */
public record OfficeView(
        String code, String name, OfficeKind kind, @Nullable String address, ZoneId zone, int version) {}
