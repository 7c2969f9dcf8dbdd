package id.alur.letter;

import static id.alur.letter.LetterAdminAdvice.BASE;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of an office's outgoing letters (buku agenda surat keluar) in its administration, with its XLSX
 * download, and each letter's page, where it is revoked. The office is checked by {@link LetterAdminAdvice}; a letter
 * of another office is 404.
 */
@Controller
class LetterRegisterController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final String LETTER = "letter/admin-letter";

    private final LetterService letters;

    LetterRegisterController(LetterService letters) {
        this.letters = letters;
    }

    /** The revocation's form: the reason, shown on the public verification page. */
    static final class RevokeForm {
        private @Nullable String reason;

        public @Nullable String getReason() {
            return reason;
        }

        public void setReason(@Nullable String reason) {
            this.reason = reason;
        }
    }

    @ModelAttribute("revokeForm")
    RevokeForm revokeForm() {
        return new RevokeForm();
    }

    /**
     * What the register shows: a period (the current month unless the user chose dates) and optionally one kind, as
     * the register's form and its download link send them.
     */
    record RegisterQuery(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate from,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate to,

            @Nullable String kind) {

        RegisterPeriod period() {
            LocalDate today = LocalDate.now();
            return new RegisterPeriod(
                    from != null ? from : today.withDayOfMonth(1),
                    to != null ? to : today.withDayOfMonth(today.lengthOfMonth()));
        }

        @Nullable
        LetterKind letterKind() {
            if (kind == null || kind.isBlank()) {
                return null;
            }
            try {
                return LetterKind.ofSlug(kind);
            } catch (IllegalArgumentException e) {
                throw new InvalidLetterInputException("kind", "letter.setting.kind-required");
            }
        }
    }

    @GetMapping(BASE + "/register")
    String register(@PathVariable String office, RegisterQuery query, Model model) {
        var period = query.period();
        LetterKind kind = query.letterKind();
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("kind", kind);
        model.addAttribute("entries", letters.register(office, period, kind));
        return "letter/admin-register";
    }

    @GetMapping(BASE + "/register.xlsx")
    ResponseEntity<byte[]> registerWorkbook(@PathVariable String office, RegisterQuery query, Locale locale) {
        var period = query.period();
        byte[] xlsx = letters.registerWorkbook(office, period, query.letterKind(), locale);
        String name = LetterService.registerFileName(office, period);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(xlsx);
    }

    @GetMapping(BASE + "/{letter}")
    String letter(@PathVariable String office, @PathVariable("letter") long id, Model model) {
        model.addAttribute("letter", letterOf(office, id));
        return LETTER;
    }

    @PostMapping(BASE + "/{letter}/revoke")
    String revoke(
            @PathVariable String office,
            @PathVariable("letter") long id,
            @ModelAttribute("revokeForm") RevokeForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("letter", letterOf(office, id));
        return Forms.submit(binding, response, LETTER, () -> {
            letters.revoke(
                    new LetterId(id),
                    form.getReason(),
                    AlurUser.current().orElseThrow().username());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("letter.admin.revoked"));
            return "redirect:/admin/offices/" + office + "/letters/" + id;
        });
    }

    private LetterView letterOf(String office, long id) {
        var letter = letters.find(new LetterId(id));
        if (!letter.officeCode().equals(office)) {
            throw new LetterNotFoundException("letter " + id + " of office " + office);
        }
        return letter;
    }
}
