package id.alur.casework;

import id.alur.office.OfficeService;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditTrail;
import id.alur.sop.SopVersionView;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseCancelled;
import id.alur.workflow.CaseFinished;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseRefused;
import id.alur.workflow.CaseView;
import id.alur.workflow.LaneKind;
import id.alur.workflow.StepView;
import id.alur.workflow.WorkflowService;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications (permohonan) from intake to closing: the module's facade. The intake with its scans and the start of
 * its workflow case are one transaction: either all of it is written or nothing.
 */
@Service
public class PermohonanService {

    private static final int TRACKING_ATTEMPTS = 8;
    private static final int MAX_NOTE = 4000;

    private final PermohonanRepository repository;
    private final Services services;
    private final WorkflowService workflow;
    private final OfficeService offices;
    private final CaseworkSettings settings;
    private final ApplicationEventPublisher events;
    private final SearchRepository searches;
    private final DeskRegistry registry;
    private final AuditTrail audit;
    private final RandomGenerator random = new SecureRandom();

    PermohonanService(
            PermohonanRepository repository,
            Services services,
            WorkflowService workflow,
            OfficeService offices,
            CaseworkSettings settings,
            ApplicationEventPublisher events,
            SearchRepository searches,
            DeskRegistry registry,
            AuditTrail audit) {
        this.audit = audit;
        this.repository = repository;
        this.registry = registry;
        this.searches = searches;
        this.services = services;
        this.workflow = workflow;
        this.offices = offices;
        this.settings = settings;
        this.events = events;
    }

    /**
     * Takes in a permohonan at the front desk: checks every field, stores the applicant, the household, the checklist
     * and the scans, and starts the workflow case on the SOP in force. When the SOP's first activity is the front
     * desk receiving the application, the intake is that activity and completes it.
     *
     * @param acting the front-desk officer, in the SOP's front-desk position
     * @throws InvalidIntakeException a field is wrong, or the SOP refuses incomplete papers
     * @throws IntakeNeedsConfirmationException warnings not yet confirmed
     */
    @Transactional
    public PermohonanView submit(Intake intake, Acting acting, Instant now) {
        ZoneId zone = offices.office(intake.officeCode()).zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        SopVersionView sop = services.inForce(intake.officeCode(), intake.sopCode(), today)
                .orElseThrow(() -> InvalidIntakeException.of(
                        "sopCode",
                        intake.sopCode() == null || intake.sopCode().isBlank()
                                ? "casework.intake.sopRequired"
                                : "casework.intake.sopNotInForce"));
        var requirements = Services.checklist(sop.sop());
        var rule = repository.papersRule(intake.officeCode(), sop.code());
        String nik = intake.applicant() == null || intake.applicant().nik() == null
                ? ""
                : intake.applicant().nik().strip();
        var open = nik.length() == Nik.LENGTH
                ? repository.openTrackingNumber(intake.officeCode(), sop.code(), nik)
                : Optional.<String>empty();
        // Issue 16 item 2: the NIKs are looked up before the check, so that the office's setting (item 3) can count
        // the "screenshot DTKS" paper present when the applicant is found; the findings are recorded below.
        var findings = registry.lookUp(intake.officeCode(), sop.code(), niks(intake), acting.username(), now);
        var stoodFor = registry.papersStoodFor(intake.officeCode(), sop.code(), requirements, findings);
        var result = IntakeCheck.check(
                withPapers(intake, stoodFor),
                new IntakeCheck.Context(
                        requirements,
                        rule,
                        open,
                        RegionCodes.official(),
                        settings.maxDocumentSize().toBytes(),
                        today));
        if (!result.errors().isEmpty()) {
            throw new InvalidIntakeException(result.errors(), result.warnings());
        }
        if (!result.unacknowledged().isEmpty()) {
            throw new IntakeNeedsConfirmationException(result.unacknowledged(), findings);
        }

        var applicant = intake.applicant();
        var regions = RegionCodes.official();
        String villageName = String.join(
                ", ",
                regions.path(result.village()).reversed().stream()
                        .map(Region::name)
                        .toList());
        var row = new PermohonanRepository.NewPermohonan(
                intake.officeCode(),
                sop.code(),
                sop.sop().header().name(),
                nik,
                applicant.name().strip(),
                applicant.birthDate(),
                applicant.sex(),
                applicant.familyCardNumber().strip(),
                applicant.address().strip(),
                result.village().code(),
                villageName,
                result.phone(),
                result.email(),
                applicant.consents(),
                !result.missing().isEmpty(),
                now,
                acting.username());
        PermohonanId id = insertWithFreshTrackingNumber(row, today.getYear());

        var members = intake.householdMembers();
        for (int i = 0; i < members.size(); i++) {
            var member = members.get(i);
            repository.insertHouseholdMember(
                    id, i, member.nik().strip(), member.name().strip(), member.relationship());
        }
        var entries = new HashMap<Integer, Intake.ChecklistEntry>();
        intake.checklist().forEach(entry -> entries.put(entry.position(), entry));
        for (int position = 0; position < requirements.size(); position++) {
            DocumentId document = null;
            var scan = result.scans().get(position);
            if (scan != null) {
                var upload = entries.get(position).scan();
                document = repository.insertDocument(
                        id,
                        intake.officeCode(),
                        DocumentNames.clean(upload.fileName(), scan.kind()),
                        scan,
                        upload.content(),
                        null,
                        now,
                        acting.username());
            }
            boolean seen = scan != null
                    || (entries.containsKey(position) && entries.get(position).present());
            boolean byRegistry = stoodFor.contains(position) && !seen;
            repository.insertChecklistItem(
                    id, position, requirements.get(position), seen || byRegistry, document, byRegistry);
        }
        registry.record(id, findings);

        CaseView started = workflow.start(sop.id(), id.subjectRef(), acting, now);
        repository.setWorkflowCase(id, started.id().value());
        // SOP seeds 000, 002, 003: the first activity is the front desk receiving the application; the intake is it.
        Optional<StepView> first = started.currentStep()
                .filter(step -> step.activityNumber() == sop.sop().first().number())
                .filter(step -> step.laneKind() == LaneKind.POSITION)
                .filter(step -> step.positionCode().equals(acting.positionCode()));
        if (first.isPresent()) {
            workflow.claim(first.get().id(), acting, now);
            workflow.complete(first.get().id(), null, null, acting, now);
        }
        var view = find(id);
        events.publishEvent(new PermohonanSubmitted(id, view.officeCode(), view.trackingNumber()));
        return view;
    }

    /** The NIKs to look up: the applicant's first, then each household member's, as typed. */
    private static List<@Nullable String> niks(Intake intake) {
        var niks = new java.util.ArrayList<@Nullable String>();
        niks.add(intake.applicant() == null ? null : intake.applicant().nik());
        intake.householdMembers().forEach(member -> niks.add(member.nik()));
        return niks;
    }

    /** The intake with the papers the recorded check stands for; a paper already ticked or scanned keeps its entry. */
    private static Intake withPapers(Intake intake, Set<Integer> stoodFor) {
        if (stoodFor.isEmpty()) {
            return intake;
        }
        var entries = new java.util.ArrayList<Intake.ChecklistEntry>();
        var positions = new java.util.HashSet<Integer>();
        for (var entry : intake.checklist()) {
            positions.add(entry.position());
            entries.add(
                    stoodFor.contains(entry.position())
                            ? new Intake.ChecklistEntry(entry.position(), true, entry.scan())
                            : entry);
        }
        stoodFor.stream()
                .filter(position -> !positions.contains(position))
                .forEach(position -> entries.add(new Intake.ChecklistEntry(position, true, null)));
        return new Intake(
                intake.officeCode(),
                intake.sopCode(),
                intake.applicant(),
                intake.householdMembers(),
                entries,
                intake.acknowledgedWarnings());
    }

    private PermohonanId insertWithFreshTrackingNumber(PermohonanRepository.NewPermohonan row, int year) {
        for (int attempt = 0; attempt < TRACKING_ATTEMPTS; attempt++) {
            var inserted = repository.insert(row, TrackingNumber.generate(year, random));
            if (inserted.isPresent()) {
                return inserted.get();
            }
        }
        throw new IllegalStateException("No free tracking number after " + TRACKING_ATTEMPTS + " attempts");
    }

    /** @throws PermohonanNotFoundException */
    @Transactional(readOnly = true)
    public PermohonanView find(PermohonanId id) {
        return repository.find(id).orElseThrow(() -> new PermohonanNotFoundException(id));
    }

    /**
     * The permohonan of the office, or not found when it belongs to another office or to none: both are probes on the
     * audit trail, recorded alike, so that ids cannot be tried one after another unseen (issue 14 item 4).
     */
    @Transactional(readOnly = true)
    public PermohonanView find(PermohonanId id, String officeCode) {
        var found = repository.find(id);
        if (found.isEmpty()) {
            recordProbe(id, null, officeCode);
            throw new PermohonanNotFoundException(id);
        }
        var view = found.get();
        if (!view.officeCode().equals(officeCode)) {
            recordCrossOffice(view, officeCode);
            throw new PermohonanNotFoundException(id);
        }
        return view;
    }

    /**
     * Puts a probe of another office's permohonan on the audit trail ({@code access.cross-office}, {@code NOT_FOUND},
     * under the permohonan's office so that its administrators see it): docs/security.md promises that a cross-office
     * request is on record, and the request answers 404, so the record commits on its own.
     *
     * @param askedFrom the office the caller works in
     */
    void recordCrossOffice(PermohonanView view, @Nullable String askedFrom) {
        recordProbe(view.id(), view.officeCode(), askedFrom);
    }

    /**
     * A probe of a permohonan id: {@code owner} the office it belongs to, {@code null} when there is no such
     * permohonan; then the record has no object office and the prober's office administrators read it (by the actor's
     * office, {@code AuditQuery.inOffices}), otherwise it is the same record.
     */
    private void recordProbe(PermohonanId id, @Nullable String owner, @Nullable String askedFrom) {
        audit.recordAlone(AuditEvent.of("access.cross-office")
                .outcome(AuditOutcome.NOT_FOUND)
                .about("permohonan", id.value())
                .inOffice(owner)
                .detail("asked from office " + askedFrom));
    }

    /**
     * Every permohonan the person with this NIK appears in, as applicant or household member, of any office, oldest
     * first: the data subject's access (UU 27/2022 Pasal 32), where letters are looked up by these applications.
     */
    @Transactional(readOnly = true)
    public List<PermohonanView> withPerson(String nik) {
        return repository.idsWithPerson(nik).stream().map(this::find).toList();
    }

    /** The permohonan a workflow case is about. */
    @Transactional(readOnly = true)
    public Optional<PermohonanId> findByWorkflowCase(long workflowCaseId) {
        return repository.findIdByWorkflowCase(workflowCaseId);
    }

    /**
     * Finds a permohonan by what its receipt shows and the applicant knows: the tracking number (typed loosely) and
     * the last four digits of the NIK. Both must match.
     */
    @Transactional(readOnly = true)
    public Optional<PermohonanView> findByTracking(@Nullable String trackingNumber, @Nullable String nikLast4) {
        if (nikLast4 == null || !nikLast4.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        return TrackingNumber.parse(trackingNumber)
                .flatMap(t -> repository.findIdByTracking(t.value(), nikLast4.strip()))
                .flatMap(repository::find);
    }

    /**
     * Where the applicant agreed to receive messages about the application: empty when they did not consent at intake
     * (then nothing may be sent to them).
     */
    @Transactional(readOnly = true)
    public Optional<ApplicantContact> applicantContact(PermohonanId id) {
        return repository.consentedContact(id);
    }

    /**
     * Whether a step of this activity hands the result to the applicant: the SOP's last activity, where the front desk
     * records the hand-over (docs/casework.md "Case page"), in the SOP version the permohonan's case runs on.
     */
    @Transactional(readOnly = true)
    public boolean handsOverAt(PermohonanId id, int activityNumber) {
        var view = find(id);
        if (view.workflowCaseId() == null) {
            return false;
        }
        var kase = workflow.caseView(new CaseId(view.workflowCaseId()));
        return services.sop(kase.sopVersionId()).last().number() == activityNumber;
    }

    /**
     * The front desk of the permohonan's service: the position of the SOP's first office lane, which takes the
     * application in and records the applicant's and an outside party's steps (docs/casework.md), in the SOP version
     * its case runs on; empty without a case.
     */
    @Transactional(readOnly = true)
    public Optional<String> frontDeskPosition(PermohonanId id) {
        var view = find(id);
        if (view.workflowCaseId() == null) {
            return Optional.empty();
        }
        var kase = workflow.caseView(new CaseId(view.workflowCaseId()));
        return Optional.of(Services.frontDeskLane(services.sop(kase.sopVersionId())));
    }

    /** What the public status page shows: see {@link PublicStatus}. */
    @Transactional(readOnly = true)
    public Optional<PublicStatus> publicStatus(@Nullable String trackingNumber, @Nullable String nikLast4) {
        return findByTracking(trackingNumber, nikLast4).map(p -> {
            CaseView view = p.workflowCaseId() == null ? null : workflow.caseView(new CaseId(p.workflowCaseId()));
            StepView step = view == null ? null : view.currentStep().orElse(null);
            var office = offices.office(p.officeCode());
            return new PublicStatus(
                    p.trackingNumber(),
                    office.name(),
                    p.sopName(),
                    p.submittedAt(),
                    stage(view),
                    step == null ? null : step.activityName(),
                    step == null ? null : step.startedAt(),
                    step == null ? null : step.dueAt(),
                    view == null ? null : view.endedAt(),
                    office.zone());
        });
    }

    static CaseStage stage(CaseView view) {
        if (view == null) {
            return CaseStage.IN_PROCESS;
        }
        return switch (view.state()) {
            case ACTIVE -> CaseStage.IN_PROCESS;
            case AWAITING_APPLICANT -> CaseStage.AWAITING_APPLICANT;
            case AWAITING_OUTSIDE_PARTY -> CaseStage.AT_OUTSIDE_PARTY;
            case RETURNED_TO_APPLICANT -> CaseStage.RETURNED_TO_APPLICANT;
            case FINISHED -> CaseStage.FINISHED;
            case REFUSED -> CaseStage.REFUSED;
            case CANCELLED, WITHDRAWN -> CaseStage.CANCELLED;
        };
    }

    /** Heads (applicant, service, tracking number) of several permohonan at once, for lists. */
    @Transactional(readOnly = true)
    public Map<PermohonanId, PermohonanView> heads(Collection<PermohonanId> ids) {
        return repository.heads(ids);
    }

    /**
     * Adds a scan to a permohonan of the office, checked by content like those of the intake. With a checklist
     * position, the paper counts as present from now on.
     *
     * @param checklistPosition the requirement it proves, or {@code null} for another paper
     * @param stepNumber the SOP activity it was uploaded at, or {@code null}
     * @throws InvalidInputException the file is too large, empty, not a PDF/JPEG/PNG, or damaged
     */
    @Transactional
    public DocumentView attach(
            PermohonanId id,
            String officeCode,
            @Nullable Integer checklistPosition,
            Intake.@Nullable Upload upload,
            @Nullable Integer stepNumber,
            String username,
            Instant now) {
        var permohonan = find(id, officeCode);
        String field = checklistPosition == null ? "scan" : "checklist[" + checklistPosition + "].scan";
        if (checklistPosition != null
                && (checklistPosition < 0
                        || checklistPosition >= permohonan.checklist().size())) {
            throw InvalidIntakeException.of(field, "casework.checklist.unknownItem", checklistPosition);
        }
        byte[] content = upload == null ? null : upload.content();
        var checked =
                DocumentContent.check(field, content, settings.maxDocumentSize().toBytes());
        if (!checked.accepted()) {
            throw new InvalidIntakeException(checked.errors(), List.of());
        }
        DocumentId document = repository.insertDocument(
                id,
                permohonan.officeCode(),
                DocumentNames.clean(upload.fileName(), checked.kind()),
                checked,
                content,
                stepNumber,
                now,
                username);
        if (checklistPosition != null) {
            repository.updateChecklistItem(id, checklistPosition, document);
        }
        return find(id).document(document).orElseThrow();
    }

    /** A scan of a permohonan of the office, with its bytes. */
    @Transactional(readOnly = true)
    public DocumentFile document(PermohonanId id, DocumentId documentId, String officeCode) {
        var stored = repository
                .document(documentId)
                .filter(d -> d.permohonanId().equals(id) && d.officeCode().equals(officeCode))
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
        return new DocumentFile(stored.view(), stored.content());
    }

    /** Writes a note on a permohonan of the office. */
    @Transactional
    public PermohonanView addNote(
            PermohonanId id, String officeCode, @Nullable String body, Acting acting, Instant now) {
        find(id, officeCode);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw InvalidIntakeException.of("body", "casework.note.required");
        }
        if (text.length() > MAX_NOTE) {
            throw InvalidIntakeException.of("body", "casework.note.tooLong", MAX_NOTE);
        }
        repository.insertNote(id, text, acting.username(), acting.displayName(), acting.positionCode(), now);
        return find(id);
    }

    /**
     * The office's running applications whose open step is past its due time at {@code now}, oldest first, at most
     * {@code limit} (with the total counted as the search does), the NIK masked: the daily digest of late cases for the
     * head of office (notification module).
     */
    @Transactional(readOnly = true)
    public PermohonanHits lateCases(String officeCode, Instant now, int limit) {
        var query = new PermohonanQuery(null, null, null, null, true, null, null, null, SearchSort.OLDEST, 0);
        var found =
                searches.search(officeCode, query, offices.office(officeCode).zone(), now, limit);
        return new PermohonanHits(
                found.hits().stream().map(PermohonanHit::masked).toList(),
                found.page(),
                found.size(),
                found.hasMore(),
                found.total(),
                found.totalIsLowerBound());
    }

    /**
     * The buku kendali's lines: the applications of the office received in {@code [from, to)}, in the order received,
     * at most {@code limit}; the NIK whole only for readers in the positions that see it on the case page
     * ({@link NikDisclosure}, per service in force on {@code today}), masked for everyone else.
     */
    @Transactional(readOnly = true)
    public List<LedgerLine> ledger(
            String officeCode, Instant from, Instant to, int limit, Set<String> positions, LocalDate today) {
        return ledger(officeCode, from, to, 0, limit, positions, today);
    }

    /** One page of the buku kendali's lines: those after the first {@code offset}, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<LedgerLine> ledger(
            String officeCode,
            Instant from,
            Instant to,
            long offset,
            int limit,
            Set<String> positions,
            LocalDate today) {
        var disclosed = services.inForce(officeCode, today).stream()
                .filter(v -> NikDisclosure.full(v.sop(), positions))
                .map(v -> v.code())
                .collect(Collectors.toSet());
        return searches.ledger(officeCode, from, to, offset, limit).stream()
                .map(l -> disclosed.contains(l.sopCode())
                        ? l
                        : new LedgerLine(
                                l.id(),
                                l.trackingNumber(),
                                l.submittedAt(),
                                l.applicantName(),
                                ApplicantView.mask(l.nik()),
                                l.sopCode(),
                                l.sopName(),
                                l.papersComplete(),
                                l.state(),
                                l.activityNumber(),
                                l.activityName(),
                                l.closedAt(),
                                l.submittedBy(),
                                l.workflowCaseId()))
                .toList();
    }

    /** How many applications the office received in {@code [from, to)}: the buku kendali's total. */
    @Transactional(readOnly = true)
    public long ledgerCount(String officeCode, Instant from, Instant to) {
        return searches.ledgerCount(officeCode, from, to);
    }

    /** What an incomplete file means for this office's SOP (docs/casework.md). */
    @Transactional(readOnly = true)
    public IncompletePapersRule papersRule(String officeCode, String sopCode) {
        return repository.papersRule(officeCode, sopCode);
    }

    @Transactional
    public void setPapersRule(String officeCode, String sopCode, IncompletePapersRule rule) {
        repository.setPapersRule(officeCode, sopCode, rule);
    }

    // The permohonan's status mirrors its case's end, so it is written in the transition's own transaction (a plain
    // listener, called as the workflow publishes): the two never disagree, not even for the answer to the request
    // that ended the case, and no event publication row is stored and completed for it (docs/workflow.md, "Cost of
    // a transition"). The update is conditional on an open permohonan and cannot fail on its data.
    @EventListener
    void on(CaseFinished finished) {
        PermohonanId.fromSubjectRef(finished.subjectRef())
                .ifPresent(id -> repository.close(id, PermohonanStatus.FINISHED, finished.finishedAt()));
    }

    @EventListener
    void on(CaseRefused refused) {
        PermohonanId.fromSubjectRef(refused.subjectRef())
                .ifPresent(id -> repository.close(id, PermohonanStatus.REFUSED, refused.refusedAt()));
    }

    @EventListener
    void on(CaseCancelled cancelled) {
        PermohonanId.fromSubjectRef(cancelled.subjectRef())
                .ifPresent(id -> repository.close(id, PermohonanStatus.CANCELLED, cancelled.endedAt()));
    }
}
