package id.alur.letter;

import id.alur.casework.OfficeRegions;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The office admin's kop surat and its logo, checked and saved for {@link LetterService}. */
@Component
class LetterheadEditing {

    private final LetterheadRepository letterheads;
    private final LetterModuleSettings moduleSettings;
    private final AuditTrail audit;
    private final Clock clock;

    LetterheadEditing(
            LetterheadRepository letterheads,
            LetterModuleSettings moduleSettings,
            AuditTrail audit,
            ObjectProvider<Clock> clock) {
        this.letterheads = letterheads;
        this.moduleSettings = moduleSettings;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    Optional<LetterheadView> letterhead(String officeCode) {
        return letterheads.find(officeCode).map(Letterhead::view);
    }

    /** Saves the text of an office's letterhead; the logo is kept. */
    LetterheadView save(LetterheadView input, String by) {
        requireText("governmentName", input.governmentName());
        requireText("officeName", input.officeName());
        requireText("place", input.place());
        optionalText("address", input.address());
        optionalText("contact", input.contact());
        String regionCode = blankToNull(input.regionCode());
        // Issue 12 item 9: the region the letters name must be a real province or regency/city (Kepmendagri codes).
        if (regionCode != null && OfficeRegions.describe(regionCode).isEmpty()) {
            throw new InvalidLetterInputException("regionCode", "letter.letterhead.region-unknown", regionCode);
        }
        var letterhead = new Letterhead(
                input.officeCode(),
                input.governmentName().strip(),
                input.officeName().strip(),
                blankToNull(input.address()),
                blankToNull(input.contact()),
                input.place().strip(),
                null,
                null,
                input.version(),
                regionCode);
        Instant now = clock.instant();
        if (!letterheads.saveText(letterhead, by, now)) {
            var change = letterheads.lastChange(input.officeCode());
            throw new LetterChangedException(
                    "letterhead " + input.officeCode(),
                    change.by(),
                    change.at(),
                    letterhead(input.officeCode()).orElse(null));
        }
        audit.record(AuditEvent.of("letterhead.saved")
                .about("letterhead", input.officeCode())
                .inOffice(input.officeCode()));
        return letterhead(input.officeCode()).orElseThrow();
    }

    /** Replaces the logo: a PNG or JPEG no larger than {@code alur.letter.logo-max-size}, checked by decoding it. */
    LetterheadView uploadLogo(String officeCode, byte[] image, String by) {
        String mediaType = LogoImage.check(image, moduleSettings.logoMaxSize().toBytes());
        if (!letterheads.saveLogo(officeCode, image, mediaType, by, clock.instant())) {
            throw new InvalidLetterInputException("logo", "letter.logo.letterhead-first");
        }
        audit.record(AuditEvent.of("letterhead.logo-uploaded")
                .about("letterhead", officeCode)
                .inOffice(officeCode)
                .detail(mediaType + ", " + image.length + " bytes"));
        return letterhead(officeCode).orElseThrow();
    }

    Optional<LetterService.Logo> logo(String officeCode) {
        return letterheads
                .find(officeCode)
                .filter(Letterhead::hasLogo)
                .map(l -> new LetterService.Logo(l.logo(), l.logoMediaType()));
    }

    private static void requireText(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidLetterInputException(field, "letter.letterhead.required");
        }
        optionalText(field, value);
    }

    private static void optionalText(String field, @Nullable String value) {
        if (value != null
                && (value.length() > LetterSetting.MAX_TEXT || value.chars().anyMatch(c -> c < 0x20))) {
            throw new InvalidLetterInputException(field, "letter.setting.text-too-long", LetterSetting.MAX_TEXT);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
