package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.platform.Forms;
import id.alur.sop.Branch;
import id.alur.workflow.Acting;
import id.alur.workflow.CaseState;
import id.alur.workflow.StepId;
import id.alur.workflow.StepState;
import id.alur.workflow.StepTakenException;
import id.alur.workflow.StepView;
import id.alur.workflow.TransitionNotAllowedException;
import id.alur.workflow.Verdict;
import id.alur.workflow.WorkflowService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page of a permohonan: the applicant, the papers and their scans, the timeline of every step against its
 * standard time, notes, and only the actions the signed-in officer may take now.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'OUTSIDE_PARTY')")
class CaseController {

    static final String VIEW = "casework/case";

    private final CaseActions actions;
    private final PermohonanService permohonan;
    private final WorkflowService workflow;

    CaseController(CaseActions actions, PermohonanService permohonan, WorkflowService workflow) {
        this.actions = actions;
        this.permohonan = permohonan;
        this.workflow = workflow;
    }

    @GetMapping("/permohonan/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(name = "berkas", required = false) Long documentId,
            CurrentOfficer officer,
            Model model,
            Locale locale) {
        return render(new PermohonanId(id), documentId, officer, model, locale);
    }

    /** The scan itself, inline, with the content type its bytes were found to be; only within the office. */
    @GetMapping("/permohonan/{id}/berkas/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId, CurrentOfficer officer) {
        return inline(permohonan.document(new PermohonanId(id), new DocumentId(documentId), officer.officeCode()));
    }

    static ResponseEntity<byte[]> inline(DocumentFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.view().contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.view().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                // Shown in the case page's viewer (same origin), never framed elsewhere; nothing in it may run.
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'")
                .header("X-Frame-Options", "SAMEORIGIN")
                .eTag("\"" + file.view().sha256() + "\"")
                .body(file.content());
    }

    @PostMapping("/permohonan/{id}/langkah/{stepId}/ambil")
    String claim(
            @PathVariable long id,
            @PathVariable long stepId,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return actOnStep(
                id, stepId, officer, model, locale, response, redirect, "casework.done.claimed", actions::claim);
    }

    @PostMapping("/permohonan/{id}/langkah/{stepId}/lepas")
    String release(
            @PathVariable long id,
            @PathVariable long stepId,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return actOnStep(
                id, stepId, officer, model, locale, response, redirect, "casework.done.released", actions::release);
    }

    @PostMapping("/permohonan/{id}/langkah/{stepId}/selesai")
    String complete(
            @PathVariable long id,
            @PathVariable long stepId,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String outputRef,
            @RequestParam(required = false) String receivedBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    LocalDateTime receivedAt,
            @RequestParam(required = false) IdentityKind idKind,
            @RequestParam(required = false) String idNumber,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return actOnStep(
                id,
                stepId,
                officer,
                model,
                locale,
                response,
                redirect,
                "casework.done.completed",
                (pid, officeCode, step, acting, now) -> {
                    // The time is filled in for the officer; the hand-over counts as given once a name or an ID is
                    // typed.
                    boolean handOverGiven =
                            CaseActions.blankToNull(receivedBy) != null || CaseActions.blankToNull(idNumber) != null;
                    var handOver = handOverGiven ? handOver(officer, receivedBy, receivedAt, idKind, idNumber) : null;
                    actions.complete(pid, officeCode, step, outputRef, note, handOver, acting, now);
                });
    }

    @PostMapping("/permohonan/{id}/langkah/{stepId}/putusan")
    String decide(
            @PathVariable long id,
            @PathVariable long stepId,
            @RequestParam(required = false) Verdict verdict,
            @RequestParam(required = false) String note,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String done = verdict == Verdict.TIDAK ? "casework.done.decidedTidak" : "casework.done.decidedYa";
        return actOnStep(
                id,
                stepId,
                officer,
                model,
                locale,
                response,
                redirect,
                done,
                (pid, officeCode, step, acting, now) ->
                        actions.decide(pid, officeCode, step, verdict, note, acting, now));
    }

    @PostMapping("/permohonan/{id}/langkah/{stepId}/kembalikan")
    String returnToApplicant(
            @PathVariable long id,
            @PathVariable long stepId,
            @RequestParam(required = false) String note,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return actOnStep(
                id,
                stepId,
                officer,
                model,
                locale,
                response,
                redirect,
                "casework.done.returned",
                (pid, officeCode, step, acting, now) ->
                        actions.returnToApplicant(pid, officeCode, step, note, acting, now));
    }

    @PostMapping("/permohonan/{id}/langkah/{stepId}/hasil-luar")
    String recordOutsideResult(
            @PathVariable long id,
            @PathVariable long stepId,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resultDate,
            @RequestParam(required = false) MultipartFile evidence,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return actOnStep(
                id,
                stepId,
                officer,
                model,
                locale,
                response,
                redirect,
                "casework.done.outsideRecorded",
                (pid, officeCode, step, acting, now) -> actions.recordOutsideResult(
                        pid, officeCode, step, reference, resultDate, IntakeForm.upload(evidence), acting, now));
    }

    @PostMapping("/permohonan/{id}/langkah/{stepId}/serah-terima")
    String recordHandOver(
            @PathVariable long id,
            @PathVariable long stepId,
            @RequestParam(required = false) String receivedBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    LocalDateTime receivedAt,
            @RequestParam(required = false) IdentityKind idKind,
            @RequestParam(required = false) String idNumber,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return actOnStep(
                id,
                stepId,
                officer,
                model,
                locale,
                response,
                redirect,
                "casework.done.handedOver",
                (pid, officeCode, step, acting, now) -> actions.recordHandOver(
                        pid,
                        officeCode,
                        step,
                        handOver(officer, receivedBy, receivedAt, idKind, idNumber),
                        acting,
                        now));
    }

    @PostMapping("/permohonan/{id}/lanjutkan")
    String resume(
            @PathVariable long id,
            @RequestParam(required = false) String note,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var pid = new PermohonanId(id);
        return act(pid, officer, model, locale, response, redirect, "casework.done.resumed", () -> {
            var loaded = actions.load(pid, officer.officeCode());
            var acting = ActingOfficer.atFrontDesk(officer, loaded.sop());
            actions.resume(pid, officer.officeCode(), note, acting, Instant.now());
        });
    }

    @PostMapping("/permohonan/{id}/berkas")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) Integer checklistPosition,
            @RequestParam(required = false) MultipartFile scan,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var pid = new PermohonanId(id);
        return act(pid, officer, model, locale, response, redirect, "casework.done.uploaded", () -> {
            var loaded = actions.load(pid, officer.officeCode());
            ActingOfficer.inSop(officer, loaded.sop());
            var step = loaded.caseView()
                    .currentStep()
                    .map(StepView::activityNumber)
                    .orElse(null);
            permohonan.attach(
                    pid,
                    officer.officeCode(),
                    checklistPosition,
                    IntakeForm.upload(scan),
                    step,
                    officer.username(),
                    Instant.now());
        });
    }

    @PostMapping("/permohonan/{id}/catatan")
    String note(
            @PathVariable long id,
            @RequestParam(required = false) String body,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var pid = new PermohonanId(id);
        return act(pid, officer, model, locale, response, redirect, "casework.done.noted", () -> {
            var loaded = actions.load(pid, officer.officeCode());
            var acting = ActingOfficer.inSop(officer, loaded.sop());
            permohonan.addNote(pid, officer.officeCode(), body, acting, Instant.now());
        });
    }

    /** An action on one step of the case, by the officer acting on it (see {@link ActingOfficer#onStep}). */
    @FunctionalInterface
    private interface StepAction {
        void run(PermohonanId id, String officeCode, StepId step, Acting acting, Instant now);
    }

    /** {@link #act} for an action on a step: the officer must act in the step's lane (or at the front desk for it). */
    private String actOnStep(
            long id,
            long stepId,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String doneKey,
            StepAction action) {
        var pid = new PermohonanId(id);
        return act(pid, officer, model, locale, response, redirect, doneKey, () -> {
            var loaded = actions.load(pid, officer.officeCode());
            actions.requireStepOf(loaded, new StepId(stepId));
            var acting = ActingOfficer.onStep(loaded, officer, stepId);
            action.run(pid, officer.officeCode(), new StepId(stepId), acting, Instant.now());
        });
    }

    /**
     * Runs an action and answers: after success back to the page (PRG) with a message; bad input 422, a step taken
     * meanwhile 409 with who took it — both on the fresh page, so the officer sees where the case stands now.
     */
    private String act(
            PermohonanId id,
            CurrentOfficer officer,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String doneKey,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("caseworkDone", doneKey);
            return "redirect:/permohonan/" + id.value();
        } catch (StepTakenException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problemConflict", true);
            model.addAttribute("problemKey", "casework.step.takenBy");
            model.addAttribute("problemArgs", new Object[] {
                e.takenByName() == null ? e.takenByUsername() : e.takenByName(),
                e.takenAt() == null
                        ? "?"
                        : DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
                                .format(e.takenAt().atZone(officer.zone()))
            });
        } catch (TransitionNotAllowedException e) {
            response.setStatus(Forms.UNPROCESSABLE);
            model.addAttribute("problemKey", e.messageKey());
            model.addAttribute("problemArgs", e.arguments());
            model.addAttribute("problemField", e.field());
        } catch (InvalidIntakeException e) {
            response.setStatus(Forms.UNPROCESSABLE);
            var first = e.errors().getFirst();
            model.addAttribute("problemKey", first.messageKey());
            model.addAttribute("problemArgs", first.arguments().toArray());
            model.addAttribute("problemField", first.field());
        }
        return render(id, null, officer, model, locale);
    }

    private String render(PermohonanId id, Long documentId, CurrentOfficer officer, Model model, Locale locale) {
        var loaded = actions.load(id, officer.officeCode());
        var view = loaded.permohonan();
        var timeline = workflow.history(loaded.caseId(), locale);
        Set<String> positions = officer.positionCodes();
        boolean fullNik = Services.fullNikLanes(loaded.sop()).stream().anyMatch(positions::contains);
        Instant now = Instant.now();
        model.addAttribute("permohonan", view);
        model.addAttribute("caseView", loaded.caseView());
        model.addAttribute("timeline", timeline);
        model.addAttribute("fullNik", fullNik);
        model.addAttribute(
                "nik", fullNik ? view.applicant().nik() : view.applicant().maskedNik());
        model.addAttribute(
                "familyCardNumber",
                fullNik
                        ? view.applicant().familyCardNumber()
                        : ApplicantView.mask(view.applicant().familyCardNumber()));
        var stepTimes = new java.util.HashMap<Long, Elapsed>();
        timeline.steps().stream()
                .filter(s -> s.workingTime() != null)
                .forEach(s -> stepTimes.put(s.id().value(), Elapsed.of(s.workingTime())));
        model.addAttribute("stepTimes", stepTimes);
        if (!model.containsAttribute("problemConflict")) {
            model.addAttribute("problemConflict", false);
        }
        model.addAttribute("allowed", Allowed.of(loaded, officer));
        model.addAttribute("zone", officer.zone());
        model.addAttribute("now", now);
        model.addAttribute("age", Elapsed.of(java.time.Duration.between(view.submittedAt(), now)));
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

    private static CaseActions.HandOverForm handOver(
            CurrentOfficer officer, String receivedBy, LocalDateTime receivedAt, IdentityKind idKind, String idNumber) {
        return new CaseActions.HandOverForm(
                receivedBy,
                receivedAt == null ? null : receivedAt.atZone(officer.zone()).toInstant(),
                idKind,
                idNumber);
    }

    /** What the officer may do on the case page right now. */
    record Allowed(
            StepView step,
            boolean take,
            boolean release,
            boolean complete,
            boolean decide,
            boolean tidakReturnsToApplicant,
            boolean lastActivity,
            boolean recordOutside,
            boolean evidenceRequired,
            boolean handOver,
            boolean resume,
            boolean work,
            String takenBy) {

        static Allowed of(CaseActions.Loaded loaded, CurrentOfficer officer) {
            var sop = loaded.sop();
            var caseView = loaded.caseView();
            boolean ended = caseView.state().ended();
            String frontDesk = Services.frontDeskLane(sop);
            boolean atFrontDesk = ActingOfficer.in(officer, frontDesk).isPresent();
            boolean inSop = sop.actors().stream()
                    .anyMatch(a -> ActingOfficer.in(officer, a.id()).isPresent());
            StepView step = caseView.currentStep().orElse(null);
            boolean take = false, release = false, complete = false, decide = false, tidakToApplicant = false;
            boolean last = false, outside = false, evidence = false, handOver = false;
            String takenBy = null;
            if (step != null && !ended) {
                boolean inLane = ActingOfficer.in(officer, step.positionCode()).isPresent();
                var activity = sop.activity(step.activityNumber()).orElseThrow();
                switch (step.laneKind()) {
                    case POSITION -> {
                        boolean mine = step.state() == StepState.CLAIMED
                                && officer.username().equals(step.claimedBy());
                        take = inLane && step.state() == StepState.OPEN;
                        release = inLane && mine;
                        decide = inLane && mine && activity.decision() != null;
                        complete = inLane && mine && activity.decision() == null;
                        tidakToApplicant = activity.decision() != null
                                && activity.decision().tidak() instanceof Branch.ToApplicant;
                        last = activity.number() == sop.last().number();
                        if (step.state() == StepState.CLAIMED && !mine) {
                            takenBy = step.claimedByName() == null ? step.claimedBy() : step.claimedByName();
                        }
                    }
                    case OUTSIDE_PARTY -> {
                        outside = inLane || atFrontDesk;
                        evidence = !inLane;
                    }
                    case APPLICANT -> handOver = atFrontDesk;
                }
            }
            boolean resume = atFrontDesk && caseView.state() == CaseState.RETURNED_TO_APPLICANT;
            return new Allowed(
                    step,
                    take,
                    release,
                    complete,
                    decide,
                    tidakToApplicant,
                    last,
                    outside,
                    evidence,
                    handOver,
                    resume,
                    inSop && !ended,
                    takenBy);
        }

        public boolean anyStepAction() {
            return take || release || complete || decide || recordOutside || handOver || resume;
        }
    }
}
