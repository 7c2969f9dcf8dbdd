package id.alur.sop;

import id.alur.platform.Forms;
import id.alur.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Compare two versions of one SOP before publishing (issue 12 item 5): the page of version {@code id} against version
 * {@code dengan} (by default the version before it, or after it when it is the first), with a picker of any two
 * versions of the same SOP. Linked from the SOP section and from a version's document page. The system administrator
 * and the office's administrator; another office's section and versions are 404 ({@link SopAccess}).
 */
@Controller
@RequestMapping("/admin/offices/{office}/sop")
class SopCompareController {

    static final String PAGE = "sop/compare";

    private final SopService sops;
    private final SopAccess access;

    SopCompareController(SopService sops, SopAccess access) {
        this.sops = sops;
        this.access = access;
    }

    /** Checked before any handler runs. */
    @ModelAttribute("office")
    String office(@PathVariable String office) {
        return access.requireAdministrableOffice(office);
    }

    /** The picker's form: two versions chosen, shown at the path of the first. */
    @GetMapping("/bandingkan")
    String pick(@PathVariable String office, @RequestParam long versi, @RequestParam long dengan) {
        return "redirect:/admin/offices/" + office + "/sop/" + versi + "/bandingkan?dengan=" + dengan;
    }

    @GetMapping("/{id:\\d+}/bandingkan")
    String page(
            @PathVariable String office,
            @PathVariable long id,
            @RequestParam(name = "dengan", required = false) @Nullable Long with,
            HttpServletResponse response,
            Model model) {
        SopVersionView after = version(office, id);
        List<SopVersionView> versions = sops.versions(office).stream()
                .filter(v -> v.code().equals(after.code()))
                .sorted(Comparator.comparingInt(SopVersionView::version))
                .toList();
        model.addAttribute("after", after);
        model.addAttribute("versions", versions);
        Optional<SopVersionView> before =
                with != null ? Optional.of(version(office, with)) : defaultOther(after, versions);
        model.addAttribute("before", before.orElse(null));
        if (before.isPresent()) {
            try {
                model.addAttribute("comparison", sops.compare(before.get().id(), after.id()));
            } catch (InvalidInputException e) {
                response.setStatus(Forms.UNPROCESSABLE);
                model.addAttribute("compareError", e.problems().getFirst());
            }
        }
        return PAGE;
    }

    /** The version before, or, for the first, the one after; none when the SOP has one version. */
    private static Optional<SopVersionView> defaultOther(SopVersionView version, List<SopVersionView> versions) {
        Optional<SopVersionView> earlier =
                versions.stream().filter(v -> v.version() < version.version()).reduce((first, second) -> second);
        return earlier.or(() ->
                versions.stream().filter(v -> v.version() > version.version()).findFirst());
    }

    /** The version in the path, which must be the office's: another office's is 404, as if there were none. */
    private SopVersionView version(String office, long id) {
        SopVersionView version = access.requireAdministrable(sops.get(new SopVersionId(id)));
        if (!version.officeCode().equals(office)) {
            throw new SopVersionNotFoundException(version.id());
        }
        return version;
    }
}
