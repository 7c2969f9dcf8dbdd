package id.alur.letter;

import static id.alur.letter.LetterAdminAdvice.BASE;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An office's letterhead (kop surat) in its administration: its text and its logo, both forms on one page, each
 * re-rendered with its errors (422) through {@link Forms#submit}. The office is checked by {@link LetterAdminAdvice}.
 */
@Controller
class LetterheadController {

    private static final String PAGE = "letter/admin-letterhead";

    private final LetterService letters;

    LetterheadController(LetterService letters) {
        this.letters = letters;
    }

    /** The logo's form: the uploaded file, named {@code logo} like the field its errors are shown at. */
    static final class LogoForm {
        private @Nullable MultipartFile logo;

        byte[] bytes() {
            try {
                return logo == null ? new byte[0] : logo.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the uploaded logo", e);
            }
        }

        public @Nullable MultipartFile getLogo() {
            return logo;
        }

        public void setLogo(@Nullable MultipartFile logo) {
            this.logo = logo;
        }
    }

    @ModelAttribute("logoForm")
    LogoForm logoForm() {
        return new LogoForm();
    }

    @GetMapping(BASE + "/letterhead")
    String letterhead(@PathVariable String office, Model model) {
        model.addAttribute("form", LetterheadForm.of(office, letters.letterhead(office)));
        return PAGE;
    }

    @PostMapping(BASE + "/letterhead")
    String saveLetterhead(
            @PathVariable String office,
            @ModelAttribute("form") LetterheadForm form,
            BindingResult binding,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return Forms.submit(binding, response, PAGE, () -> {
            letters.saveLetterhead(form.toView(office), user());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("letter.admin.letterhead.saved"));
            return "redirect:/admin/offices/" + office + "/letters/letterhead";
        });
    }

    @PostMapping(BASE + "/letterhead/logo")
    String uploadLogo(
            @PathVariable String office,
            @ModelAttribute("logoForm") LogoForm logo,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("form", LetterheadForm.of(office, letters.letterhead(office)));
        return Forms.submit(binding, response, PAGE, () -> {
            letters.uploadLogo(office, logo.bytes(), user());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("letter.admin.logo.saved"));
            return "redirect:/admin/offices/" + office + "/letters/letterhead";
        });
    }

    @GetMapping(BASE + "/letterhead/logo")
    ResponseEntity<byte[]> logo(@PathVariable String office) {
        var logo = letters.logo(office).orElseThrow(() -> new LetterNotFoundException("logo of office " + office));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.mediaType()))
                .body(logo.bytes());
    }

    private static String user() {
        return AlurUser.current().orElseThrow().username();
    }
}
