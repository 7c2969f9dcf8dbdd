package id.alur.sop;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SOP section of an office: every SOP with its versions (status, Nomor SOP, effective date, who published, how
 * many cases run on it, its document and BPMN, each draft's readiness list with its fix links), upload of a {@code *.sop.yaml} as a new draft, a revision copied from
 * a published version, publishing with an effective date and retiring. The system administrator and that office's
 * administrator; another office's section and versions are 404 ({@link SopAccess}); security keeps everyone else out
 * of {@code /admin/**}.
 */
@Controller
@RequestMapping("/admin/offices/{office}/sop")
class SopStudioController {

    static final String PAGE = "sop/studio";

    private final SopService sops;
    private final SopAccess access;
    private final SopSection section;
    private final Clock clock;

    SopStudioController(SopService sops, SopAccess access, SopSection section, ObjectProvider<Clock> clock) {
        this.sops = sops;
        this.access = access;
        this.section = section;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The publish form of one draft. */
    public static final class PublishForm {
        private @Nullable LocalDate effectiveOn;

        public @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate getEffectiveOn() {
            return effectiveOn;
        }

        public void setEffectiveOn(@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn) {
            this.effectiveOn = effectiveOn;
        }
    }

    /** Checked before any handler runs or any form is bound. */
    @ModelAttribute("office")
    String office(@PathVariable String office) {
        return access.requireAdministrableOffice(office);
    }

    @ModelAttribute("publishForm")
    PublishForm publishForm() {
        var form = new PublishForm();
        form.setEffectiveOn(today());
        return form;
    }

    @GetMapping
    String page(@PathVariable String office, Model model) {
        show(model, office);
        return PAGE;
    }

    @PostMapping("/unggah")
    String upload(
            @PathVariable String office,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty() || file.getOriginalFilename() == null) {
                throw new InvalidInputException("file", "sop.studio.upload.missing");
            }
            SopVersionView draft = sops.createDraft(office, fileName(file.getOriginalFilename()), file.getBytes());
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE, Flash.success("sop.studio.upload.done", draft.code(), draft.version()));
            return "redirect:/admin/offices/" + office + "/sop";
        } catch (InvalidSopException e) {
            model.addAttribute("uploadProblems", e.sopProblems());
        } catch (InvalidInputException e) {
            model.addAttribute("uploadError", e.problems().getFirst());
        }
        response.setStatus(Forms.UNPROCESSABLE);
        show(model, office);
        return PAGE;
    }

    @PostMapping("/{id:\\d+}/terbitkan")
    String publish(
            @PathVariable String office,
            @PathVariable long id,
            @ModelAttribute("publishForm") PublishForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        SopVersionView version = version(office, id);
        show(model, office);
        model.addAttribute("publishing", id);
        return Forms.submit(binding, response, PAGE, () -> {
            if (form.getEffectiveOn() == null) {
                throw new InvalidInputException("effectiveOn", "sop.publish.effectiveOn.required");
            }
            SopVersionView published = sops.publish(version.id(), form.getEffectiveOn());
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE,
                    Flash.success(
                            "sop.studio.published", published.code(), published.version(), published.effectiveOn()));
            return "redirect:/admin/offices/" + office + "/sop";
        });
    }

    @PostMapping("/{id:\\d+}/cabut")
    String retire(@PathVariable String office, @PathVariable long id, RedirectAttributes redirect) {
        SopVersionView retired = sops.retire(version(office, id).id());
        redirect.addFlashAttribute(
                Flash.ATTRIBUTE, Flash.success("sop.studio.retired", retired.code(), retired.version()));
        return "redirect:/admin/offices/" + office + "/sop";
    }

    @PostMapping("/{id:\\d+}/revisi")
    String revise(@PathVariable String office, @PathVariable long id, RedirectAttributes redirect) {
        SopVersionView draft = sops.revise(version(office, id).id());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sop.studio.revised", draft.code(), draft.version()));
        return "redirect:/admin/offices/" + office + "/sop";
    }

    /** The version in the path, which must be the office's: another office's is 404, as if there were none. */
    private SopVersionView version(String office, long id) {
        SopVersionView version = access.administrable(new SopVersionId(id));
        if (!version.officeCode().equals(office)) {
            throw new SopVersionNotFoundException(version.id());
        }
        return version;
    }

    private void show(Model model, String office) {
        model.addAttribute("sops", section.rows(office, true));
        model.addAttribute("today", today());
        model.addAttribute("zone", zone());
        model.addAttribute("readOnly", false);
    }

    /** Today in the signed-in user's office zone: the day an effective date is meant in. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    private static ZoneId zone() {
        return AlurUser.current().map(AlurUser::zone).orElse(SopService.PUBLISHING_ZONE);
    }

    /** Only the name of an uploaded file, never a path a browser may send with it. */
    private static String fileName(String original) {
        String name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
