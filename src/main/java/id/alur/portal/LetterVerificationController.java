package id.alur.portal;

import id.alur.letter.LetterService;
import id.alur.letter.LetterVerification;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public letter verification page, reached from the QR code on every letter: no login. It shows what the letter
 * module allows ({@link LetterVerification}: no personal data beyond initials) and checks an uploaded PDF against the
 * issued one. An unknown code and a malformed one get the same 404 page, so the page reveals nothing about which
 * codes exist. Verifications are rate-limited per client address (issue 14 item 8), so the codes cannot be walked
 * from one address either.
 */
@Controller
class LetterVerificationController {

    static final String PATH = "/publik/verifikasi";

    private final LetterService letters;
    private final LookupRateLimit rateLimit;

    LetterVerificationController(LetterService letters, @Qualifier("verificationRateLimit") LookupRateLimit rateLimit) {
        this.letters = letters;
        this.rateLimit = rateLimit;
    }

    /** The form with a 429 and its message, when this address used up its verifications. */
    private @Nullable String refusedOverLimit(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (rateLimit.tryAcquire(request.getRemoteAddr())) {
            return null;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(rateLimit.secondsPerToken()));
        model.addAttribute("problemKey", "portal.verification.tooMany");
        return "portal/verification-form";
    }

    /** A form to type the code printed under the QR code. */
    @GetMapping(PATH)
    String form(@RequestParam(name = "kode", required = false) String code) {
        if (code != null && !code.isBlank()) {
            return "redirect:"
                    + UriComponentsBuilder.fromPath(PATH)
                            .pathSegment(code.strip())
                            .encode()
                            .toUriString();
        }
        return "portal/verification-form";
    }

    @GetMapping(PATH + "/{code}")
    String show(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
        String refused = refusedOverLimit(request, response, model);
        if (refused != null) {
            return refused;
        }
        return page(letters.verify(code), code, model, response);
    }

    @PostMapping(PATH + "/{code}")
    String check(
            @PathVariable String code,
            @RequestParam(name = "pdf", required = false) MultipartFile pdf,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        String refused = refusedOverLimit(request, response, model);
        if (refused != null) {
            return refused;
        }
        Optional<LetterVerification> letter = letters.verify(code);
        if (letter.isEmpty()) {
            return page(letter, code, model, response);
        }
        if (pdf == null || pdf.isEmpty()) {
            model.addAttribute("uploadError", "letter.verification.upload.empty");
            response.setStatus(422);
            return page(letter, code, model, response);
        }
        var check = letters.verifyPdf(code, pdf.getBytes()).orElseThrow();
        model.addAttribute("check", check);
        model.addAttribute("uploadedName", pdf.getOriginalFilename());
        return page(letter, code, model, response);
    }

    private static String page(
            Optional<LetterVerification> letter, String code, Model model, HttpServletResponse response) {
        if (letter.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "portal/verification-not-found";
        }
        model.addAttribute("letter", letter.get());
        model.addAttribute("code", code);
        return "portal/verification";
    }
}
