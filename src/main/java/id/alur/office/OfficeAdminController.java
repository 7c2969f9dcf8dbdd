package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.OfficeZones;
import id.alur.platform.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of offices and their positions. A system administrator sees every office; an office administrator
 * only the office they work in (others answer 404, {@link ResourceOfficeGuard}).
 */
@Controller
@RequestMapping("/admin")
class OfficeAdminController {

    /** The time zones of Indonesia (WIB, WITA, WIT); Asia/Pontianak is WIB too. */
    static final List<String> ZONES =
            OfficeZones.INDONESIAN.stream().map(ZoneId::getId).toList();

    private final Offices offices;
    private final Memberships memberships;
    private final ResourceOfficeGuard guard;

    OfficeAdminController(Offices offices, Memberships memberships, ResourceOfficeGuard guard) {
        this.offices = offices;
        this.memberships = memberships;
        this.guard = guard;
    }

    @ModelAttribute("officeKinds")
    List<OfficeKind> officeKinds() {
        return Arrays.asList(OfficeKind.values());
    }

    @ModelAttribute("zones")
    List<String> zones() {
        return ZONES;
    }

    @GetMapping
    String index() {
        AlurUser user = AlurUser.current().orElseThrow();
        if (!user.hasRole(Role.ADMIN) && user.officeCode() != null) {
            return "redirect:/admin/offices/" + user.officeCode();
        }
        return "redirect:/admin/offices";
    }

    @GetMapping("/offices")
    String list(Model model) {
        AlurUser user = AlurUser.current().orElseThrow();
        model.addAttribute(
                "offices",
                user.hasRole(Role.ADMIN)
                        ? offices.all()
                        : offices.find(user.officeCode()).stream().toList());
        return "office/admin/offices";
    }

    @GetMapping("/offices/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newOffice(Model model) {
        model.addAttribute("officeForm", OfficeForm.empty());
        return "office/admin/office-new";
    }

    @PostMapping("/offices")
    @PreAuthorize("hasRole('ADMIN')")
    String createOffice(
            @ModelAttribute("officeForm") OfficeForm form,
            BindingResult binding,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return Forms.submit(binding, response, "office/admin/office-new", () -> {
            OfficeView office = offices.create(form.getCode(), form.details());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.office.created", office.name()));
            return "redirect:/admin/offices/" + office.code();
        });
    }

    @GetMapping("/offices/{code}")
    String office(@PathVariable String code, Model model) {
        administrable(code);
        OfficeView office = offices.office(code);
        model.addAttribute("officeForm", OfficeForm.of(office));
        return showOffice(office, model);
    }

    @PostMapping("/offices/{code}")
    String updateOffice(
            @PathVariable String code,
            @ModelAttribute("officeForm") OfficeForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        administrable(code);
        showOffice(offices.office(code), model);
        return Forms.submit(binding, response, "office/admin/office", () -> {
            OfficeView office = offices.update(code, form.details(), form.getVersion());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.office.saved", office.name()));
            return "redirect:/admin/offices/" + code;
        });
    }

    private String showOffice(OfficeView office, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("positions", offices.positions(office.code()));
        model.addAttribute("members", memberships.ofOffice(office.code()));
        return "office/admin/office";
    }

    @GetMapping("/offices/{code}/positions/new")
    String newPosition(@PathVariable String code, Model model) {
        administrable(code);
        model.addAttribute("positionForm", new PositionForm());
        return showPosition(code, null, model);
    }

    @PostMapping("/offices/{code}/positions")
    String createPosition(
            @PathVariable String code,
            @ModelAttribute("positionForm") PositionForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        administrable(code);
        String view = showPosition(code, null, model);
        return Forms.submit(binding, response, view, () -> {
            PositionView position = offices.createPosition(code, form.getCode(), form.details());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.position.created", position.title()));
            return "redirect:/admin/offices/" + code;
        });
    }

    @GetMapping("/offices/{code}/positions/{position}")
    String position(@PathVariable String code, @PathVariable String position, Model model) {
        administrable(code);
        model.addAttribute("positionForm", PositionForm.of(offices.position(code, position)));
        return showPosition(code, position, model);
    }

    @PostMapping("/offices/{code}/positions/{position}")
    String updatePosition(
            @PathVariable String code,
            @PathVariable String position,
            @ModelAttribute("positionForm") PositionForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        administrable(code);
        offices.position(code, position);
        String view = showPosition(code, position, model);
        return Forms.submit(binding, response, view, () -> {
            PositionView saved = offices.updatePosition(code, position, form.details(), form.getVersion());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.position.saved", saved.title()));
            return "redirect:/admin/offices/" + code;
        });
    }

    /** The position page: a new position when {@code positionCode} is {@code null}. */
    private String showPosition(String code, @Nullable String positionCode, Model model) {
        model.addAttribute("office", offices.office(code));
        model.addAttribute("creating", positionCode == null);
        if (positionCode != null) {
            model.addAttribute("positionCode", positionCode);
        }
        return "office/admin/position";
    }

    private void administrable(String code) {
        guard.requireAdministrable(code, "office " + code);
    }
}
