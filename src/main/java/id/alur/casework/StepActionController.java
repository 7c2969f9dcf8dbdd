package id.alur.casework;

import id.alur.casework.StepInput.HandOverForm;
import id.alur.office.CurrentOfficer;
import id.alur.platform.AlurException;
import id.alur.platform.ConcurrentChangeException;
import id.alur.platform.InvalidInputException;
import id.alur.platform.NotFoundException;
import id.alur.workflow.StepId;
import id.alur.workflow.Verdict;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the case page that act on the case ({@link StepAction}): after success back to the page with what was
 * done; a refusal is answered on the fresh page (422, or 409 with who took the step).
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'OUTSIDE_PARTY')")
class StepActionController {

    private final CaseActions actions;
    private final CasePage page;

    StepActionController(CaseActions actions, CasePage page) {
        this.actions = actions;
        this.page = page;
    }

    /**
     * An action on a step; which fields count depends on the action ({@link StepInput}).
     *
     * @param receivedAt for {@code serah-terima} (and {@code selesai} at the last activity): local time of the office
     */
    @PostMapping("/permohonan/{id}/langkah/{stepId}/{action}")
    String onStep(
            @PathVariable long id,
            @PathVariable long stepId,
            @PathVariable String action,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String outputRef,
            @RequestParam(required = false) Verdict verdict,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resultDate,
            @RequestParam(required = false) MultipartFile evidence,
            @RequestParam(required = false) String receivedBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    LocalDateTime receivedAt,
            @RequestParam(required = false) IdentityKind idKind,
            @RequestParam(required = false) String idNumber,
            CurrentOfficer officer,
            RedirectAttributes redirect) {
        var stepAction = StepAction.of(action)
                .filter(StepAction::onStep)
                .orElseThrow(() -> new NotFoundException("No step action " + action, "platform.error.notFound"));
        var input = new StepInput(
                note,
                outputRef,
                verdict,
                reference,
                resultDate,
                IntakeForm.upload(evidence),
                new HandOverForm(
                        receivedBy,
                        receivedAt == null
                                ? null
                                : receivedAt.atZone(officer.zone()).toInstant(),
                        idKind,
                        idNumber));
        actions.act(new PermohonanId(id), officer, stepAction, new StepId(stepId), input, Instant.now());
        return CaseController.done(id, stepAction.doneKey(input), redirect);
    }

    /** The applicant brought the papers back: the front desk resumes the case. */
    @PostMapping("/permohonan/{id}/lanjutkan")
    String resume(
            @PathVariable long id,
            @RequestParam(required = false) String note,
            CurrentOfficer officer,
            RedirectAttributes redirect) {
        var input = StepInput.note(note);
        actions.act(new PermohonanId(id), officer, StepAction.LANJUTKAN, null, input, Instant.now());
        return CaseController.done(id, StepAction.LANJUTKAN.doneKey(input), redirect);
    }

    /**
     * Ends the case before its SOP's end: the office cancels it ({@code batalkan}), with the reason; the permohonan
     * closes with it.
     */
    @PostMapping("/permohonan/{id}/batalkan")
    String cancel(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            CurrentOfficer officer,
            RedirectAttributes redirect) {
        return end(id, StepAction.BATALKAN, reason, officer, redirect);
    }

    /** The applicant withdraws ({@code tarik}), recorded by the front desk with the reason. */
    @PostMapping("/permohonan/{id}/tarik")
    String withdraw(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            CurrentOfficer officer,
            RedirectAttributes redirect) {
        return end(id, StepAction.TARIK, reason, officer, redirect);
    }

    private String end(long id, StepAction action, String reason, CurrentOfficer officer, RedirectAttributes redirect) {
        var input = StepInput.note(reason);
        actions.act(new PermohonanId(id), officer, action, null, input, Instant.now());
        return CaseController.done(id, action.doneKey(input), redirect);
    }

    /** A refused action: the fresh case page with the problem (422, 409), see {@link CasePage#refused}. */
    @ExceptionHandler({InvalidInputException.class, ConcurrentChangeException.class})
    ModelAndView refused(AlurException refusal, HttpServletRequest request, CurrentOfficer officer, Locale locale) {
        return page.refused(refusal, request, officer, locale);
    }
}
