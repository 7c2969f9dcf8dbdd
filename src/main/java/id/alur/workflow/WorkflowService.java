package id.alur.workflow;

import id.alur.calendar.WorkingCalendar;
import id.alur.sop.SopService;
import id.alur.sop.SopStatus;
import id.alur.sop.SopVersionId;
import id.alur.sop.SopVersionNotFoundException;
import id.alur.sop.SopVersionView;
import id.alur.workflow.CaseRules.CaseStatus;
import id.alur.workflow.Transitions.Details;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs cases through published SOP versions: the module's public API for the cases' lifecycle (the figures and reports
 * over them are {@link WorkflowFigures}). Every operation is one database transaction:
 * it either makes one transition (the case row's version is the optimistic lock, the history gains its rows, the events
 * are published in the same transaction) or throws (a {@link TransitionNotAllowedException}, {@link
 * StepTakenException} or {@link CaseNotFoundException}) and writes nothing.
 *
 * <p>Operations take the instant they happen ({@code now}) so that callers and tests control time; the web layer
 * passes the clock's instant.
 */
@Service
public class WorkflowService {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final Transitions transitions;
    private final CaseViews views;
    private final InboxRepository inboxes;
    private final OverdueSteps overdue;
    private final SopVersions versions;
    private final SopService sops;
    private final WorkingCalendar calendar;
    private final Findings findings;
    private final HandingPositions handing;

    WorkflowService(
            Transitions transitions,
            CaseViews views,
            InboxRepository inboxes,
            OverdueSteps overdue,
            SopVersions versions,
            SopService sops,
            WorkingCalendar calendar,
            Findings findings,
            HandingPositions handing) {
        this.transitions = transitions;
        this.views = views;
        this.inboxes = inboxes;
        this.overdue = overdue;
        this.versions = versions;
        this.sops = sops;
        this.calendar = calendar;
        this.findings = findings;
        this.handing = handing;
    }

    /**
     * Starts a case on the SOP version in force for the office on the day of {@code now} (in the office's zone), at
     * its first activity. Only the front-desk position (the lane of the SOP's first office activity) starts cases; when
     * the first activity is the applicant submitting, it is recorded at once as done by the front desk on the
     * applicant's behalf.
     *
     * @param subjectRef what the case is about, e.g. the permohonan's tracking number (casework's reference)
     * @throws TransitionNotAllowedException {@code workflow.start.noSopInForce}, {@code workflow.step.wrongPosition}
     */
    @Transactional
    public CaseView start(String officeCode, String sopCode, String subjectRef, Acting acting, Instant now) {
        requireArguments(acting, now);
        LocalDate today = LocalDate.ofInstant(now, calendar.zoneOf(officeCode));
        SopVersionView version = sops.inForce(officeCode, sopCode, today)
                .orElseThrow(() -> TransitionNotAllowedException.because(
                        "workflow.start.noSopInForce",
                        "No published version of SOP " + sopCode + " is in force for " + officeCode + " on " + today,
                        sopCode,
                        today));
        return transitions.start(version, subjectRef, acting, now);
    }

    /**
     * Starts a case on the given SOP version, which must be published and effective on the day of {@code now}.
     *
     * @throws TransitionNotAllowedException {@code workflow.start.notPublished}, {@code workflow.start.notEffective}
     */
    @Transactional
    public CaseView start(SopVersionId versionId, String subjectRef, Acting acting, Instant now) {
        requireArguments(acting, now);
        SopVersionView version;
        try {
            version = sops.get(versionId);
        } catch (SopVersionNotFoundException e) {
            throw TransitionNotAllowedException.because(
                    "workflow.start.noSopInForce", "No SOP version " + versionId.value(), versionId.value(), "-");
        }
        if (version.status() != SopStatus.PUBLISHED) {
            throw TransitionNotAllowedException.because(
                    "workflow.start.notPublished",
                    "SOP version " + versionId.value() + " is " + version.status() + ", not published",
                    version.code(),
                    version.version());
        }
        LocalDate today = LocalDate.ofInstant(now, calendar.zoneOf(version.officeCode()));
        if (version.effectiveOn() != null && version.effectiveOn().isAfter(today)) {
            throw TransitionNotAllowedException.because(
                    "workflow.start.notEffective",
                    "SOP version " + versionId.value() + " takes effect on " + version.effectiveOn(),
                    version.code(),
                    version.effectiveOn());
        }
        return transitions.start(version, subjectRef, acting, now);
    }

    /**
     * Takes a step: from now on only this user may complete, decide on, return or release it. Taking a step one
     * already holds changes nothing.
     *
     * @throws StepTakenException another officer holds or finished it (who and when)
     */
    @Transactional
    public CaseView claim(StepId stepId, Acting acting, Instant now) {
        return onStep(stepId, acting, now, Details.none(), (rules, status, step) -> rules.claim(status, step, acting));
    }

    /** Puts a held step back into its position's inbox. */
    @Transactional
    public CaseView release(StepId stepId, Acting acting, Instant now) {
        return onStep(
                stepId, acting, now, Details.none(), (rules, status, step) -> rules.release(status, step, acting));
    }

    /**
     * Completes a held step that is not a decision; the case moves to the next activity, or finishes after the last.
     *
     * @param outputRef a reference to what the activity produced (a letter number, a stored file …), may be null; the
     *     output's name comes from the SOP's Mutu Baku
     * @param note an optional note
     */
    @Transactional
    public CaseView complete(
            StepId stepId, @Nullable String outputRef, @Nullable String note, Acting acting, Instant now) {
        return onStep(
                stepId,
                acting,
                now,
                new Details(note, outputRef, null, null),
                (rules, status, step) -> rules.complete(status, step, acting));
    }

    /**
     * Decides at a held decision step: the case goes where the SOP sends it on Ya or Tidak (possibly back to the
     * applicant). Tidak needs a note.
     */
    @Transactional
    public CaseView decide(
            StepId stepId, @Nullable Verdict verdict, @Nullable String note, Acting acting, Instant now) {
        return onStep(
                stepId,
                acting,
                now,
                Details.note(note),
                (rules, status, step) -> rules.decide(status, step, acting, verdict, note));
    }

    /**
     * Returns the papers to the applicant for completion, where the SOP gives this step a return to the applicant. The
     * case waits; {@link #resumeFromApplicant} resumes it at this activity.
     *
     * @param note what the applicant must complete (required)
     */
    @Transactional
    public CaseView returnToApplicant(StepId stepId, @Nullable String note, Acting acting, Instant now) {
        return onStep(
                stepId,
                acting,
                now,
                Details.note(note),
                (rules, status, step) -> rules.returnToApplicant(status, step, acting, note));
    }

    /**
     * Records an outside party's result (e.g. BPJS Kesehatan issued the KIS): by a user of that party's position, or
     * by the front desk on its behalf, then with a scan as evidence.
     */
    @Transactional
    public CaseView recordOutsideResult(StepId stepId, @Nullable OutsideResult result, Acting acting, Instant now) {
        return onStep(
                stepId,
                acting,
                now,
                new Details(null, result == null ? null : result.reference(), result, null),
                (rules, status, step) -> rules.recordOutsideResult(status, step, acting, result));
    }

    /**
     * Records, at a step of the applicant's lane, that the applicant received what the SOP hands over (who received
     * it, when, which identity was shown). Done by the front desk.
     */
    @Transactional
    public CaseView recordHandOver(StepId stepId, @Nullable HandOver handOver, Acting acting, Instant now) {
        return onStep(
                stepId,
                acting,
                now,
                new Details(null, null, null, handOver),
                (rules, status, step) -> rules.recordHandOver(status, step, acting, handOver));
    }

    /** The applicant's completed papers came back: the case resumes at the activity that returned them. */
    @Transactional
    public CaseView resumeFromApplicant(CaseId caseId, @Nullable String note, Acting acting, Instant now) {
        return onCase(caseId, acting, now, Details.note(note), (rules, status, step) -> rules.resume(status, acting));
    }

    /** The office stops the case; any office position of the SOP may; a reason is required. */
    @Transactional
    public CaseView cancel(CaseId caseId, @Nullable String reason, Acting acting, Instant now) {
        return onCase(
                caseId,
                acting,
                now,
                Details.note(reason),
                (rules, status, step) -> rules.cancel(status, acting, reason));
    }

    /** The applicant withdraws; the front desk records it with the reason. */
    @Transactional
    public CaseView withdraw(CaseId caseId, @Nullable String reason, Acting acting, Instant now) {
        return onCase(
                caseId,
                acting,
                now,
                Details.note(reason),
                (rules, status, step) -> rules.withdraw(status, acting, reason));
    }

    /** @throws CaseNotFoundException */
    @Transactional(readOnly = true)
    public CaseView caseView(CaseId caseId) {
        return views.read(caseId);
    }

    /**
     * What the user may do on the case now, in any of the positions they may act in today: their own and those they
     * stand in for (Plh/Plt), as the office module resolves them. The workflow knows positions, not people, and one
     * user may act in several at once, so the caller passes them all.
     *
     * @param positionCodes the positions (SOP lane ids) the user may act in today, own and delegated
     * @throws CaseNotFoundException
     */
    @Transactional(readOnly = true)
    public StepOptions options(CaseId caseId, String username, Set<String> positionCodes) {
        return options(views.read(caseId), username, positionCodes);
    }

    /**
     * {@link #options(CaseId, String, Set)} for a case just read or just moved (an operation's answer): decided on that
     * view, without reading the case again.
     */
    public StepOptions options(CaseView caseView, String username, Set<String> positionCodes) {
        return versions.get(caseView.sopVersionId()).rules().options(CaseStatus.of(caseView), username, positionCodes);
    }

    /** The history in Indonesian. */
    @Transactional(readOnly = true)
    public Timeline history(CaseId caseId) {
        return history(caseId, INDONESIAN);
    }

    /** The history, each row's actor label ("Budi, Plh. untuk Sri") in the given language. */
    @Transactional(readOnly = true)
    public Timeline history(CaseId caseId, Locale locale) {
        return views.timeline(caseId, locale);
    }

    /**
     * One page of the open steps waiting in the given positions of an office, oldest first. The applicant's steps
     * are in the front desk's inbox; an outside party's steps in that party's (pass its position code to see them).
     *
     * @param page 0-based
     * @param size 1..200
     */
    @Transactional(readOnly = true)
    public InboxPage inbox(String officeCode, Set<String> positionCodes, InboxFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page must be >= 0 and size 1..200");
        }
        return inboxes.inbox(officeCode, positionCodes, filter, page, size);
    }

    /**
     * Flags the open steps past their due time at {@code now} and publishes one {@link StepOverdue} for each, once per
     * step. Called by the scheduled scan; safe to call from several nodes at once.
     *
     * @return how many steps this call flagged
     */
    public int flagOverdueSteps(Instant now) {
        return overdue.flag(now);
    }

    /**
     * Gives the open applicant steps opened before V5_240 the handing lane's inbox as a new step gets it (issue 12
     * follow-up); done at every start, idempotent.
     *
     * @return the steps given a handing position now
     */
    public int fillHandingPositions() {
        return handing.fill();
    }

    /**
     * Whether the office works on the day by its calendar (weekends, holidays, cuti bersama, the office's closed and
     * extra days), for the modules that may not use {@code calendar}: the daily digest of late cases goes out on working
     * days only.
     */
    public boolean isWorkingDay(String officeCode, LocalDate day) {
        return calendar.isWorkingDay(officeCode, day);
    }

    /**
     * Records an obstacle, a deviation or a proposal to change the SOP against an activity of the case's version (SOP
     * monitoring); who records it is the caller's business (casework: any officer in a lane of the SOP).
     *
     * @throws id.alur.platform.InvalidInputException naming {@code langkah} (no such activity), {@code jenis} or {@code uraian}
     * @throws CaseNotFoundException when there is no such case
     */
    @Transactional
    public Finding recordFinding(
            CaseId caseId,
            @Nullable Integer activityNumber,
            @Nullable FindingKind kind,
            @Nullable String body,
            Acting acting,
            Instant now) {
        requireArguments(acting, now);
        return findings.record(caseView(caseId), activityNumber, kind, body, acting, now);
    }

    /** The case's findings, oldest first. */
    @Transactional(readOnly = true)
    public List<Finding> findings(CaseId caseId) {
        return findings.ofCase(caseId);
    }

    private CaseView onStep(StepId stepId, Acting acting, Instant now, Details details, Transitions.Rule rule) {
        requireArguments(acting, now);
        Objects.requireNonNull(stepId, "stepId");
        return transitions.onStep(stepId, acting, now, details, rule);
    }

    private CaseView onCase(CaseId caseId, Acting acting, Instant now, Details details, Transitions.Rule rule) {
        requireArguments(acting, now);
        Objects.requireNonNull(caseId, "caseId");
        return transitions.onCase(caseId, acting, now, details, rule);
    }

    private static void requireArguments(Acting acting, Instant now) {
        Objects.requireNonNull(acting, "acting");
        Objects.requireNonNull(now, "now");
    }
}
