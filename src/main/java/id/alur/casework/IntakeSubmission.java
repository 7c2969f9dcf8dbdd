package id.alur.casework;

import id.alur.office.OfficeService;
import id.alur.sop.SopVersionView;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseView;
import id.alur.workflow.LaneKind;
import id.alur.workflow.StepView;
import id.alur.workflow.WorkflowService;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The intake at the front desk ({@link PermohonanService#submit}): checks the application, stores it with a fresh
 * tracking number, its household, checklist and scans, records the registry's findings and starts its workflow case.
 * Runs in the facade's transaction, so that nothing is written when any part fails.
 */
@Component
class IntakeSubmission {

    private static final int TRACKING_ATTEMPTS = 8;

    private final PermohonanRepository repository;
    private final PermohonanViews views;
    private final Services services;
    private final WorkflowService workflow;
    private final OfficeService offices;
    private final CaseworkSettings settings;
    private final ApplicationEventPublisher events;
    private final DeskRegistry registry;
    private final KisProposals proposals;
    private final RandomGenerator random = new SecureRandom();

    IntakeSubmission(
            PermohonanRepository repository,
            PermohonanViews views,
            Services services,
            WorkflowService workflow,
            OfficeService offices,
            CaseworkSettings settings,
            ApplicationEventPublisher events,
            DeskRegistry registry,
            KisProposals proposals) {
        this.repository = repository;
        this.views = views;
        this.services = services;
        this.workflow = workflow;
        this.offices = offices;
        this.settings = settings;
        this.events = events;
        this.registry = registry;
        this.proposals = proposals;
    }

    /** See {@link PermohonanService#submit}. */
    PermohonanView submit(Intake intake, Acting acting, Instant now) {
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
        // who goes in the usulan to BPJS Kesehatan, with the faskes each chose (issue 16 item 3)
        proposals.record(id, KisProposals.of(intake));
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
        var view = views.find(id).orElseThrow(() -> new PermohonanNotFoundException(id));
        events.publishEvent(new PermohonanSubmitted(id, view.officeCode(), view.trackingNumber()));
        return view;
    }

    /** The NIKs to look up: the applicant's first, then each household member's, as typed. */
    private static List<@Nullable String> niks(Intake intake) {
        var niks = new ArrayList<@Nullable String>();
        niks.add(intake.applicant() == null ? null : intake.applicant().nik());
        intake.householdMembers().forEach(member -> niks.add(member.nik()));
        return niks;
    }

    /** The intake with the papers the recorded check stands for; a paper already ticked or scanned keeps its entry. */
    private static Intake withPapers(Intake intake, Set<Integer> stoodFor) {
        if (stoodFor.isEmpty()) {
            return intake;
        }
        var entries = new ArrayList<Intake.ChecklistEntry>();
        var positions = new HashSet<Integer>();
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
}
