package id.alur.letter;

import id.alur.office.ResourceOfficeGuard;
import id.alur.platform.AlurUser;
import id.alur.platform.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Letters for the people of the office that issued them: the letters of a case (the case page links here by URL,
 * {@code /letters/case/{caseId}}), the issued PDF to print or hand over, and the office copy with the paraf. Only the
 * issuing office sees them (404 otherwise); the office copy is internal, so an outside party (BPJS) gets only the
 * issued letter.
 */
@Controller
class LetterController {

    private final LetterService letters;
    private final ResourceOfficeGuard guard;

    LetterController(LetterService letters, ResourceOfficeGuard guard) {
        this.letters = letters;
        this.guard = guard;
    }

    @GetMapping("/letters/case/{caseId}")
    String ofCase(@PathVariable long caseId, Model model) {
        var found = letters.forCase(caseId);
        String office = AlurUser.current().map(AlurUser::officeCode).orElse(null);
        var own = found.stream()
                .filter(letter -> letter.officeCode().equals(office))
                .toList();
        if (own.size() != found.size()) {
            guard.requireOwnOffice(found.getFirst().officeCode(), "letters of case " + caseId);
        }
        model.addAttribute("caseId", caseId);
        model.addAttribute("letters", own);
        return "letter/case-letters";
    }

    @GetMapping("/letters/{letter}/letter.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("letter") long id) {
        var letter = own(id);
        return pdfResponse(letters.pdf(letter.id()), letter, "");
    }

    @GetMapping("/letters/{letter}/office-copy.pdf")
    ResponseEntity<byte[]> officeCopy(@PathVariable("letter") long id) {
        var letter = own(id);
        if (AlurUser.current().map(u -> u.hasRole(Role.OUTSIDE_PARTY)).orElse(true)) {
            throw new AccessDeniedException("The office copy is internal to the office");
        }
        return pdfResponse(letters.officeCopy(letter.id()), letter, "-arsip");
    }

    private LetterView own(long id) {
        var letter = letters.find(new LetterId(id));
        guard.requireOwnOffice(letter.officeCode(), "letter " + id);
        return letter;
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] pdf, LetterView letter, String suffix) {
        String name = letter.kind().slug() + "-" + letter.number().replaceAll("[^A-Za-z0-9.-]+", "_") + suffix + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(pdf);
    }
}
