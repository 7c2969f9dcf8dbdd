package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.platform.AlurException;
import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditTrail;
import id.alur.platform.ConcurrentChangeException;
import id.alur.platform.ForbiddenException;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import id.alur.workflow.FindingKind;
import id.alur.workflow.LaneKind;
import id.alur.workflow.WorkflowService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The case page of a permohonan (template {@code casework/case}): the applicant (the NIK as {@link NikDisclosure}
 * allows), the papers and their scans, the timeline of every step against its standard time, notes, and the actions
 * the workflow's {@code StepOptions} offer the signed-in officer now.
 */
@Component
class CasePage {

    static final String VIEW = "casework/case";

    private static final Logger log = LoggerFactory.getLogger(CasePage.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final CaseActions actions;
    private final PermohonanService permohonan;
    private final WorkflowService workflow;
    private final DeskRegistry registry;
    private final BpjsRepository bpjs;
    private final BpjsRefusals refusals;
    private final AuditTrail audit;

    CasePage(
            CaseActions actions,
            PermohonanService permohonan,
            WorkflowService workflow,
            DeskRegistry registry,
            BpjsRepository bpjs,
            BpjsRefusals refusals,
            AuditTrail audit) {
        this.audit = audit;
        this.actions = actions;
        this.permohonan = permohonan;
        this.workflow = workflow;
        this.registry = registry;
        this.bpjs = bpjs;
        this.refusals = refusals;
    }

    /**
     * An outside party asked to see the applicant's phone number whole: refused (403), the asking on the audit trail
     * as {@code permohonan.phone-shown} {@code REFUSED}. The outside party works on the office's request and does not
     * contact the applicant for it (UU 27/2022: no more personal data than the reader needs; issue 15 follow-up).
     */
    private void refusePhoneToOutsideParty(CaseActions.Loaded loaded) {
        audit.recordAlone(AuditEvent.of("permohonan.phone-shown")
                .outcome(AuditOutcome.REFUSED)
                .about("permohonan", loaded.permohonan().id().value())
                .inOffice(loaded.permohonan().officeCode())
                .detail("outside party"));
        throw new ForbiddenException(
                "An outside party asked for the applicant's phone", "casework.case.phone.outsideParty");
    }

    /**
     * Fills the model of the case page as it stands now.
     *
     * @param documentId the scan to show in the viewer, or {@code null}
     */
    String render(PermohonanId id, @Nullable Long documentId, CurrentOfficer officer, Model model, Locale locale) {
        return render(id, documentId, officer, model, locale, false);
    }

    /**
     * Fills the model of the case page as it stands now.
     *
     * @param showPhone the officer asked to see the applicant's phone number whole although their lane does not
     *     contact the applicant ({@link NikDisclosure#phoneWhole}): it is shown and the asking goes on the audit trail
     */
    String render(
            PermohonanId id,
            @Nullable Long documentId,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            boolean showPhone) {
        var loaded = actions.load(id, officer);
        boolean outsideParty = !OutsideLane.onlyLanes(officer).isEmpty();
        if (showPhone && outsideParty) {
            refusePhoneToOutsideParty(loaded);
        }
        actions.recordRead(loaded, "permohonan.viewed");
        var positions = ActingOfficer.positions(officer);
        boolean fullNik = NikDisclosure.full(loaded.sop(), positions);
        boolean phoneWhole = NikDisclosure.phoneWhole(loaded.sop(), positions);
        if (showPhone && !phoneWhole) {
            actions.recordRead(loaded, "permohonan.phone-shown");
        }
        var seen = OutsideLane.forOfficer(loaded.permohonan(), loaded.sop(), officer);
        var numbers = fullNik ? seen : NikDisclosure.masked(seen);
        var view = phoneWhole || showPhone ? numbers : NikDisclosure.phoneMasked(numbers);
        var caseView = loaded.caseView();
        var timeline = OutsideLane.forOfficer(workflow.history(loaded.caseId(), locale), officer);
        Map<Long, Elapsed> stepTimes = new HashMap<>();
        timeline.steps().stream()
                .filter(s -> s.workingTime() != null)
                .forEach(s -> stepTimes.put(s.id().value(), Elapsed.of(s.workingTime())));
        Instant now = Instant.now();
        model.addAttribute("permohonan", view);
        model.addAttribute("caseView", caseView);
        model.addAttribute("step", caseView.currentStep().orElse(null));
        model.addAttribute("options", workflow.options(caseView, officer.username(), positions));
        model.addAttribute("work", !caseView.state().ended() && ActingOfficer.inSopLane(officer, loaded.sop()));
        model.addAttribute("timeline", timeline);
        model.addAttribute("findings", workflow.findings(loaded.caseId()));
        model.addAttribute("findingKinds", FindingKind.values());
        model.addAttribute("activities", loaded.sop().activities());
        model.addAttribute("monitor", ActingOfficer.inSopLane(officer, loaded.sop()));
        model.addAttribute("fullNik", fullNik);
        model.addAttribute("phoneMasked", !phoneWhole && !showPhone);
        // an outside party never contacts the applicant for the office (issue 15 follow-up): nothing to ask for
        model.addAttribute("phoneAskable", !outsideParty);
        // Issue 16 item 2: the fact recorded at intake, judged by the service's rule for the verifying officer;
        // registry
        // data stays inside the office (item 5), so an outside party sees none of it.
        model.addAttribute(
                "registryFindings",
                OutsideLane.onlyLanes(officer).isEmpty()
                        ? registry.recorded(id, view.officeCode(), view.sopCode()).stream()
                                .map(f -> fullNik ? f : f.masked())
                                .toList()
                        : List.of());
        model.addAttribute("stepTimes", stepTimes);
        // Issue 16 item 3: at an outside party's step, the usulan the case went out in (its answer is applied there),
        // else BPJS's refusal in the last one and the office's ways on from it (BpjsRefusals).
        var openBatch = caseView.currentStep()
                .filter(s -> s.laneKind() == LaneKind.OUTSIDE_PARTY)
                .flatMap(s -> bpjs.openBatchOf(id));
        model.addAttribute("bpjsBatch", openBatch.orElse(null));
        model.addAttribute(
                "bpjsRefusals",
                refusals.of(loaded.permohonan(), caseView.currentStep().orElse(null), openBatch.isPresent()));
        if (!model.containsAttribute("problemConflict")) {
            model.addAttribute("problemConflict", false);
        }
        model.addAttribute("zone", officer.zone());
        model.addAttribute("now", now);
        model.addAttribute("age", Elapsed.of(Duration.between(view.submittedAt(), now)));
        model.addAttribute("papersRule", permohonan.papersRule(view.officeCode(), view.sopCode()));
        model.addAttribute("identityKinds", IdentityKind.values());
        model.addAttribute(
                "nowLocal",
                LocalDateTime.ofInstant(now, officer.zone()).withSecond(0).withNano(0));
        model.addAttribute(
                "viewing",
                documentId == null
                        ? null
                        : view.document(new DocumentId(documentId)).orElse(null));
        return VIEW;
    }

    /**
     * The answer to a refused action of the case page (STYLE.md "Errors"), for the page's controllers' one exception
     * handler: bad input 422 and a step taken meanwhile 409 with who took it, both on the fresh case page rather than
     * the platform's error page, because the officer needs to see where the case stands now. Everything else is the
     * platform's ({@code PageExceptionAdvice}): a step of another permohonan 404, an officer outside the lane 403.
     */
    ModelAndView refused(AlurException refusal, HttpServletRequest request, CurrentOfficer officer, Locale locale) {
        var id = permohonan(request);
        if (refusal instanceof ConcurrentChangeException conflict) {
            log.info("Case page action lost a race: {}", conflict.getMessage());
            return withProblem(id, officer, locale, HttpStatus.CONFLICT, "casework.step.takenBy", new Object[] {
                conflict.changedBy() == null ? "?" : conflict.changedBy(),
                conflict.changedAt() == null
                        ? "?"
                        : WHEN.format(conflict.changedAt().atZone(officer.zone()))
            });
        }
        log.debug("Case page action refused: {}", refusal.getMessage());
        var first = refusal instanceof InvalidInputException invalid
                ? invalid.problems().getFirst()
                : InputProblem.general(refusal.messageKey(), refusal.arguments());
        return withProblem(
                id,
                officer,
                locale,
                HttpStatus.UNPROCESSABLE_CONTENT,
                first.messageKey(),
                first.arguments().toArray());
    }

    /** The case page as it stands now with a problem above the current step. */
    private ModelAndView withProblem(
            PermohonanId id,
            CurrentOfficer officer,
            Locale locale,
            HttpStatus status,
            String problemKey,
            Object[] problemArguments) {
        var model = new ExtendedModelMap();
        model.addAttribute("problemKey", problemKey);
        model.addAttribute("problemArgs", problemArguments);
        model.addAttribute("problemConflict", status == HttpStatus.CONFLICT);
        // An exception handler's page gets no @ModelAttribute of the advice classes: the layout's header needs the
        // signed-in user (templates/layout.html).
        model.addAttribute("signedIn", AlurUser.current().orElse(null));
        model.addAttribute("currentOfficer", officer);
        return new ModelAndView(render(id, null, officer, model, locale), model, status);
    }

    /** The permohonan of the page the action was posted from: every address of the case page starts with it. */
    private static PermohonanId permohonan(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return new PermohonanId(Long.parseLong(variables.get("id")));
    }
}
