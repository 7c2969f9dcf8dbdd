package id.alur.letter;

import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The kop surat of an office: the government it belongs to, its own name, address and contact lines, the place
 * written before the date, and the logo the admin uploaded (absent until then).
 */
record Letterhead(
        String officeCode,
        String governmentName,
        String officeName,
        String address,
        String contact,
        String place,
        byte[] logo,
        String logoMediaType,
        int version,
        @Nullable String regionCode) {

    /** A letterhead without a region code (before the admin gave one; issue 12 item 9). */
    Letterhead(
            String officeCode,
            String governmentName,
            String officeName,
            String address,
            String contact,
            String place,
            byte[] logo,
            String logoMediaType,
            int version) {
        this(officeCode, governmentName, officeName, address, contact, place, logo, logoMediaType, version, null);
    }

    public boolean hasLogo() {
        return logo != null && logo.length > 0;
    }

    /** The letterhead as the admin edits it: without the logo's bytes, whether there is one. */
    LetterheadView view() {
        return new LetterheadView(
                officeCode, governmentName, officeName, address, contact, place, hasLogo(), version, regionCode);
    }

    /** The logo as a data URI for the letter template, or {@code null}. */
    public String logoDataUri() {
        return hasLogo()
                ? "data:" + logoMediaType + ";base64," + Base64.getEncoder().encodeToString(logo)
                : null;
    }
}
