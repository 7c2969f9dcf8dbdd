package id.alur.workflow;

import id.alur.calendar.WorkingCalendar;
import id.alur.sop.Activity;
import id.alur.sop.SopService;
import id.alur.sop.SopStatus;
import id.alur.sop.SopVersionId;
import id.alur.sop.SopVersionNotFoundException;
import id.alur.sop.SopVersionView;
import id.alur.sop.StandardTime;
import id.alur.workflow.CaseRepository.CaseRow;
import id.alur.workflow.CaseRepository.Closing;
import id.alur.workflow.CaseRepository.HistoryRow;
import id.alur.workflow.CaseRepository.StepRow;
import id.alur.workflow.CaseRules.CaseStatus;
import id.alur.workflow.CaseRules.Move;
import id.alur.workflow.CaseRules.StepChange;
import id.alur.workflow.CaseRules.StepSnapshot;
import id.alur.workflow.SopVersions.Loaded;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs cases through published SOP versions: the module's public API. Every operation is one database transaction:
 * it either makes one transition (the case row's version is the optimistic lock, the history gains its rows, the events
 * are published in the same transaction) or throws (a {@link TransitionNotAllowedException}, {@link StepTakenException} or {@link CaseNotFoundException}) and writes nothing.
 *
 * <p>Operations take the instant they happen ({@code now}) so that callers and tests control time; the web layer
 * passes the clock's instant.
 */
@Service
public class WorkflowService {

    /** Attempts of a transition that lost the optimistic lock before it reports who won. */
    private static final int ATTEMPTS = 3;

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final CaseRepository cases;
    private final SopVersions versions;
    private final SopService sops;
    private final WorkingCalendar calendar;
    private final StepTiming timing;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final WorkflowSettings settings;

    WorkflowService(
            CaseRepository cases,
            SopVersions versions,
            SopService sops,
            WorkingCalendar calendar,
            StepTiming timing,
            ApplicationEventPublisher events,
            MessageSource messages,
            TransactionTemplate transactions,
            WorkflowSettings settings) {
        this.cases = cases;
        this.versions = versions;
        this.sops = sops;
        this.calendar = calendar;
        this.timing = timing;
        this.events = events;
        this.messages = messages;
        this.transactions = transactions;
        this.settings = settings;
    }

    // ---------------------------------------------------------------------------------------------------- starting

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
        return startOn(version, subjectRef, acting, now);
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
        return startOn(version, subjectRef, acting, now);
    }

    private CaseView startOn(SopVersionView version, String subjectRef, Acting acting, Instant now) {
        if (subjectRef == null || subjectRef.isBlank()) {
            throw TransitionNotAllowedException.missing(
                    "workflow.start.subjectRequired", "subjectRef", "A case needs a subject");
        }
        Loaded loaded = versions.load(version);
        Route route = loaded.route();
        Move move = loaded.rules().start(acting);
        String office = version.officeCode();
        CaseRow row = cases.insertCase(
                office,
                version.id().value(),
                version.code(),
                route.sop().header().name(),
                subjectRef,
                move.state(),
                now,
                acting.username());
        Activity first = route.first();
        cases.insertHistory(history(row.id(), null, now, HistoryAction.STARTED, acting)
                .from(null, null)
                .to(first.number(), move.state())
                .row());
        events.publishEvent(new CaseStarted(
                new CaseId(row.id()),
                office,
                version.code(),
                version.id().value(),
                subjectRef,
                acting.username(),
                now));
        StepRow intake = null;
        if (move.action() == HistoryAction.INTAKE_RECORDED) {
            // The intake step is written as already done: opened and closed at once, never the case's current step.
            intake = openStep(row, route, first, null, now);
        }
        return transition(
                        row, intake, intake != null, CaseState.ACTIVE, route, move, acting, now, Details.none(), false)
                .orElseThrow();
    }

    // --------------------------------------------------------------------------------------------- step operations

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
    public CaseView complete(StepId stepId, String outputRef, String note, Acting acting, Instant now) {
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
    public CaseView decide(StepId stepId, Verdict verdict, String note, Acting acting, Instant now) {
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
    public CaseView returnToApplicant(StepId stepId, String note, Acting acting, Instant now) {
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
    public CaseView recordOutsideResult(StepId stepId, OutsideResult result, Acting acting, Instant now) {
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
    public CaseView recordHandOver(StepId stepId, HandOver handOver, Acting acting, Instant now) {
        return onStep(
                stepId,
                acting,
                now,
                new Details(null, null, null, handOver),
                (rules, status, step) -> rules.recordHandOver(status, step, acting, handOver));
    }

    // --------------------------------------------------------------------------------------------- case operations

    /** The applicant's completed papers came back: the case resumes at the activity that returned them. */
    @Transactional
    public CaseView resumeFromApplicant(CaseId caseId, String note, Acting acting, Instant now) {
        return onCase(caseId, acting, now, Details.note(note), (rules, status) -> rules.resume(status, acting));
    }

    /** The office stops the case; any office position of the SOP may; a reason is required. */
    @Transactional
    public CaseView cancel(CaseId caseId, String reason, Acting acting, Instant now) {
        return onCase(
                caseId, acting, now, Details.note(reason), (rules, status) -> rules.cancel(status, acting, reason));
    }

    /** The applicant withdraws; the front desk records it with the reason. */
    @Transactional
    public CaseView withdraw(CaseId caseId, String reason, Acting acting, Instant now) {
        return onCase(
                caseId, acting, now, Details.note(reason), (rules, status) -> rules.withdraw(status, acting, reason));
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** @throws CaseNotFoundException */
    @Transactional(readOnly = true)
    public CaseView caseView(CaseId caseId) {
        CaseRow row = cases.findCase(caseId.value()).orElseThrow(() -> new CaseNotFoundException(caseId));
        Route route = versions.get(row.sopVersionId()).route();
        StepRow current = row.currentStepId() == null
                ? null
                : cases.findStep(row.currentStepId()).orElseThrow();
        return view(row, current, route);
    }

    /** The case as its row and its current step row say (as read, or as the transition's writes returned them). */
    private CaseView view(CaseRow row, StepRow current, Route route) {
        return new CaseView(
                new CaseId(row.id()),
                row.officeCode(),
                row.sopVersionId(),
                row.sopCode(),
                row.sopName(),
                row.subjectRef(),
                row.state(),
                current == null ? List.of() : List.of(stepView(current, route)),
                row.resumeAt(),
                row.startedAt(),
                row.startedBy(),
                row.endedAt(),
                row.endReason(),
                Duration.ofSeconds(row.officeSeconds()),
                Duration.ofSeconds(row.applicantSeconds()),
                Duration.ofSeconds(row.outsideSeconds()),
                row.version());
    }

    /** The history in Indonesian. */
    @Transactional(readOnly = true)
    public Timeline history(CaseId caseId) {
        return history(caseId, INDONESIAN);
    }

    /** The history, each row's actor label ("Budi, Plh. untuk Sri") in the given language. */
    @Transactional(readOnly = true)
    public Timeline history(CaseId caseId, Locale locale) {
        CaseRow row = cases.findCase(caseId.value()).orElseThrow(() -> new CaseNotFoundException(caseId));
        Route route = versions.get(row.sopVersionId()).route();
        List<TimelineEntry> entries = cases.history(caseId.value()).stream()
                .map(h -> entry(h, route, locale))
                .toList();
        List<StepView> steps = cases.steps(caseId.value()).stream()
                .map(s -> stepView(s, route))
                .toList();
        return new Timeline(caseId, entries, steps);
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
        return cases.inbox(officeCode, positionCodes, filter, page, size);
    }

    /**
     * Flags the open steps past their due time at {@code now} and publishes one {@link StepOverdue} for each, once per
     * step. Called by the scheduled scan; safe to call from several nodes at once.
     *
     * @return how many steps this call flagged
     */
    public int flagOverdueSteps(Instant now) {
        int total = 0;
        while (true) {
            OverdueBatch batch = Objects.requireNonNull(transactions.execute(status -> flagOverdueBatch(now)));
            total += batch.flagged();
            if (!batch.more()) {
                return total;
            }
        }
    }

    private record OverdueBatch(int flagged, boolean more) {}

    private OverdueBatch flagOverdueBatch(Instant now) {
        int flagged = 0;
        var due = cases.overdueSteps(now, settings.overdueBatchSize());
        for (var step : due) {
            if (cases.flagOverdue(step.stepId(), now)) {
                flagged++;
                events.publishEvent(new StepOverdue(
                        new CaseId(step.caseId()),
                        new StepId(step.stepId()),
                        step.officeCode(),
                        step.subjectRef(),
                        step.activityNumber(),
                        step.positionCode(),
                        step.laneKind(),
                        step.dueAt(),
                        now));
            }
        }
        return new OverdueBatch(flagged, due.size() == settings.overdueBatchSize());
    }

    // ----------------------------------------------------------------------------------------------- transitions

    @FunctionalInterface
    private interface StepRule {
        Move decide(CaseRules rules, CaseStatus status, StepSnapshot step);
    }

    @FunctionalInterface
    private interface CaseRule {
        Move decide(CaseRules rules, CaseStatus status);
    }

    /** The free-form parts of an operation that end up on the step and in the history. */
    private record Details(String note, String outputRef, OutsideResult result, HandOver handOver) {
        static Details none() {
            return new Details(null, null, null, null);
        }

        static Details note(String note) {
            return new Details(note, null, null, null);
        }
    }

    private CaseView onStep(StepId stepId, Acting acting, Instant now, Details details, StepRule rule) {
        requireArguments(acting, now);
        Objects.requireNonNull(stepId, "stepId");
        CaseRow row = cases.findCaseOfStep(stepId.value()).orElseThrow(() -> new CaseNotFoundException(stepId));
        for (int attempt = 1; ; attempt++) {
            // The case first, then its steps: a step changed after the case was read shows up as a lost lock below.
            if (attempt > 1) {
                row = cases.findCase(row.id()).orElseThrow();
            }
            StepRow target = cases.findStep(stepId.value()).orElseThrow();
            StepRow current = currentStep(row, target);
            Loaded loaded = versions.get(row.sopVersionId());
            Move move = rule.decide(loaded.rules(), status(row, current), snapshot(target));
            if (move.change() == StepChange.NONE && move.action() == HistoryAction.CLAIMED) {
                return view(row, current, loaded.route());
            }
            var done = apply(row, current, loaded.route(), move, acting, now, details);
            if (done.isPresent()) {
                return done.get();
            }
            if (attempt == ATTEMPTS) {
                throw lostLock(row.id(), stepId);
            }
        }
    }

    private CaseView onCase(CaseId caseId, Acting acting, Instant now, Details details, CaseRule rule) {
        requireArguments(acting, now);
        Objects.requireNonNull(caseId, "caseId");
        for (int attempt = 1; ; attempt++) {
            CaseRow row = cases.findCase(caseId.value()).orElseThrow(() -> new CaseNotFoundException(caseId));
            StepRow current = currentStep(row, null);
            Loaded loaded = versions.get(row.sopVersionId());
            Move move = rule.decide(loaded.rules(), status(row, current));
            var done = apply(row, current, loaded.route(), move, acting, now, details);
            if (done.isPresent()) {
                return done.get();
            }
            if (attempt == ATTEMPTS) {
                throw lostLock(caseId.value(), current == null ? null : new StepId(current.id()));
            }
        }
    }

    /**
     * Persists a permitted move, the case row's version being the optimistic lock of its first write. Empty when
     * another transaction changed the case since it was read: then nothing was written.
     */
    private Optional<CaseView> apply(
            CaseRow row, StepRow current, Route route, Move move, Acting acting, Instant now, Details details) {
        switch (move.change()) {
            case CLAIM -> {
                return cases.bumpVersion(row.id(), row.version()).map(bumped -> {
                    StepRow claimed = cases.claimStep(current.id(), acting, now);
                    recordStepInPlace(row, current, now, HistoryAction.CLAIMED, acting);
                    return view(bumped, claimed, route);
                });
            }
            case RELEASE -> {
                return cases.bumpVersion(row.id(), row.version()).map(bumped -> {
                    StepRow released = cases.releaseStep(current.id());
                    recordStepInPlace(row, current, now, HistoryAction.RELEASED, acting);
                    return view(bumped, released, route);
                });
            }
            default -> {
                boolean closes = move.change() == StepChange.CLOSE || move.change() == StepChange.CANCEL;
                return transition(row, current, closes, row.state(), route, move, acting, now, details, true);
            }
        }
    }

    /** A claim or a release: the history row keeps the case at the step's activity, in its state. */
    private void recordStepInPlace(CaseRow row, StepRow step, Instant now, HistoryAction action, Acting acting) {
        cases.insertHistory(stepHistory(row, step, now, action, acting)
                .from(step.activityNumber(), row.state())
                .to(step.activityNumber(), row.state())
                .row());
    }

    /**
     * A transition that moves the case: closes its current step (when {@code closes}), opens the next, or records the
     * return to the applicant, the finish or the cancellation. The case row is written once, first, with everything
     * it will say afterwards (state, current step, return point, end, clocks): the optimistic lock when
     * {@code locked}, and the only UPDATE of {@code workflow_case} in the transition. Empty when the lock was lost.
     *
     * @param before the state the history records the case leaving
     */
    private Optional<CaseView> transition(
            CaseRow row,
            StepRow current,
            boolean closes,
            CaseState before,
            Route route,
            Move move,
            Acting acting,
            Instant now,
            Details details,
            boolean locked) {
        CaseRow next = row;
        long stepSeconds = 0;
        if (closes) {
            stepSeconds = timing.workingTimeBetween(row.officeCode(), current.startedAt(), now)
                    .toSeconds();
            next = switch (current.laneKind()) {
                case POSITION -> withClocks(next, stepSeconds, 0, 0);
                case APPLICANT -> withClocks(next, 0, stepSeconds, 0);
                case OUTSIDE_PARTY -> withClocks(next, 0, 0, stepSeconds);
            };
        }
        boolean cancels = move.action() == HistoryAction.CANCELLED || move.action() == HistoryAction.WITHDRAWN;
        Duration away = null;
        if (move.action() == HistoryAction.RESUMED || (cancels && before == CaseState.RETURNED_TO_APPLICANT)) {
            away = timing.workingTimeBetween(row.officeCode(), row.returnedAt(), now);
            next = withClocks(next, 0, away.toSeconds(), 0);
        }
        boolean ends = move.state() == CaseState.FINISHED
                || move.state() == CaseState.CANCELLED
                || move.state() == CaseState.WITHDRAWN;
        boolean cancelled = move.state() == CaseState.CANCELLED || move.state() == CaseState.WITHDRAWN;
        Integer resumeAt = move.resumeAt() == null ? null : move.resumeAt().number();
        var advanced = cases.advance(
                new CaseRow(
                        row.id(),
                        row.officeCode(),
                        row.sopVersionId(),
                        row.sopCode(),
                        row.sopName(),
                        row.subjectRef(),
                        move.state(),
                        null,
                        resumeAt,
                        resumeAt == null ? null : now,
                        row.startedAt(),
                        row.startedBy(),
                        ends ? now : null,
                        cancelled ? details.note() : null,
                        next.officeSeconds(),
                        next.applicantSeconds(),
                        next.outsideSeconds(),
                        row.version()),
                row.version(),
                locked,
                move.open() != null);
        if (advanced.isEmpty()) {
            return Optional.empty();
        }
        CaseRow after = advanced.get();
        if (closes) {
            close(row, current, route, move, acting, now, details, before, stepSeconds);
        }
        if (move.action() == HistoryAction.RESUMED) {
            cases.insertHistory(history(row.id(), null, now, HistoryAction.RESUMED, acting)
                    .from(null, before)
                    .to(move.open().number(), move.state())
                    .recordedFor(LaneKind.APPLICANT)
                    .note(details.note())
                    .row());
            events.publishEvent(new CaseResumed(
                    new CaseId(row.id()),
                    row.officeCode(),
                    row.subjectRef(),
                    move.open().number(),
                    away,
                    now));
        }
        if (cancels && current == null) {
            cases.insertHistory(history(row.id(), null, now, move.action(), acting)
                    .from(null, before)
                    .to(null, move.state())
                    .recordedFor(move.action() == HistoryAction.WITHDRAWN ? LaneKind.APPLICANT : null)
                    .note(details.note())
                    .row());
        }
        StepRow opened = move.open() == null ? null : openStep(after, route, move.open(), after.currentStepId(), now);
        if (resumeAt != null) {
            events.publishEvent(new CaseReturnedToApplicant(
                    new CaseId(row.id()), row.officeCode(), row.subjectRef(), resumeAt, details.note(), now));
        }
        switch (move.state()) {
            case FINISHED -> {
                cases.insertHistory(history(row.id(), null, now, HistoryAction.FINISHED, acting)
                        .from(null, null)
                        .to(null, move.state())
                        .row());
                events.publishEvent(new CaseFinished(new CaseId(row.id()), row.officeCode(), row.subjectRef(), now));
            }
            case CANCELLED, WITHDRAWN ->
                events.publishEvent(new CaseCancelled(
                        new CaseId(row.id()), row.officeCode(), row.subjectRef(), move.state(), details.note(), now));
            default -> {}
        }
        return Optional.of(view(after, opened, route));
    }

    /**
     * Closes the current step (done or cancelled), with its working time against its due time; the case's clocks
     * were charged with that time (the office's, the applicant's or the outside party's) in its one write.
     */
    private void close(
            CaseRow row,
            StepRow step,
            Route route,
            Move move,
            Acting acting,
            Instant now,
            Details details,
            CaseState before,
            long seconds) {
        Activity activity = route.activity(step.activityNumber());
        boolean done = move.change() != StepChange.CANCEL;
        Boolean within = !done || step.dueAt() == null ? null : !now.isAfter(step.dueAt());
        String outputName = done && producesOutput(move.action()) ? blankToNull(activity.standard()) : null;
        LaneKind recordedFor = recordedFor(step, acting, move.action());
        cases.closeStep(
                step.id(),
                new Closing(
                        done ? StepState.DONE : StepState.CANCELLED,
                        now,
                        acting,
                        move.action(),
                        seconds,
                        within,
                        outputName,
                        details.outputRef(),
                        details.note(),
                        details.result(),
                        details.handOver()));
        cases.insertHistory(stepHistory(row, step, now, move.action(), acting)
                .from(step.activityNumber(), before)
                .to(move.open() == null ? null : move.open().number(), move.state())
                .recordedFor(recordedFor)
                .note(details.note())
                .output(outputName, details.outputRef())
                .timing(step.standardText(), step.dueAt(), seconds, within)
                .row());
        if (done) {
            events.publishEvent(new StepCompleted(
                    new CaseId(row.id()),
                    new StepId(step.id()),
                    row.officeCode(),
                    row.subjectRef(),
                    step.activityNumber(),
                    step.positionCode(),
                    move.action(),
                    acting.username(),
                    now,
                    Duration.ofSeconds(seconds),
                    within));
        }
        if (move.action() == HistoryAction.OUTSIDE_RESULT_RECORDED) {
            OutsideResult result = details.result();
            events.publishEvent(new OutsideResultRecorded(
                    new CaseId(row.id()),
                    new StepId(step.id()),
                    row.officeCode(),
                    row.subjectRef(),
                    step.positionCode(),
                    result.reference(),
                    result.date(),
                    result.attachmentRef(),
                    acting.username(),
                    recordedFor != null,
                    now));
        }
    }

    /** Opens a step of the activity, under the id the case's write drew for it ({@code null}: a fresh one). */
    private StepRow openStep(CaseRow row, Route route, Activity activity, Long id, Instant now) {
        StandardTime time =
                activity.standard() == null ? null : activity.standard().time();
        Instant due = timing.dueAt(row.officeCode(), now, time);
        LaneKind kind = route.laneKind(activity);
        String inbox = kind == LaneKind.APPLICANT ? route.frontDeskLane() : activity.actorId();
        StepRow step = cases.insertStep(
                id,
                row.id(),
                row.officeCode(),
                activity.number(),
                activity.description(),
                activity.actorId(),
                kind,
                inbox,
                now,
                due,
                time == null ? null : time.text());
        events.publishEvent(new StepStarted(
                new CaseId(row.id()),
                new StepId(step.id()),
                row.officeCode(),
                row.subjectRef(),
                activity.number(),
                activity.actorId(),
                kind,
                now,
                due));
        return step;
    }

    private StepRow currentStep(CaseRow row, StepRow target) {
        if (row.currentStepId() == null) {
            return null;
        }
        if (target != null && target.id() == row.currentStepId()) {
            return target;
        }
        return cases.findStep(row.currentStepId()).orElseThrow();
    }

    private static CaseStatus status(CaseRow row, StepRow current) {
        return new CaseStatus(row.state(), current == null ? null : snapshot(current), row.resumeAt());
    }

    private static StepSnapshot snapshot(StepRow step) {
        return new StepSnapshot(
                step.id(),
                step.activityNumber(),
                step.state(),
                step.claimedBy(),
                step.claimedByName(),
                step.claimedAt(),
                step.closedBy(),
                step.closedByName(),
                step.closedAt());
    }

    /** After losing the optimistic lock repeatedly: whoever acted last on the case is who took it. */
    private StepTakenException lostLock(long caseId, StepId stepId) {
        HistoryRow last = cases.history(caseId).getLast();
        StepId step = stepId != null ? stepId : last.stepId() == null ? null : new StepId(last.stepId());
        return new StepTakenException(step, last.actorUsername(), last.actorName(), last.at());
    }

    private static LaneKind recordedFor(StepRow step, Acting acting, HistoryAction action) {
        if (action == HistoryAction.CANCELLED || action == HistoryAction.WITHDRAWN) {
            return action == HistoryAction.WITHDRAWN ? LaneKind.APPLICANT : null;
        }
        return switch (step.laneKind()) {
            case POSITION -> null;
            case APPLICANT -> LaneKind.APPLICANT;
            case OUTSIDE_PARTY -> acting.positionCode().equals(step.positionCode()) ? null : LaneKind.OUTSIDE_PARTY;
        };
    }

    private static boolean producesOutput(HistoryAction action) {
        return switch (action) {
            case COMPLETED, DECIDED_YA, INTAKE_RECORDED, OUTSIDE_RESULT_RECORDED, HANDED_OVER -> true;
            default -> false;
        };
    }

    private static String blankToNull(id.alur.sop.Standard standard) {
        if (standard == null || standard.output() == null || standard.output().isBlank()) {
            return null;
        }
        return standard.output().strip();
    }

    private static CaseRow withClocks(CaseRow row, long office, long applicant, long outside) {
        return new CaseRow(
                row.id(),
                row.officeCode(),
                row.sopVersionId(),
                row.sopCode(),
                row.sopName(),
                row.subjectRef(),
                row.state(),
                row.currentStepId(),
                row.resumeAt(),
                row.returnedAt(),
                row.startedAt(),
                row.startedBy(),
                row.endedAt(),
                row.endReason(),
                row.officeSeconds() + office,
                row.applicantSeconds() + applicant,
                row.outsideSeconds() + outside,
                row.version());
    }

    private StepView stepView(StepRow step, Route route) {
        String laneName = route.sop()
                .actor(step.positionCode())
                .map(id.alur.sop.Actor::name)
                .orElse(step.positionCode());
        return new StepView(
                new StepId(step.id()),
                step.activityNumber(),
                step.activityName(),
                step.positionCode(),
                laneName,
                step.laneKind(),
                step.state(),
                step.startedAt(),
                step.standardText(),
                step.dueAt(),
                step.claimedBy(),
                step.claimedByName(),
                step.claimedAt(),
                step.closedAt(),
                step.closedBy(),
                step.closedByName(),
                step.closedAction(),
                step.workingSeconds() == null ? null : Duration.ofSeconds(step.workingSeconds()),
                step.withinStandard(),
                step.outputName(),
                step.outputRef(),
                step.note(),
                step.resultReference(),
                step.resultDate(),
                step.resultAttachmentRef(),
                step.handOverReceivedBy(),
                step.handOverReceivedAt(),
                step.handOverIdentity(),
                step.overdueAt());
    }

    private TimelineEntry entry(HistoryRow h, Route route, Locale locale) {
        return new TimelineEntry(
                h.id(),
                h.at(),
                h.action(),
                h.stepId() == null ? null : new StepId(h.stepId()),
                h.activityNumber(),
                h.activityName(),
                h.positionCode(),
                h.fromActivity(),
                h.toActivity(),
                h.fromState(),
                h.toState(),
                h.actorUsername(),
                h.actorName(),
                h.actorPosition(),
                h.onBehalfOfUsername(),
                h.onBehalfOfName(),
                h.delegationKind(),
                h.recordedFor(),
                h.note(),
                h.outputName(),
                h.outputRef(),
                h.standardText(),
                h.dueAt(),
                h.workingSeconds() == null ? null : Duration.ofSeconds(h.workingSeconds()),
                h.withinStandard(),
                actorLabel(h, route, locale));
    }

    /** "Budi", "Budi, Plh. untuk Sri", "Ani atas nama Pemohon", "Ani atas nama BPJS Kesehatan". */
    private String actorLabel(HistoryRow h, Route route, Locale locale) {
        String label = h.delegationKind() == null
                ? h.actorName()
                : messages.getMessage(
                        "workflow.history.actor." + h.delegationKind().name(),
                        new Object[] {h.actorName(), h.onBehalfOfName()},
                        locale);
        if (h.recordedFor() == LaneKind.APPLICANT) {
            return messages.getMessage("workflow.history.actor.forApplicant", new Object[] {label}, locale);
        }
        if (h.recordedFor() == LaneKind.OUTSIDE_PARTY) {
            String party = route.sop()
                    .actor(h.positionCode())
                    .map(id.alur.sop.Actor::name)
                    .orElse(h.positionCode());
            return messages.getMessage("workflow.history.actor.forOutsideParty", new Object[] {label, party}, locale);
        }
        return label;
    }

    private HistoryBuilder stepHistory(CaseRow row, StepRow step, Instant at, HistoryAction action, Acting acting) {
        return history(row.id(), step.id(), at, action, acting).activity(step);
    }

    private static HistoryBuilder history(long caseId, Long stepId, Instant at, HistoryAction action, Acting acting) {
        return new HistoryBuilder(caseId, stepId, at, action, acting);
    }

    private static void requireArguments(Acting acting, Instant now) {
        Objects.requireNonNull(acting, "acting");
        Objects.requireNonNull(now, "now");
    }

    /** Builds one history row; only the fields a row needs are set. */
    private static final class HistoryBuilder {
        private final long caseId;
        private final Long stepId;
        private final Instant at;
        private final HistoryAction action;
        private final Acting acting;
        private Integer activityNumber;
        private String activityName;
        private String positionCode;
        private Integer fromActivity;
        private Integer toActivity;
        private CaseState fromState;
        private CaseState toState;
        private LaneKind recordedFor;
        private String note;
        private String outputName;
        private String outputRef;
        private String standardText;
        private Instant dueAt;
        private Long workingSeconds;
        private Boolean withinStandard;

        HistoryBuilder(long caseId, Long stepId, Instant at, HistoryAction action, Acting acting) {
            this.caseId = caseId;
            this.stepId = stepId;
            this.at = at;
            this.action = action;
            this.acting = acting;
        }

        HistoryBuilder activity(StepRow step) {
            activityNumber = step.activityNumber();
            activityName = step.activityName();
            positionCode = step.positionCode();
            fromActivity = step.activityNumber();
            return this;
        }

        HistoryBuilder from(Integer activity, CaseState state) {
            fromActivity = activity;
            fromState = state;
            return this;
        }

        HistoryBuilder to(Integer activity, CaseState state) {
            toActivity = activity;
            toState = state;
            return this;
        }

        HistoryBuilder recordedFor(LaneKind lane) {
            recordedFor = lane;
            return this;
        }

        HistoryBuilder note(String text) {
            note = text == null || text.isBlank() ? null : text.strip();
            return this;
        }

        HistoryBuilder output(String name, String ref) {
            outputName = name;
            outputRef = ref;
            return this;
        }

        HistoryBuilder timing(String standard, Instant due, long seconds, Boolean within) {
            standardText = standard;
            dueAt = due;
            workingSeconds = seconds;
            withinStandard = within;
            return this;
        }

        HistoryRow row() {
            return new HistoryRow(
                    0,
                    caseId,
                    stepId,
                    at,
                    action,
                    activityNumber,
                    activityName,
                    positionCode,
                    fromActivity,
                    toActivity,
                    fromState,
                    toState,
                    acting.username(),
                    acting.displayName(),
                    acting.positionCode(),
                    acting.onBehalfOfUsername(),
                    acting.onBehalfOfName(),
                    acting.kind(),
                    recordedFor,
                    note,
                    outputName,
                    outputRef,
                    standardText,
                    dueAt,
                    workingSeconds,
                    withinStandard);
        }
    }
}
