package id.alur.letter;

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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter module's facade: letters issued on the signing steps of the SOPs, their PDFs, the public verification
 * by code and by uploaded PDF, revocation, the register of outgoing letters, and the settings and letterheads the
 * office's admin edits.
 */
@Service
public class LetterService {

    static final int MAX_REASON = 500;

    private final LetterRepository letters;
    private final LetterSettingRepository settings;
    private final LetterRegister register;
    private final LetterheadEditing letterheadEditing;
    private final LetterTemplateEditing templateEditing;
    private final LetterSettingEditing settingEditing;
    private final LetterPdf pdf;
    private final LetterRendering rendering;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    LetterService(
            LetterRepository letters,
            LetterSettingRepository settings,
            LetterRegister register,
            LetterheadEditing letterheadEditing,
            LetterTemplateEditing templateEditing,
            LetterSettingEditing settingEditing,
            LetterPdf pdf,
            LetterRendering rendering,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock,
            AuditTrail audit) {
        this.audit = audit;
        this.letters = letters;
        this.settings = settings;
        this.register = register;
        this.letterheadEditing = letterheadEditing;
        this.templateEditing = templateEditing;
        this.settingEditing = settingEditing;
        this.pdf = pdf;
        this.rendering = rendering;
        this.events = events;
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
        return register.entries(officeCode, period, kind);
    }

    /** The name of the register's workbook for the office and period. */
    public static String registerFileName(String officeCode, RegisterPeriod period) {
        return LetterRegister.fileName(officeCode, period);
    }

    /**
     * The register as an XLSX workbook, in the reader's language. The register names each letter's applicant: every
     * copy handed out is on the audit trail (UU 27/2022), from the letter administration and from the reports alike.
     */
    public byte[] registerWorkbook(String officeCode, RegisterPeriod period, @Nullable LetterKind kind, Locale locale) {
        return register.workbook(officeCode, period, kind, locale);
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
        return settingEditing.save(input, by);
    }

    /**
     * Removes a letter setting of the office (e.g. the Tanda Terima for every SOP a new office starts with): from then
     * on its step issues nothing. Refused while letters were issued under it (its kind for its SOP, revoked ones too;
     * for the Tanda Terima of every SOP, receipts of any SOP): the setting is the record of how their numbers were
     * made, so it is changed instead (docs/decisions.md, letter).
     *
     * @throws LetterNotFoundException when the office has no such setting
     * @throws InvalidLetterInputException on field {@code setting} when letters were issued under it
     */
    @Transactional
    public void removeSetting(String officeCode, long id, String by) {
        settingEditing.remove(officeCode, id, by);
    }

    /** The letterhead of an office, if the admin has written one. */
    public Optional<LetterheadView> letterhead(String officeCode) {
        return letterheadEditing.letterhead(officeCode);
    }

    /**
     * Saves the text of an office's letterhead; the logo is kept. A blank required field, a too long text or an unknown
     * region code is refused with {@link InvalidLetterInputException} naming the field; a stale version gives
     * {@link LetterChangedException}.
     */
    @Transactional
    public LetterheadView saveLetterhead(LetterheadView input, String by) {
        return letterheadEditing.save(input, by);
    }

    /**
     * Replaces the logo of an office's letterhead: a PNG or JPEG no larger than {@code alur.letter.logo-max-size},
     * checked by decoding it; anything else is refused naming the field {@code logo}.
     */
    @Transactional
    public LetterheadView uploadLogo(String officeCode, byte[] image, String by) {
        return letterheadEditing.uploadLogo(officeCode, image, by);
    }

    /** The logo bytes and media type of an office's letterhead. */
    public Optional<Logo> logo(String officeCode) {
        return letterheadEditing.logo(officeCode);
    }

    /** An uploaded logo as stored. */
    public record Logo(byte[] bytes, String mediaType) {}

    /** The bodies of an office's letter kinds (its own, or the standard one), in the order of the kinds. */
    public List<LetterTemplateView> templates(String officeCode) {
        return templateEditing.templates(officeCode);
    }

    /** The body of one kind of an office; a kind without a body (the Lembar Disposisi) is not found. */
    public LetterTemplateView template(String officeCode, LetterKind kind) {
        return templateEditing.template(officeCode, kind);
    }

    /** What a body of this kind may use, in the order the editor lists them. */
    public static List<LetterTemplateView.Placeholder> placeholders(LetterKind kind) {
        return LetterTemplateEditing.placeholders(kind);
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
        return templateEditing.save(officeCode, kind, body, version, by);
    }

    /**
     * The PDF of a letter of this kind written with the given body, from sample data (an applicant "Siti Aminah",
     * the office's letterhead, a sample number): the preview beside the editor. A body with problems is refused as
     * {@link #saveTemplate} refuses it.
     */
    public byte[] previewTemplate(String officeCode, LetterKind kind, @Nullable String body) {
        return templateEditing.preview(officeCode, kind, body);
    }

    /**
     * The SOP's own body of one kind (issue 12 follow-up: each service its own text); while it has none, the body its
     * letters take, the office's or else the standard one, to start from. An SOP the office does not have is not found.
     */
    @Transactional(readOnly = true)
    public LetterTemplateView template(String officeCode, String sopCode, LetterKind kind) {
        return templateEditing.template(officeCode, sopCode, kind);
    }

    /** The SOPs' own bodies of the office, each as {@code <sop code>/<kind slug>}. */
    public Set<String> sopBodies(String officeCode) {
        return templateEditing.sopBodies(officeCode);
    }

    /**
     * Saves the SOP's own body of one kind: from the next letter on its letters of the kind take it instead of the
     * office's body. Refused as {@link #saveTemplate} refuses a body; an SOP the office does not have is not found.
     */
    @Transactional
    public LetterTemplateView saveTemplate(
            String officeCode, String sopCode, LetterKind kind, @Nullable String body, int version, String by) {
        return templateEditing.save(officeCode, sopCode, kind, body, version, by);
    }

    /**
     * Removes the SOP's own body of one kind: from the next letter on its letters take the office's body again.
     *
     * @throws LetterChangedException when it was saved or removed since {@code version} was read
     */
    @Transactional
    public LetterTemplateView removeTemplate(
            String officeCode, String sopCode, LetterKind kind, int version, String by) {
        return templateEditing.remove(officeCode, sopCode, kind, version, by);
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
}
