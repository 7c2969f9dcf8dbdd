package id.alur.letter;

/**
 * The kop surat of an office as the admin edits it; the logo is uploaded separately.
 *
 * @param place the place written before the date, e.g. "Rembang"
 * @param version the version read, for optimistic locking (0 when there is none yet)
 */
public record LetterheadView(
        String officeCode,
        String governmentName,
        String officeName,
        String address,
        String contact,
        String place,
        boolean hasLogo,
        int version) {}
