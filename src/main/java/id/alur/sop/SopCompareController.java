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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Compare two versions of one SOP before publishing (issue 12 item 5): the page of version {@code id} against version
 * {@code dengan} (by default the version before it, or after it when it is the first), with a picker of any two
 * versions of the same SOP. Linked from the SOP section and from a version's document page. Two doors to the same
 * page: the studio's, {@code /admin/offices/{office}/sop/…}, for the system administrator and the office's
 * administrator; and the read-only section's, {@code /sop/kantor/{office}/…}, for the people of the office (its head)
 * and the system administrator, as the versions' documents are (issue 12 item 9). Another office's section and
 * versions are 404 ({@link SopAccess}).
 */
@Controller
class SopCompareController {

    static final String PAGE = "sop/compare";
    static final String STUDIO = "/admin/offices/{office}/sop";
    static final String READ_ONLY = "/sop/kantor/{office}";

    private final SopService sops;
    private final SopAccess access;

    SopCompareController(SopService sops, SopAccess access) {
        this.sops = sops;
        this.access = access;
    }

    /** The picker's form: two versions chosen, shown at the path of the first. */
    @GetMapping(STUDIO + "/bandingkan")
    String pick(@PathVariable String office, @RequestParam long versi, @RequestParam long dengan) {
        access.requireAdministrableOffice(office);
        return "redirect:/admin/offices/" + office + "/sop/" + versi + "/bandingkan?dengan=" + dengan;
    }

    @GetMapping(STUDIO + "/{id:\\d+}/bandingkan")
    String page(
            @PathVariable String office,
            @PathVariable long id,
            @RequestParam(name = "dengan", required = false) @Nullable Long with,
            HttpServletResponse response,
            Model model) {
        access.requireAdministrableOffice(office);
        return compare(office, id, with, false, response, model);
    }

    /** The read-only section's picker. */
    @GetMapping(READ_ONLY + "/bandingkan")
    String pickReadOnly(@PathVariable String office, @RequestParam long versi, @RequestParam long dengan) {
        access.requireReadableOffice(office);
        return "redirect:/sop/kantor/" + office + "/" + versi + "/bandingkan?dengan=" + dengan;
    }

    /** The same comparison for the people of the office, to read (the head deciding on a revision). */
    @GetMapping(READ_ONLY + "/{id:\\d+}/bandingkan")
    String readOnly(
            @PathVariable String office,
            @PathVariable long id,
            @RequestParam(name = "dengan", required = false) @Nullable Long with,
            HttpServletResponse response,
            Model model) {
        access.requireReadableOffice(office);
        return compare(office, id, with, true, response, model);
    }

    private String compare(
            String office, long id, @Nullable Long with, boolean readOnly, HttpServletResponse response, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("base", readOnly ? "/sop/kantor/" + office : "/admin/offices/" + office + "/sop");
        SopVersionView after = version(office, id, readOnly);
        List<SopVersionView> versions = sops.versions(office).stream()
                .filter(v -> v.code().equals(after.code()))
                .sorted(Comparator.comparingInt(SopVersionView::version))
                .toList();
        model.addAttribute("after", after);
        model.addAttribute("versions", versions);
        Optional<SopVersionView> before =
                with != null ? Optional.of(version(office, with, readOnly)) : defaultOther(after, versions);
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
    private SopVersionView version(String office, long id, boolean readOnly) {
        SopVersionView version =
                readOnly ? access.readable(new SopVersionId(id)) : access.administrable(new SopVersionId(id));
        if (!version.officeCode().equals(office)) {
            throw new SopVersionNotFoundException(version.id());
        }
        return version;
    }
}
