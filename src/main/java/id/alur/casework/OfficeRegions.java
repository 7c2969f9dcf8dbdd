package id.alur.casework;

import java.util.Optional;

/**
 * The region an office serves, named from the official region codes (Kepmendagri, {@code casework/wilayah.csv}): for
 * letters and the public verification page, which name the office with its region (issue 12 item 9).
 */
public final class OfficeRegions {

    private OfficeRegions() {}

    /**
     * The region of a province or regency/city code as a letter writes it: {@code 33.17} gives "Kabupaten Rembang,
     * Provinsi Jawa Tengah", {@code 65} gives "Provinsi Kalimantan Utara". Empty for an unknown code and for a
     * kecamatan or village (an office serves a province or a regency/city).
     */
    public static Optional<String> describe(String code) {
        var regions = RegionCodes.official();
        return regions.find(code)
                .filter(region -> region.level() == Region.Level.PROVINCE || region.level() == Region.Level.REGENCY)
                .map(region -> String.join(
                        ", ",
                        regions.path(region).reversed().stream()
                                .map(OfficeRegions::written)
                                .toList()));
    }

    private static String written(Region region) {
        return region.level() == Region.Level.PROVINCE ? "Provinsi " + region.name() : region.name();
    }
}
