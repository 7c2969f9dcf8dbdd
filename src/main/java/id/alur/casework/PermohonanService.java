package id.alur.casework;

import id.alur.office.OfficeService;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseView;
import id.alur.workflow.StepView;
import id.alur.workflow.WorkflowService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications (permohonan) from intake to closing: the module's facade. Each method is one transaction; the work is
 * done by package-private collaborators: the intake by {@link IntakeSubmission} (the intake with its scans and the
 * start of its workflow case are one transaction: either all of it is written or nothing), look-ups by
 * {@link PermohonanLookup}, scans and notes by {@link DocumentsAndNotes}, the buku kendali and the late cases by
 * {@link LedgerQueries}; {@link PermohonanClosing} closes a permohonan when its case ends.
 */
@Service
public class PermohonanService {

    private final IntakeSubmission intake;
    private final PermohonanLookup lookup;
    private final DocumentsAndNotes documents;
    private final LedgerQueries ledgers;
    private final PermohonanRepository repository;
    private final PermohonanViews views;
    private final Services services;
    private final WorkflowService workflow;
    private final OfficeService offices;

    PermohonanService(
            IntakeSubmission intake,
            PermohonanLookup lookup,
            DocumentsAndNotes documents,
            LedgerQueries ledgers,
            PermohonanRepository repository,
            PermohonanViews views,
            Services services,
            WorkflowService workflow,
            OfficeService offices) {
        this.intake = intake;
        this.lookup = lookup;
        this.documents = documents;
        this.ledgers = ledgers;
        this.repository = repository;
        this.views = views;
        this.services = services;
        this.workflow = workflow;
        this.offices = offices;
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
        return this.intake.submit(intake, acting, now);
    }

    /** @throws PermohonanNotFoundException */
    @Transactional(readOnly = true)
    public PermohonanView find(PermohonanId id) {
        return lookup.find(id);
    }

    /**
     * The permohonan of the office, or not found when it belongs to another office or to none: both are probes on the
     * audit trail, recorded alike, so that ids cannot be tried one after another unseen (issue 14 item 4).
     */
    @Transactional(readOnly = true)
    public PermohonanView find(PermohonanId id, String officeCode) {
        return lookup.find(id, officeCode);
    }

    /**
     * Puts a probe of another office's permohonan on the audit trail ({@code access.cross-office}, {@code NOT_FOUND},
     * under the permohonan's office so that its administrators see it): docs/security.md promises that a cross-office
     * request is on record, and the request answers 404, so the record commits on its own.
     *
     * @param askedFrom the office the caller works in
     */
    void recordCrossOffice(PermohonanView view, @Nullable String askedFrom) {
        lookup.recordCrossOffice(view, askedFrom);
    }

    /**
     * Every permohonan the person with this NIK appears in, as applicant or household member, of any office, oldest
     * first: the data subject's access (UU 27/2022 Pasal 32), where letters are looked up by these applications.
     */
    @Transactional(readOnly = true)
    public List<PermohonanView> withPerson(String nik) {
        return lookup.withPerson(nik);
    }

    /** The permohonan a workflow case is about. */
    @Transactional(readOnly = true)
    public Optional<PermohonanId> findByWorkflowCase(long workflowCaseId) {
        return views.findIdByWorkflowCase(workflowCaseId);
    }

    /**
     * Finds a permohonan by what its receipt shows and the applicant knows: the tracking number (typed loosely) and
     * the last four digits of the NIK. Both must match.
     */
    @Transactional(readOnly = true)
    public Optional<PermohonanView> findByTracking(@Nullable String trackingNumber, @Nullable String nikLast4) {
        return lookup.findByTracking(trackingNumber, nikLast4);
    }

    /**
     * Where the applicant agreed to receive messages about the application: empty when they did not consent at intake
     * (then nothing may be sent to them).
     */
    @Transactional(readOnly = true)
    public Optional<ApplicantContact> applicantContact(PermohonanId id) {
        return views.consentedContact(id);
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
        return views.heads(ids);
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
        return documents.attach(id, officeCode, checklistPosition, upload, stepNumber, username, now);
    }

    /** A scan of a permohonan of the office, with its bytes. */
    @Transactional(readOnly = true)
    public DocumentFile document(PermohonanId id, DocumentId documentId, String officeCode) {
        return documents.document(id, documentId, officeCode);
    }

    /** Writes a note on a permohonan of the office. */
    @Transactional
    public PermohonanView addNote(
            PermohonanId id, String officeCode, @Nullable String body, Acting acting, Instant now) {
        return documents.addNote(id, officeCode, body, acting, now);
    }

    /**
     * The office's running applications whose open step is past its due time at {@code now}, oldest first, at most
     * {@code limit} (with the total counted as the search does), the NIK masked: the daily digest of late cases for the
     * head of office (notification module).
     */
    @Transactional(readOnly = true)
    public PermohonanHits lateCases(String officeCode, Instant now, int limit) {
        return ledgers.lateCases(officeCode, now, limit);
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
        return ledgers.ledger(officeCode, from, to, offset, limit, positions, today);
    }

    /** How many applications the office received in {@code [from, to)}: the buku kendali's total. */
    @Transactional(readOnly = true)
    public long ledgerCount(String officeCode, Instant from, Instant to) {
        return ledgers.ledgerCount(officeCode, from, to);
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
}
