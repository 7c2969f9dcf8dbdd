package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.platform.AlurException;
import id.alur.platform.ConcurrentChangeException;
import id.alur.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page of a permohonan ({@link CasePage}), its scans, and what an officer in any lane of its SOP adds to it:
 * scans and notes. The actions on its steps are {@link StepActionController}'s; a refused one is answered by
 * {@link CasePage#refused} on the fresh page.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'OUTSIDE_PARTY')")
class CaseController {

    private final CasePage page;
    private final CaseActions actions;

    CaseController(CasePage page, CaseActions actions) {
        this.page = page;
        this.actions = actions;
    }

    @GetMapping("/permohonan/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(name = "berkas", required = false) Long documentId,
            CurrentOfficer officer,
            Model model,
            Locale locale) {
        return page.render(new PermohonanId(id), documentId, officer, model, locale);
    }

    /**
     * The case page with the applicant's phone number whole for an officer whose lane sees it masked (to call the
     * applicant after all), the asking on the audit trail as {@code permohonan.phone-shown}. A POST, so that neither a
     * prefetch nor a link in the history shows it unasked; htmx swaps only the number in.
     */
    @PostMapping("/permohonan/{id}/telepon")
    String showPhone(@PathVariable long id, CurrentOfficer officer, Model model, Locale locale) {
        return page.render(new PermohonanId(id), null, officer, model, locale, true);
    }

    /** The scan itself, inline, with the content type its bytes were found to be; only within the office. */
    @GetMapping("/permohonan/{id}/berkas/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId, CurrentOfficer officer) {
        return inline(actions.document(new PermohonanId(id), new DocumentId(documentId), officer));
    }

    @PostMapping("/permohonan/{id}/berkas")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) Integer checklistPosition,
            @RequestParam(required = false) MultipartFile scan,
            CurrentOfficer officer,
            RedirectAttributes redirect) {
        actions.attach(new PermohonanId(id), officer, checklistPosition, IntakeForm.upload(scan), Instant.now());
        return done(id, "casework.done.uploaded", redirect);
    }

    @PostMapping("/permohonan/{id}/catatan")
    String note(
            @PathVariable long id,
            @RequestParam(required = false) String body,
            CurrentOfficer officer,
            RedirectAttributes redirect) {
        actions.note(new PermohonanId(id), officer, body, Instant.now());
        return done(id, "casework.done.noted", redirect);
    }

    @PostMapping("/permohonan/{id}/monev")
    String finding(
            @PathVariable long id,
            @RequestParam(name = "langkah", required = false) Integer activityNumber,
            @RequestParam(name = "jenis", required = false) String kind,
            @RequestParam(name = "uraian", required = false) String body,
            CurrentOfficer officer,
            RedirectAttributes redirect) {
        actions.finding(new PermohonanId(id), officer, activityNumber, kind, body, Instant.now());
        return done(id, "casework.done.finding", redirect);
    }

    /** After an action: back to the page (PRG) with what was done. */
    static String done(long id, String doneKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("caseworkDone", doneKey);
        return "redirect:/permohonan/" + id;
    }

    static ResponseEntity<byte[]> inline(DocumentFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.view().contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.view().fileName(), StandardCharsets.UTF_8)
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

    /** A refused action: the fresh case page with the problem (422, 409), see {@link CasePage#refused}. */
    @ExceptionHandler({InvalidInputException.class, ConcurrentChangeException.class})
    ModelAndView refused(AlurException refusal, HttpServletRequest request, CurrentOfficer officer, Locale locale) {
        return page.refused(refusal, request, officer, locale);
    }
}
