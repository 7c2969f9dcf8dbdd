package id.alur.office;

import id.alur.office.AdminForms.DelegationForm;
import id.alur.office.AdminForms.OfficeForm;
import id.alur.office.AdminForms.Option;
import id.alur.office.AdminForms.PositionForm;
import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of offices, their positions and their delegations (Plh/Plt). A system administrator sees every
 * office; an office administrator only the office they work in (others answer 404, {@link ResourceOfficeGuard}).
 */
@Controller
@RequestMapping("/admin")
class OfficeAdminController {

    /** The time zones of Indonesia (WIB, WITA, WIT); Asia/Pontianak is WIB too. */
    static final List<String> ZONES = List.of("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura");

    private final Offices offices;
    private final Memberships memberships;
    private final Delegations delegations;
    private final UserAccounts users;
    private final ResourceOfficeGuard guard;

    OfficeAdminController(
            Offices offices,
            Memberships memberships,
            Delegations delegations,
            UserAccounts users,
            ResourceOfficeGuard guard) {
        this.offices = offices;
        this.memberships = memberships;
        this.delegations = delegations;
        this.users = users;
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
        model.addAttribute("office", offices.office(code));
        model.addAttribute("positionForm", new PositionForm());
        model.addAttribute("creating", true);
        return "office/admin/position";
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
        model.addAttribute("office", offices.office(code));
        model.addAttribute("creating", true);
        return Forms.submit(binding, response, "office/admin/position", () -> {
            PositionView position = offices.createPosition(code, form.getCode(), form.details());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.position.created", position.title()));
            return "redirect:/admin/offices/" + code;
        });
    }

    @GetMapping("/offices/{code}/positions/{position}")
    String position(@PathVariable String code, @PathVariable String position, Model model) {
        administrable(code);
        model.addAttribute("office", offices.office(code));
        model.addAttribute("positionForm", PositionForm.of(offices.position(code, position)));
        model.addAttribute("positionCode", position);
        model.addAttribute("creating", false);
        return "office/admin/position";
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
        model.addAttribute("office", offices.office(code));
        model.addAttribute("positionCode", position);
        model.addAttribute("creating", false);
        return Forms.submit(binding, response, "office/admin/position", () -> {
            PositionView saved = offices.updatePosition(code, position, form.details(), form.getVersion());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.position.saved", saved.title()));
            return "redirect:/admin/offices/" + code;
        });
    }

    // ---- delegations (Plh/Plt)

    @GetMapping("/offices/{code}/delegations")
    String delegations(@PathVariable String code, Model model) {
        administrable(code);
        model.addAttribute("delegationForm", DelegationForm.empty(offices.today(offices.office(code))));
        return showDelegations(code, model);
    }

    @PostMapping("/offices/{code}/delegations")
    String delegate(
            @PathVariable String code,
            @ModelAttribute("delegationForm") DelegationForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        administrable(code);
        showDelegations(code, model);
        return Forms.submit(binding, response, "office/admin/delegations", () -> {
            DelegationView delegation = delegations.delegate(form.toDelegation(code));
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE,
                    Flash.success(
                            "office.delegation.created",
                            delegation.kind().label(),
                            delegation.standInName(),
                            delegation.positionTitle()));
            return "redirect:/admin/offices/" + code + "/delegations";
        });
    }

    @PostMapping("/offices/{code}/delegations/{id}/end")
    String endDelegation(
            @PathVariable String code,
            @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        administrable(code);
        DelegationView delegation = delegations.delegation(new DelegationId(id));
        if (!delegation.officeCode().equals(code)) {
            throw new DelegationNotFoundException(code + " #" + id);
        }
        DelegationView ended = delegations.endEarly(delegation.id(), offices.today(offices.office(code)));
        if (htmx != null) {
            model.addAttribute("office", offices.office(code));
            model.addAttribute("today", offices.today(offices.office(code)));
            model.addAttribute("delegations", List.of(ended));
            return "office/admin/delegations :: row";
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.delegation.ended", ended.standInName()));
        return "redirect:/admin/offices/" + code + "/delegations";
    }

    private String showDelegations(String code, Model model) {
        OfficeView office = offices.office(code);
        model.addAttribute("office", office);
        model.addAttribute("today", offices.today(offices.office(code)));
        model.addAttribute(
                "delegations",
                delegations.ofOffice(code, offices.today(offices.office(code)).minusDays(30)));
        model.addAttribute(
                "delegablePositions",
                offices.positions(code).stream()
                        .filter(p -> !p.outsideParty())
                        .map(p -> new Option(p.code(), p.title()))
                        .toList());
        model.addAttribute(
                "people",
                users.ofOffice(code).stream()
                        .filter(UserView::enabled)
                        .map(u -> new Option(u.username(), u.fullName() + " (" + u.username() + ")"))
                        .toList());
        model.addAttribute("delegationKinds", Arrays.asList(DelegationKind.values()));
        return "office/admin/delegations";
    }

    private void administrable(String code) {
        guard.requireAdministrable(code, "office " + code);
    }
}
