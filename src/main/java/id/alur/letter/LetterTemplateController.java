package id.alur.letter;

import static id.alur.letter.LetterAdminAdvice.BASE;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
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
 * The body of each letter kind of an office in its administration ({@code …/letters/templates/{kind}}), and an SOP's
 * own body of a kind ({@code …/templates/{kind}/sop/{sop}}, issue 12 follow-up): the editor with the list of
 * placeholders beside it, saving (422 naming each unknown placeholder and its line, nothing saved), a PDF preview with
 * sample data, and for an SOP's body its removal (back to the office's). The office is checked by
 * {@link LetterAdminAdvice}; a kind without a body or an SOP the office does not have is 404.
 */
@Controller
class LetterTemplateController {

    private static final String PAGE = "letter/admin-template";
    private static final String BODY = "/templates/{kind}";
    private static final String SOP_BODY = BODY + "/sop/{sop}";

    private final LetterService letters;

    LetterTemplateController(LetterService letters) {
        this.letters = letters;
    }

    @GetMapping({BASE + BODY, BASE + SOP_BODY})
    String template(
            @PathVariable String office,
            @PathVariable String kind,
            @PathVariable(required = false) @Nullable String sop,
            Model model) {
        var view = view(office, kindOf(kind), sop);
        model.addAttribute("template", view);
        model.addAttribute("form", LetterTemplateForm.of(view));
        return PAGE;
    }

    @PostMapping({BASE + BODY, BASE + SOP_BODY})
    String save(
            @PathVariable String office,
            @PathVariable String kind,
            @PathVariable(required = false) @Nullable String sop,
            @ModelAttribute("form") LetterTemplateForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        LetterKind letterKind = kindOf(kind);
        model.addAttribute("template", view(office, letterKind, sop));
        return Forms.submit(binding, response, PAGE, () -> {
            if (sop == null) {
                letters.saveTemplate(office, letterKind, form.getBody(), form.getVersion(), username());
            } else {
                letters.saveTemplate(office, sop, letterKind, form.getBody(), form.getVersion(), username());
            }
            return saved(redirect, "letter.admin.template.saved", office, letterKind, sop);
        });
    }

    /** The SOP's letters of the kind take the office's body again; a stale version is 409 (the exception advice). */
    @PostMapping(BASE + SOP_BODY + "/remove")
    String remove(
            @PathVariable String office,
            @PathVariable String kind,
            @PathVariable String sop,
            @ModelAttribute("form") LetterTemplateForm form,
            RedirectAttributes redirect) {
        LetterKind letterKind = kindOf(kind);
        letters.removeTemplate(office, sop, letterKind, form.getVersion(), username());
        return saved(redirect, "letter.admin.template.removed", office, letterKind, sop);
    }

    /** The PDF of a sample letter with the body as typed (not saved); a body with problems comes back as the page. */
    @PostMapping({BASE + BODY + "/preview", BASE + SOP_BODY + "/preview"})
    Object preview(
            @PathVariable String office,
            @PathVariable String kind,
            @PathVariable(required = false) @Nullable String sop,
            @ModelAttribute("form") LetterTemplateForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        LetterKind letterKind = kindOf(kind);
        model.addAttribute("template", view(office, letterKind, sop));
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

    /** The office's body of the kind, or with {@code sop} the SOP's (404 for an SOP the office does not have). */
    private LetterTemplateView view(String office, LetterKind kind, @Nullable String sop) {
        return sop == null ? letters.template(office, kind) : letters.template(office, sop, kind);
    }

    private static String saved(
            RedirectAttributes redirect, String message, String office, LetterKind kind, @Nullable String sop) {
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(message));
        return "redirect:/admin/offices/" + office + "/letters/templates/" + kind.slug()
                + (sop == null ? "" : "/sop/" + sop);
    }

    private static String username() {
        return AlurUser.current().orElseThrow().username();
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
