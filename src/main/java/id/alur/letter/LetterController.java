package id.alur.letter;

import id.alur.casework.OutsidePartyAccess;
import id.alur.office.CurrentOfficer;
import id.alur.office.ResourceOfficeGuard;
import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.Role;
import java.util.EnumSet;
import java.util.Set;
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
 * issued letter — and only of a case that has reached its lane, and only the letters addressed out of the office
 * ({@link #FOR_OUTSIDE_PARTIES}); anything else answers it 404, on record as {@code access.outside-lane} (issue 14
 * item 2, casework's {@link OutsidePartyAccess}).
 */
@Controller
class LetterController {

    /**
     * The letters an outside party's step needs: those the office sends out with the case (to BPJS Kesehatan). The
     * Tanda Terima is the applicant's receipt and the Lembar Disposisi the office's internal routing.
     */
    static final Set<LetterKind> FOR_OUTSIDE_PARTIES = EnumSet.of(
            LetterKind.SURAT_PENGANTAR,
            LetterKind.SURAT_REKOMENDASI_BEROBAT,
            LetterKind.LEMBAR_VERIFIKASI,
            LetterKind.SURAT_LAYANAN);

    private final LetterService letters;
    private final ResourceOfficeGuard guard;
    private final OutsidePartyAccess outsideParties;
    private final AuditTrail audit;

    LetterController(
            LetterService letters, ResourceOfficeGuard guard, OutsidePartyAccess outsideParties, AuditTrail audit) {
        this.letters = letters;
        this.guard = guard;
        this.outsideParties = outsideParties;
        this.audit = audit;
    }

    @GetMapping("/letters/case/{caseId}")
    String ofCase(@PathVariable long caseId, CurrentOfficer officer, Model model) {
        var found = letters.forCase(caseId);
        String office = AlurUser.current().map(AlurUser::officeCode).orElse(null);
        var own = found.stream()
                .filter(letter -> letter.officeCode().equals(office))
                .toList();
        if (own.size() != found.size()) {
            guard.requireOwnOffice(found.getFirst().officeCode(), "letters of case " + caseId);
        }
        if (outsideParties.outsideParty(officer)) {
            if (!own.isEmpty() && !outsideParties.maySee(caseId, officer, "letters of case " + caseId)) {
                throw new LetterNotFoundException("letters of case " + caseId);
            }
            own = own.stream()
                    .filter(letter -> FOR_OUTSIDE_PARTIES.contains(letter.kind()))
                    .toList();
        }
        model.addAttribute("caseId", caseId);
        model.addAttribute("letters", own);
        return "letter/case-letters";
    }

    @GetMapping("/letters/{letter}/letter.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("letter") long id, CurrentOfficer officer) {
        var letter = own(id);
        if (outsideParties.outsideParty(officer)
                && !(FOR_OUTSIDE_PARTIES.contains(letter.kind())
                        && outsideParties.maySee(letter.caseId(), officer, "letter " + id))) {
            throw new LetterNotFoundException("letter " + id);
        }
        byte[] pdf = letters.pdf(letter.id());
        recordViewed("letter.viewed", letter);
        return pdfResponse(pdf, letter, "");
    }

    @GetMapping("/letters/{letter}/office-copy.pdf")
    ResponseEntity<byte[]> officeCopy(@PathVariable("letter") long id) {
        var letter = own(id);
        if (AlurUser.current().map(u -> u.hasRole(Role.OUTSIDE_PARTY)).orElse(true)) {
            throw new AccessDeniedException("The office copy is internal to the office");
        }
        byte[] pdf = letters.officeCopy(letter.id());
        recordViewed("letter.office-copy-viewed", letter);
        return pdfResponse(pdf, letter, "-arsip");
    }

    /** A letter carries the applicant's personal data: every view of its PDF is on the audit trail (issue 14). */
    private void recordViewed(String action, LetterView letter) {
        audit.record(AuditEvent.of(action)
                .about("letter", letter.id().value())
                .inOffice(letter.officeCode())
                .detail("case " + letter.caseId() + ", " + letter.number()));
    }

    private LetterView own(long id) {
        LetterView letter;
        try {
            letter = letters.find(new LetterId(id));
        } catch (LetterNotFoundException e) {
            // issue 14 item 4: an id that is nobody's answers 404 like another office's letter and is recorded alike
            // (with no office), so letter ids cannot be tried one after another unseen
            guard.requireOwnOffice((String) null, "letter " + id);
            throw e;
        }
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
