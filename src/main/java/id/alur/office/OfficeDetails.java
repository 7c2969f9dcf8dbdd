package id.alur.office;

/** What an administrator enters about an office; {@code zoneId} is an IANA zone such as {@code Asia/Makassar}. */
public record OfficeDetails(String name, OfficeKind kind, String address, String zoneId) {}
