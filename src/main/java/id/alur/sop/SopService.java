package id.alur.sop;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of each office's SOPs. A draft is validated when it is created; publishing makes it immutable (the
 * database refuses changes too); a revision is a new draft of the same code, numbered one higher. Which version is in
 * force on a day is decided by the effective date, so publishing a revision leaves older versions as they are.
 */
@Service
public class SopService {

    /**
     * The day an SOP without its own effective date comes into force is its publishing day, taken in WIB: four of the
     * five seed offices keep WIB, and the office's own zone lives in the calendar module, which {@code sop} may not
     * use (DESIGN.md §3).
     */
    static final ZoneId PUBLISHING_ZONE = ZoneId.of("Asia/Jakarta");

    private final SopVersionRepository versions;
    private final SopVersionReader reader;
    private final SopPublishing publishing;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SopService(
            SopVersionRepository versions,
            SopVersionReader reader,
            SopPublishing publishing,
            ObjectProvider<Clock> clock,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
        this.versions = versions;
        this.reader = reader;
        this.publishing = publishing;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Stores a new draft version of the SOP in the file: version 1 for a new code, otherwise one more than the
     * highest so far.
     *
     * @throws InvalidSopException listing every error of the file, in the caller's language
     */
    @Transactional
    public SopVersionView createDraft(String officeCode, String fileName, String sourceText) {
        return createDraft(officeCode, fileName, sourceText, null);
    }

    /**
     * The draft, announced as {@link SopDraftCreated} in this transaction, so that the modules keeping data per version
     * (letter's choices of which steps output a letter) carry theirs over from {@code revisedFrom} with it.
     */
    private SopVersionView createDraft(
            String officeCode, String fileName, String sourceText, @Nullable SopVersionId revisedFrom) {
        Sop sop = parse(fileName, sourceText);
        versions.lockCode(officeCode, sop.code());
        int number = versions.highestNumber(officeCode, sop.code()) + 1;
        long id = versions.insert(
                officeCode,
                sop.code(),
                number,
                sop.header().effectiveOn(),
                fileName,
                sourceText,
                clock.instant(),
                signedInUsername());
        record("sop.draft-created", id, officeCode, sop.code() + " v" + number + " from " + fileName);
        events.publishEvent(new SopDraftCreated(new SopVersionId(id), officeCode, sop.code(), number, revisedFrom));
        return view(versions.find(id).orElseThrow(), sop);
    }

    /**
     * Replaces the text of a draft, e.g. with the form the editor saved, if nobody saved it since {@code revision} (what
     * {@link #revision} said when the form was opened): two admins editing one draft do not overwrite each other. The
     * draft keeps its code and number: another code is another SOP, a new draft of its own.
     *
     * @throws InvalidSopException listing every error of the file, in the caller's language
     * @throws InvalidInputException on field {@code kode} when the text names another code
     * @throws SopDraftChangedException when the draft was saved since that revision; nothing is written
     * @throws SopStatusChangeNotAllowedException when it is no longer a draft (published meanwhile)
     */
    @Transactional
    public SopVersionView updateDraft(SopVersionId id, int revision, String fileName, String sourceText) {
        SopVersionRepository.Row row = row(id);
        Sop sop = parse(fileName, sourceText);
        if (!row.code().equals(sop.code())) {
            throw new InvalidInputException("kode", "sop.draft.code-changed", row.code(), String.valueOf(sop.code()));
        }
        if (row.status() != SopStatus.DRAFT) {
            throw notAllowed(id, SopStatus.DRAFT);
        }
        if (row.lock() != revision
                || !versions.updateDraft(
                        id.value(),
                        revision,
                        sop.header().effectiveOn(),
                        fileName,
                        sourceText,
                        clock.instant(),
                        signedInUsername())) {
            SopVersionRepository.Row fresh = row(id);
            if (fresh.status() != SopStatus.DRAFT) {
                throw notAllowed(id, SopStatus.DRAFT);
            }
            throw new SopDraftChangedException(view(fresh), fresh.savedBy(), fresh.savedAt());
        }
        record("sop.draft-saved", id.value(), row.officeCode(), row.code() + " v" + row.number());
        return view(versions.find(id.value()).orElseThrow(), sop);
    }

    /**
     * The revision of a version: one more with every save of a draft (and its publishing); the editor sends back the one
     * it opened ({@link #updateDraft}).
     *
     * @throws SopVersionNotFoundException when there is no such version
     */
    @Transactional(readOnly = true)
    public int revision(SopVersionId id) {
        return row(id).lock();
    }

    /**
     * {@link #createDraft(String, String, String)} for a file as uploaded: its bytes are read as the command line reads
     * a file, so a file that is not UTF-8 or too large is refused with that problem.
     *
     * @throws InvalidSopException listing every error of the file, in the caller's language
     */
    @Transactional
    public SopVersionView createDraft(String officeCode, String fileName, byte[] content) {
        SopReadResult result = SopFormat.read(fileName, content, locale());
        if (!result.valid()) {
            throw new InvalidSopException(result.errors());
        }
        return createDraft(officeCode, fileName, new String(content, StandardCharsets.UTF_8));
    }

    /**
     * Publishes a draft. From now on its content never changes. It comes into force on the file's tanggal efektif, or
     * today (WIB) when the file gives none.
     *
     * @throws SopStatusChangeNotAllowedException when it is not a draft (also when another user published it first)
     * @throws SopNotReadyException when a {@link ReadinessCheck} reports a blocking item; nothing is written
     */
    @Transactional
    public SopVersionView publish(SopVersionId id) {
        return publishing.publish(id);
    }

    /**
     * Publishes a draft to come into force on {@code effectiveOn}: a day in the future brings it into force that day
     * (new cases of the office take it from then on; cases already running stay on the version they started on). The
     * day is the office's own: the caller asks for that date, and workflow reads the day of a new case in the office's
     * zone.
     *
     * @throws InvalidInputException on field {@code effectiveOn} when the day is past (before today in WIB, the
     *     westernmost zone, so that today anywhere in Indonesia is allowed), or before the effective date of a version
     *     of the same SOP that is still published (the newer would never come into force)
     * @throws SopStatusChangeNotAllowedException when it is not a draft (also when another user published it first)
     */
    @Transactional
    public SopVersionView publish(SopVersionId id, LocalDate effectiveOn) {
        return publishing.publish(id, effectiveOn);
    }

    /**
     * Withdraws a published version: it is no longer in force for new cases; cases already running on it go on.
     *
     * @throws SopStatusChangeNotAllowedException when it is not published
     */
    @Transactional
    public SopVersionView retire(SopVersionId id) {
        return publishing.retire(id);
    }

    /**
     * A change to an office's SOPs on the audit trail, in the change's transaction (issue 14: admin actions were only in
     * the application log).
     */
    private void record(String action, long versionId, String officeCode, String detail) {
        audit.record(AuditEvent.of(action)
                .about("sop-version", versionId)
                .inOffice(officeCode)
                .detail(detail));
    }

    /**
     * A new draft of a published (or retired) version's SOP, from its file text as it was submitted: comments and
     * {@code # inferred:} marks stay. Numbered one higher than the SOP's highest version.
     *
     * @throws InvalidInputException {@code sop.revise.draft} when the version is a draft (edit the draft itself)
     */
    @Transactional
    public SopVersionView revise(SopVersionId id) {
        SopVersionRepository.Row row = row(id);
        if (row.status() == SopStatus.DRAFT) {
            throw new InvalidInputException(null, "sop.revise.draft", row.number());
        }
        return createDraft(row.officeCode(), row.fileName(), row.sourceText(), id);
    }

    /**
     * What changed from version {@code before} to version {@code after} of the same SOP (docs/sop-format.md, "Comparing
     * versions").
     *
     * @throws SopVersionNotFoundException when either is no version
     * @throws InvalidInputException on field {@code with} when the two are not versions of the same SOP of one office
     */
    @Transactional(readOnly = true)
    public SopComparison compare(SopVersionId before, SopVersionId after) {
        SopVersionView old = get(before);
        SopVersionView now = get(after);
        if (!old.officeCode().equals(now.officeCode()) || !old.code().equals(now.code())) {
            throw new InvalidInputException("with", "sop.compare.other-sop", old.code(), now.code());
        }
        return SopComparer.compare(old, now);
    }

    /** Who published and who retired the version (usernames), where known. */
    @Transactional(readOnly = true)
    public VersionHistory history(SopVersionId id) {
        SopVersionRepository.Row row = row(id);
        return new VersionHistory(row.publishedBy(), row.retiredAt(), row.retiredBy());
    }

    /**
     * Who changed a version's status and when it was retired.
     *
     * @param publishedBy the username, {@code null} for a draft or a version published by the system (the demo)
     * @param retiredAt {@code null} unless retired
     */
    public record VersionHistory(
            @Nullable String publishedBy,
            @Nullable Instant retiredAt,
            @Nullable String retiredBy) {}

    /** @throws SopVersionNotFoundException when there is no such version */
    @Transactional(readOnly = true)
    public SopVersionView get(SopVersionId id) {
        return view(row(id));
    }

    /**
     * What every {@link ReadinessCheck} finds missing for the version to run in its office ("siap dijalankan"), blocking
     * items first; empty when it is ready.
     *
     * @throws SopVersionNotFoundException when there is no such version
     */
    @Transactional(readOnly = true)
    public List<ReadinessItem> readiness(SopVersionId id) {
        return publishing.readiness(id);
    }

    /** The published version of the SOP with the latest effective date on or before {@code on}, if any. */
    @Transactional(readOnly = true)
    public Optional<SopVersionView> inForce(String officeCode, String sopCode, LocalDate on) {
        return versions.inForce(officeCode, sopCode, on).map(this::view);
    }

    /** All versions of the office's SOPs, by code, then version. */
    @Transactional(readOnly = true)
    public List<SopVersionView> versions(String officeCode) {
        return versions.ofOffice(officeCode).stream().map(this::view).toList();
    }

    private static @Nullable String signedInUsername() {
        return AlurUser.current().map(AlurUser::username).orElse(null);
    }

    private SopStatusChangeNotAllowedException notAllowed(SopVersionId id, SopStatus to) {
        return reader.notAllowed(id, to);
    }

    private SopVersionRepository.Row row(SopVersionId id) {
        return reader.row(id);
    }

    private SopVersionView view(SopVersionRepository.Row row) {
        return reader.view(row);
    }

    private static SopVersionView view(SopVersionRepository.Row row, Sop sop) {
        return SopVersionReader.view(row, sop);
    }

    /** The versions of the office with who published and retired each, as the SOP section lists them. */
    @Transactional(readOnly = true)
    List<StudioEntry> entries(String officeCode) {
        return versions.ofOffice(officeCode).stream()
                .map(row -> new StudioEntry(
                        view(row), new VersionHistory(row.publishedBy(), row.retiredAt(), row.retiredBy())))
                .toList();
    }

    /** A version with its history, for the SOP section. */
    record StudioEntry(SopVersionView version, VersionHistory history) {}

    private static Locale locale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return context == null || context.getLocale() == null ? Locale.ROOT : context.getLocale();
    }

    private static Sop parse(String fileName, String sourceText) {
        SopReadResult result = SopFormat.read(fileName, sourceText.getBytes(StandardCharsets.UTF_8), locale());
        if (!result.valid()) {
            throw new InvalidSopException(result.errors());
        }
        return result.sop();
    }
}
