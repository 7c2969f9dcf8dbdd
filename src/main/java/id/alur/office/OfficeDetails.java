package id.alur.office;

import org.jspecify.annotations.Nullable;

/** What an administrator enters about an office; {@code zoneId} is an IANA zone such as {@code Asia/Makassar}. */
public record OfficeDetails(
        @Nullable String name,
        @Nullable OfficeKind kind,
        @Nullable String address,
        @Nullable String zoneId) {}
