package id.alur.letter;

import id.alur.casework.OfficeRegions;
import id.alur.office.OfficeService;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InvalidInputException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter module's facade: letters issued on the signing steps of the SOPs, their PDFs, the public verification
 * by code and by uploaded PDF, revocation, the register of outgoing letters, and the settings and letterheads the
 * office's admin edits.
 */
@Service
public class LetterService {

    private static final Logger log = LoggerFactory.getLogger(LetterService.class);

    static final int MAX_REASON = 500;

    private final LetterRepository letters;
    private final LetterSettingRepository settings;
    private final LetterheadRepository letterheads;
    private final LetterTemplateRepository templates;
    private final OfficeService offices;
    private final VerificationUrls urls;
    private final LetterModuleSettings moduleSettings;
    private final LetterPdf pdf;
    private final LetterRendering rendering;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final AuditTrail audit;

    LetterService(
            LetterRepository letters,
            LetterSettingRepository settings,
            LetterheadRepository letterheads,
            LetterTemplateRepository templates,
            OfficeService offices,
            VerificationUrls urls,
            LetterModuleSettings moduleSettings,
            LetterPdf pdf,
            LetterRendering rendering,
            ApplicationEventPublisher events,
            MessageSource messages,
            ObjectProvider<Clock> clock,
            AuditTrail audit) {
        this.audit = audit;
        this.letters = letters;
        this.settings = settings;
        this.letterheads = letterheads;
        this.templates = templates;
        this.offices = offices;
        this.urls = urls;
        this.moduleSettings = moduleSettings;
        this.pdf = pdf;
        this.rendering = rendering;
        this.events = events;
        this.messages = messages;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The letter with that id, or throws {@link LetterNotFoundException}. */
    public LetterView find(LetterId id) {
        return withPdf(stored(id)).view();
    }

    /**
     * The numbers of the letters issued on these workflow cases (revoked ones too: their numbers stay used), each
     * case's in issue order; a case without letters is absent. One query however many cases (the report's ledgers).
     */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> numbersByCase(Collection<Long> caseIds) {
        return letters.numbersByCase(caseIds);
    }

    /** The letters issued for a workflow case, in issue order. */
    public List<LetterView> forCase(long caseId) {
        return letters.forCase(caseId).stream()
                .map(this::withPdf)
                .map(LetterRepository.StoredLetter::view)
                .toList();
    }

    /**
     * The kinds of the letters issued for a workflow case and not revoked, without rendering any PDF: what the
     * notifications ask to tell whether the result is ready to collect.
     */
    @Transactional(readOnly = true)
    public Set<LetterKind> kindsIssued(long caseId) {
        var kinds = EnumSet.noneOf(LetterKind.class);
        letters.forCase(caseId).stream()
                .map(LetterRepository.StoredLetter::view)
                .filter(v -> !v.revoked())
                .forEach(v -> kinds.add(v.kind()));
        return kinds;
    }

    /**
     * The PDF as issued: the exact bytes whose SHA-256 the verification page shows. Rendered and stored first if the
     * render started at issue has not stored it yet.
     */
    public byte[] pdf(LetterId id) {
        return letters.pdf(id.value(), false)
                .or(() -> rendering.stored(id.value()).map(RenderedLetter::issued))
                .orElseThrow(() -> new LetterNotFoundException("letter " + id.value()));
    }

    /** The office's copy (arsip): the same letter with the reviewers' paraf; rendered first like {@link #pdf}. */
    public byte[] officeCopy(LetterId id) {
        return letters.pdf(id.value(), true)
                .or(() -> rendering.stored(id.value()).map(RenderedLetter::officeCopy))
                .orElseThrow(() -> new LetterNotFoundException("letter " + id.value()));
    }

    /**
     * Renders both PDFs of an issued letter again from what was stored when it was issued (letterhead and logo,
     * applicant, checklist, paraf, signer, verification URL as they were then), exactly as issuing renders them, and
     * stores nothing. For re-producing a PDF that was lost or damaged, for comparing a stored PDF's content with its
     * letter, and for measuring what rendering costs. The bytes are not those of the stored PDF (a PDF carries its
     * creation time and a document id), so its SHA-256 differs: the stored hash stays the one the QR verifies. A revoked letter renders as
     * issued: revocation is shown by the verification page, not on the paper.
     *
     * @throws LetterNotFoundException when there is no such letter
     * @throws IllegalStateException when the letter was issued before its content was stored (before migration
     *     V7_1): its stored PDFs are then its only copy
     */
    public RenderedLetter render(LetterId id) {
        stored(id);
        var document = letters.document(id.value())
                .orElseThrow(() -> new IllegalStateException(
                        "Letter " + id.value() + " was issued before its content was stored; only its PDFs remain"));
        return pdf.render(document, document.asOfficeCopy());
    }

    /**
     * What the public verification page shows for a code; empty for an unknown code and for text that cannot be a
     * code, alike, so the answer reveals nothing about which codes exist.
     */
    public Optional<LetterVerification> verify(@Nullable String code) {
        if (!VerificationCode.wellFormed(code)) {
            return Optional.empty();
        }
        // Never a letter without its hash: its PDFs are rendered and stored first (moments after issue, at most).
        return letters.findByCode(code).map(this::withPdf).map(LetterRepository.StoredLetter::verification);
    }

    /**
     * Whether the uploaded PDF is byte for byte the one issued under the code; empty when the code is unknown or
     * malformed.
     */
    public Optional<PdfCheck> verifyPdf(@Nullable String code, byte @Nullable [] pdf) {
        return verify(code).map(letter -> {
            String uploaded = LetterIssuer.sha256(pdf == null ? new byte[0] : pdf);
            boolean matches = MessageDigest.isEqual(
                    HexFormat.of().parseHex(uploaded), HexFormat.of().parseHex(letter.pdfSha256()));
            return new PdfCheck(matches, uploaded, letter);
        });
    }

    /**
     * Revokes an issued letter with a reason (shown on the public page); its number stays used. Throws
     * {@link InvalidLetterInputException} for a blank or too long reason and {@link LetterChangedException} when the
     * letter was already revoked.
     */
    @Transactional
    public LetterView revoke(LetterId id, @Nullable String reason, String by) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidLetterInputException("reason", "letter.revoke.reason-required");
        }
        if (text.length() > MAX_REASON || text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r')) {
            throw new InvalidLetterInputException("reason", "letter.revoke.reason-too-long", MAX_REASON);
        }
        var letter = stored(id);
        if (letter.view().revoked()) {
            throw new LetterChangedException(
                    "letter " + id.value(),
                    letter.view().revokedBy(),
                    letter.view().revokedAt(),
                    letter.view());
        }
        Instant now = clock.instant();
        if (!letters.revoke(id.value(), letter.version(), text, by, now)) {
            var fresh = stored(id).view();
            throw new LetterChangedException("letter " + id.value(), fresh.revokedBy(), fresh.revokedAt(), fresh);
        }
        events.publishEvent(
                new LetterRevoked(id, letter.view().officeCode(), letter.view().number(), text, by));
        audit.record(AuditEvent.of("letter.revoked")
                .about("letter", id.value())
                .inOffice(letter.view().officeCode())
                .detail(letter.view().number()));
        return find(id);
    }

    /** The register of outgoing letters of an office for a period, optionally of one kind ({@code null}: all). */
    public List<RegisterEntry> register(String officeCode, RegisterPeriod period, @Nullable LetterKind kind) {
        return letters.register(officeCode, period, kind).stream()
                .map(s -> {
                    var v = s.view();
                    var verification = s.verification();
                    return new RegisterEntry(
                            v.id(),
                            s.sequence(),
                            v.number(),
                            v.issuedOn(),
                            v.kind(),
                            v.sopCode(),
                            v.subject(),
                            v.addressee(),
                            v.applicantName(),
                            v.signerName(),
                            v.signerTitle(),
                            verification.revokedOn(),
                            v.revokedReason());
                })
                .toList();
    }

    /** The name of the register's workbook for the office and period. */
    public static String registerFileName(String officeCode, RegisterPeriod period) {
        return "agenda-surat-keluar-" + officeCode + "-" + period.from() + "-" + period.to() + ".xlsx";
    }

    /**
     * The register as an XLSX workbook, in the reader's language. The register names each letter's applicant: every
     * copy handed out is on the audit trail (UU 27/2022), from the letter administration and from the reports alike.
     */
    public byte[] registerWorkbook(String officeCode, RegisterPeriod period, @Nullable LetterKind kind, Locale locale) {
        List<RegisterEntry> entries = register(officeCode, period, kind);
        audit.record(AuditEvent.exported("letter-register", registerFileName(officeCode, period))
                .inOffice(officeCode)
                .detail(period.from() + ".." + period.to() + (kind == null ? "" : " " + kind.slug())));
        String officeName =
                letterheads.find(officeCode).map(Letterhead::officeName).orElse(officeCode);
        var labels = new RegisterWorkbook.Labels(
                text("letter.register.title", locale),
                text("letter.register.office", locale),
                text("letter.register.period", locale),
                List.of(
                        text("letter.register.column.no", locale),
                        text("letter.register.column.number", locale),
                        text("letter.register.column.date", locale),
                        text("letter.register.column.kind", locale),
                        text("letter.register.column.subject", locale),
                        text("letter.register.column.addressee", locale),
                        text("letter.register.column.applicant", locale),
                        text("letter.register.column.signer", locale),
                        text("letter.register.column.remarks", locale)),
                text("letter.register.revoked", locale),
                k -> text(k.messageKey(), locale));
        return RegisterWorkbook.write(officeName, period, entries, labels);
    }

    /** The letter settings of an office, by SOP and kind. */
    public List<LetterSettingView> settings(String officeCode) {
        return settings.forOffice(officeCode).stream().map(LetterSetting::view).toList();
    }

    /** One letter setting, or throws {@link LetterNotFoundException}. */
    public LetterSettingView setting(long id) {
        return settings.find(id)
                .map(LetterSetting::view)
                .orElseThrow(() -> new LetterNotFoundException("setting " + id));
    }

    /**
     * Creates ({@code id == null}) or updates a letter setting after checking it: a pattern with an unknown token,
     * without a sequence or without a year, a missing code the pattern uses, or steps out of order are refused with
     * {@link InvalidLetterInputException} naming the field; a stale version gives {@link LetterChangedException}.
     */
    @Transactional
    public LetterSettingView saveSetting(LetterSettingView input, String by) {
        var setting = LetterSetting.of(input).validated();
        Instant now = clock.instant();
        if (setting.id() == null) {
            long id = settings.insert(setting, by, now);
            recordSetting(id, setting.officeCode(), setting.sopCode() + " " + setting.kind());
            return setting(id);
        }
        var current =
                settings.find(setting.id()).orElseThrow(() -> new LetterNotFoundException("setting " + setting.id()));
        if (!current.officeCode().equals(setting.officeCode())
                || !current.sopCode().equals(setting.sopCode())
                || current.kind() != setting.kind()) {
            throw new InvalidLetterInputException("kind", "letter.setting.identity-fixed");
        }
        if (!settings.update(setting, by, now)) {
            var change = settings.lastChange(setting.id());
            throw new LetterChangedException(
                    "setting " + setting.id(), change.by(), change.at(), setting(setting.id()));
        }
        recordSetting(setting.id(), setting.officeCode(), setting.sopCode() + " " + setting.kind());
        return setting(setting.id());
    }

    /**
     * Removes a letter setting of the office (e.g. the Tanda Terima for every SOP a new office starts with): from then
     * on its step issues nothing. Letters already issued keep their number and snapshot.
     *
     * @throws LetterNotFoundException when the office has no such setting
     */
    @Transactional
    public void removeSetting(String officeCode, long id, String by) {
        if (!settings.delete(officeCode, id)) {
            throw new LetterNotFoundException("setting " + id);
        }
        log.info("Letter setting {} of office {} removed by {}", id, officeCode, by);
        audit.record(AuditEvent.of("letter-setting.removed")
                .about("letter-setting", id)
                .inOffice(officeCode));
    }

    /**
     * A change of an office's letter settings, letterhead or templates on the audit trail, in the change's transaction
     * (issue 14: admin actions were only in the application log).
     */
    private void recordSetting(Object id, String officeCode, String detail) {
        audit.record(AuditEvent.of("letter-setting.saved")
                .about("letter-setting", id)
                .inOffice(officeCode)
                .detail(detail));
    }

    /** The letterhead of an office, if the admin has written one. */
    public Optional<LetterheadView> letterhead(String officeCode) {
        return letterheads.find(officeCode).map(Letterhead::view);
    }

    /** Saves the text of an office's letterhead; the logo is kept. */
    @Transactional
    public LetterheadView saveLetterhead(LetterheadView input, String by) {
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

    /**
     * Replaces the logo of an office's letterhead: a PNG or JPEG no larger than {@code alur.letter.logo-max-size},
     * checked by decoding it; anything else is refused naming the field {@code logo}.
     */
    @Transactional
    public LetterheadView uploadLogo(String officeCode, byte[] image, String by) {
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

    /** The logo bytes and media type of an office's letterhead. */
    public Optional<Logo> logo(String officeCode) {
        return letterheads.find(officeCode).filter(Letterhead::hasLogo).map(l -> new Logo(l.logo(), l.logoMediaType()));
    }

    /** An uploaded logo as stored. */
    public record Logo(byte[] bytes, String mediaType) {}

    /** The bodies of an office's letter kinds (its own, or the standard one), in the order of the kinds. */
    public List<LetterTemplateView> templates(String officeCode) {
        return LetterTemplate.KINDS.stream().map(k -> template(officeCode, k)).toList();
    }

    /** The body of one kind of an office; a kind without a body (the Lembar Disposisi) is not found. */
    public LetterTemplateView template(String officeCode, LetterKind kind) {
        requireBody(kind);
        var stored = templates.find(officeCode, kind);
        var template =
                stored.map(LetterTemplateRepository.Stored::template).orElseGet(() -> LetterTemplate.standard(kind));
        return new LetterTemplateView(
                officeCode,
                kind,
                template.body(),
                stored.isEmpty(),
                stored.map(LetterTemplateRepository.Stored::version).orElse(0),
                stored.map(LetterTemplateRepository.Stored::updatedBy).orElse(null),
                stored.map(LetterTemplateRepository.Stored::updatedAt).orElse(null),
                placeholders(kind));
    }

    /** What a body of this kind may use, in the order the editor lists them. */
    public static List<LetterTemplateView.Placeholder> placeholders(LetterKind kind) {
        return LetterTemplate.placeholders(kind).stream()
                .map(p -> new LetterTemplateView.Placeholder(p.name(), p.messageKey(), p.table()))
                .toList();
    }

    /**
     * Saves the body of one kind of an office; it applies from the next letter on (issued letters keep the body in
     * their snapshot). An unknown placeholder, an unclosed one, a table placeholder not alone on its line are refused
     * with {@link InvalidInputException} naming each with its line, and nothing is written; a stale version gives
     * {@link LetterChangedException}.
     */
    @Transactional
    public LetterTemplateView saveTemplate(
            String officeCode, LetterKind kind, @Nullable String body, int version, String by) {
        var template = checked(kind, body);
        if (!templates.save(officeCode, template, version, by, clock.instant())) {
            var current = template(officeCode, kind);
            throw new LetterChangedException(
                    "template " + kind + " of office " + officeCode, current.updatedBy(), current.updatedAt(), current);
        }
        audit.record(AuditEvent.of("letter-template.saved")
                .about("letter-template", officeCode + "/" + kind.slug())
                .inOffice(officeCode));
        return template(officeCode, kind);
    }

    /**
     * The PDF of a letter of this kind written with the given body, from sample data (an applicant "Siti Aminah",
     * the office's letterhead, a sample number): the preview beside the editor. A body with problems is refused as
     * {@link #saveTemplate} refuses it.
     */
    public byte[] previewTemplate(String officeCode, LetterKind kind, @Nullable String body) {
        var template = checked(kind, body);
        var office =
                offices.findOffice(officeCode).orElseThrow(() -> new LetterNotFoundException("office " + officeCode));
        var letterhead = letterheads.find(officeCode).orElseGet(() -> LetterIssuing.fallbackLetterhead(office));
        var sample = LetterTemplate.sample(kind, officeCode, office.zone(), letterhead, urls.sample("CONTOH"), clock);
        String reason = kind == LetterKind.SURAT_PENOLAKAN ? LetterTemplate.SAMPLE_REASON : null;
        return pdf.render(sample.withBody(template.resolve(new LetterTemplate.Values(sample, reason))));
    }

    private static LetterTemplate checked(LetterKind kind, @Nullable String body) {
        requireBody(kind);
        var template = new LetterTemplate(kind, body == null ? "" : body);
        var problems = template.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return template;
    }

    private static void requireBody(LetterKind kind) {
        if (!LetterTemplate.hasBody(kind)) {
            throw new LetterNotFoundException("template of " + kind);
        }
    }

    private LetterRepository.StoredLetter stored(LetterId id) {
        return letters.find(id.value()).orElseThrow(() -> new LetterNotFoundException("letter " + id.value()));
    }

    /** The letter with its PDF hash: a letter whose PDFs are not stored yet has them rendered and stored now. */
    private LetterRepository.StoredLetter withPdf(LetterRepository.StoredLetter letter) {
        if (letter.view().pdfSha256() != null) {
            return letter;
        }
        long id = letter.view().id().value();
        rendering.stored(id);
        return letters.find(id).orElse(letter);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
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
