package id.alur.sop;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.InvalidInputException;
import id.alur.platform.NotFoundException;
import id.alur.platform.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SOP editor: the official form (PermenPAN-RB 35/2012) in the browser, saved as the {@code *.sop.yaml} text of a
 * draft ({@link SopForm}). While the admin types, the page posts the form to {@code pratinjau} and shows the
 * validator's problems at their fields and the flowchart as the document draws it ({@link SopEditorPreview}). The
 * system administrator and the office's own administrator only; another office's administrator gets 404 (office
 * isolation), a draft of another office too. Saving a draft keeps the comments of its text ({@link SopForm#toYaml(String)})
 * and is refused with 409 when another admin saved it since the form was opened ({@link SopDraftChangedException}).
 */
@Controller
@RequestMapping("/admin/offices/{office}/sop")
class SopEditorController {

    static final String PAGE = "sop/editor";

    /** The form's hidden field with the draft's revision it was opened at ({@link SopService#revision}). */
    static final String REVISION = "revisi";

    private static final DateTimeFormatter CONFLICT_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final SopService sops;
    private final SopAccess access;
    private final SopEditorPreview previews;

    SopEditorController(SopService sops, SopAccess access, MessageSource messages) {
        this.access = access;
        this.sops = sops;
        this.previews = new SopEditorPreview(messages);
    }

    /** Checked before any handler runs. */
    @ModelAttribute("office")
    String office(@PathVariable String office) {
        AlurUser user = AlurUser.current().orElseThrow();
        boolean own = user.hasRole(Role.OFFICE_ADMIN) && office.equals(user.officeCode());
        if (!user.hasRole(Role.ADMIN) && !own) {
            throw new NotFoundException("SOP editor of another office: " + office, "sop.editor.office.not-found");
        }
        return office;
    }

    @GetMapping("/baru")
    String create(@PathVariable String office, Model model, Locale locale) {
        SopForm blank = SopForm.blank();
        // A blank form is not wrong yet: the problems appear once the admin starts typing.
        return show(model, office, null, null, blank, previews.unchecked(blank), locale);
    }

    @PostMapping("/baru")
    String saveNew(
            @PathVariable String office,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        SopForm form = SopForm.fromRequest(request.getParameterMap());
        return save(
                office,
                null,
                null,
                form,
                response,
                model,
                locale,
                redirect,
                () -> sops.createDraft(office, form.fileName(), form.toYaml()));
    }

    @GetMapping("/{id:\\d+}/ubah")
    String edit(@PathVariable String office, @PathVariable long id, Model model, Locale locale) {
        SopVersionView draft = draftOf(office, id);
        return show(model, office, draft, sops.revision(draft.id()), SopForm.of(draft.sop()), null, locale);
    }

    @PostMapping("/{id:\\d+}/ubah")
    String saveEdit(
            @PathVariable String office,
            @PathVariable long id,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        SopVersionView draft = draftOf(office, id);
        SopForm form = SopForm.fromRequest(request.getParameterMap());
        // The revision the form was opened at; a form without one (or a forged one) cannot prove it saw the latest
        // save.
        String posted = request.getParameter(REVISION);
        int revision = posted != null && posted.matches("\\d{1,9}") ? Integer.parseInt(posted) : -1;
        return save(
                office,
                draft,
                revision,
                form,
                response,
                model,
                locale,
                redirect,
                () -> sops.updateDraft(draft.id(), revision, form.fileName(), form.toYaml(draft.sourceText())));
    }

    /** The problems and the flowchart of the form as it stands; nothing is stored. */
    @PostMapping(path = "/pratinjau", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SopEditorPreview.Preview preview(HttpServletRequest request, Locale locale) {
        return previews.of(SopForm.fromRequest(request.getParameterMap()), locale);
    }

    private String save(
            String office,
            @Nullable SopVersionView draft,
            @Nullable Integer revision,
            SopForm form,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            Supplier<SopVersionView> store) {
        SopEditorPreview.Preview preview = previews.of(form, locale);
        if (!preview.valid()) {
            response.setStatus(Forms.UNPROCESSABLE);
            return show(model, office, draft, revision, form, preview, locale);
        }
        SopVersionView saved;
        try {
            saved = store.get();
        } catch (InvalidInputException e) {
            response.setStatus(Forms.UNPROCESSABLE);
            return show(
                    model,
                    office,
                    draft,
                    revision,
                    form,
                    preview.with(previews.problems(e.problems(), locale)),
                    locale);
        } catch (SopDraftChangedException e) {
            // The admin's form comes back as typed, to copy from; the revision stays the old one, so saving it again
            // is refused again until the latest draft is opened.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", e);
            model.addAttribute(
                    "conflictAt",
                    e.changedAt() == null
                            ? "?"
                            : CONFLICT_TIME.format(e.changedAt()
                                    .atZone(AlurUser.current()
                                            .map(AlurUser::zone)
                                            .orElse(SopService.PUBLISHING_ZONE))));
            return show(model, office, draft, revision, form, preview, locale);
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sop.editor.saved", saved.code(), saved.version()));
        return "redirect:/admin/offices/" + office + "/sop/" + saved.id().value() + "/ubah";
    }

    /** The draft to edit: another office's, or none, is 404; a version no longer a draft is 409 (it cannot change). */
    private SopVersionView draftOf(String office, long id) {
        SopVersionView version = access.find(new SopVersionId(id));
        if (!version.officeCode().equals(office)) {
            throw access.probed(version);
        }
        if (version.status() != SopStatus.DRAFT) {
            throw new SopStatusChangeNotAllowedException(version, SopStatus.DRAFT, version.publishedAt());
        }
        return version;
    }

    private String show(
            Model model,
            String office,
            @Nullable SopVersionView draft,
            @Nullable Integer revision,
            SopForm form,
            SopEditorPreview.@Nullable Preview preview,
            Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("draft", draft);
        model.addAttribute("revision", revision);
        model.addAttribute("preview", preview != null ? preview : previews.of(form, locale));
        model.addAttribute("identity", SopForm.IDENTITY);
        model.addAttribute("lists", SopForm.LISTS);
        model.addAttribute("symbols", SopForm.SYMBOLS);
        model.addAttribute("kinds", SopForm.KINDS);
        model.addAttribute(
                "action",
                draft == null
                        ? "/admin/offices/" + office + "/sop/baru"
                        : "/admin/offices/" + office + "/sop/" + draft.id().value() + "/ubah");
        return PAGE;
    }
}
