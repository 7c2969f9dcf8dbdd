package id.alur.letter;

import static id.alur.letter.LetterAdminAdvice.BASE;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import jakarta.servlet.http.HttpServletResponse;
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
 * The body of each letter kind of an office in its administration ({@code …/letters/templates/{kind}}): the editor
 * with the list of placeholders beside it, saving (422 naming each unknown placeholder and its line, nothing saved)
 * and a PDF preview with sample data. The office is checked by {@link LetterAdminAdvice}; a kind without a body is
 * 404.
 */
@Controller
class LetterTemplateController {

    private static final String PAGE = "letter/admin-template";

    private final LetterService letters;

    LetterTemplateController(LetterService letters) {
        this.letters = letters;
    }

    @GetMapping(BASE + "/templates/{kind}")
    String template(@PathVariable String office, @PathVariable String kind, Model model) {
        var view = letters.template(office, kindOf(kind));
        model.addAttribute("template", view);
        model.addAttribute("form", LetterTemplateForm.of(view));
        return PAGE;
    }

    @PostMapping(BASE + "/templates/{kind}")
    String save(
            @PathVariable String office,
            @PathVariable String kind,
            @ModelAttribute("form") LetterTemplateForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        LetterKind letterKind = kindOf(kind);
        model.addAttribute("template", letters.template(office, letterKind));
        return Forms.submit(binding, response, PAGE, () -> {
            letters.saveTemplate(
                    office,
                    letterKind,
                    form.getBody(),
                    form.getVersion(),
                    AlurUser.current().orElseThrow().username());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("letter.admin.template.saved"));
            return "redirect:/admin/offices/" + office + "/letters/templates/" + letterKind.slug();
        });
    }

    /** The PDF of a sample letter with the body as typed (not saved); a body with problems comes back as the page. */
    @PostMapping(BASE + "/templates/{kind}/preview")
    Object preview(
            @PathVariable String office,
            @PathVariable String kind,
            @ModelAttribute("form") LetterTemplateForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        LetterKind letterKind = kindOf(kind);
        model.addAttribute("template", letters.template(office, letterKind));
        byte[][] pdf = new byte[1][];
        String view = Forms.submit(binding, response, PAGE, () -> {
            pdf[0] = letters.previewTemplate(office, letterKind, form.getBody());
            return null;
        });
        if (pdf[0] == null) {
            return view;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("pratinjau-" + letterKind.slug() + ".pdf")
                                .build()
                                .toString())
                .body(pdf[0]);
    }

    private static LetterKind kindOf(String slug) {
        try {
            LetterKind kind = LetterKind.ofSlug(slug);
            if (!LetterTemplate.hasBody(kind)) {
                throw new LetterNotFoundException("template of " + slug);
            }
            return kind;
        } catch (IllegalArgumentException e) {
            throw new LetterNotFoundException("template of " + slug);
        }
    }
}
