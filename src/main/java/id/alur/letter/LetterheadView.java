package id.alur.letter;

import org.jspecify.annotations.Nullable;

/**
 * The kop surat of an office as the admin edits it; the logo is uploaded separately.
 *
 * @param governmentName required, as {@code officeName} and {@code place} are: a letterhead without one is refused
 *     naming its field; {@code address} and {@code contact} may be left out
 * @param place the place written before the date, e.g. "Rembang"
 * @param version the version read, for optimistic locking (0 when there is none yet)
 * @param regionCode the province or regency/city the office serves (Kepmendagri code, e.g. {@code 33.17}): letters
 *     and the verification page name the office with it, "… Kabupaten Rembang, Provinsi Jawa Tengah"; optional
 */
public record LetterheadView(
        String officeCode,
        @Nullable String governmentName,
        @Nullable String officeName,
        @Nullable String address,
        @Nullable String contact,
        @Nullable String place,
        boolean hasLogo,
        int version,
        @Nullable String regionCode) {

    /** A letterhead without a region code. */
    public LetterheadView(
            String officeCode,
            @Nullable String governmentName,
            @Nullable String officeName,
            @Nullable String address,
            @Nullable String contact,
            @Nullable String place,
            boolean hasLogo,
            int version) {
        this(officeCode, governmentName, officeName, address, contact, place, hasLogo, version, null);
    }
}
