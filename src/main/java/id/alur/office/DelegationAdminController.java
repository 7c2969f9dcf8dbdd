package id.alur.office;

import id.alur.platform.Flash;
import id.alur.platform.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
 * Administration of an office's delegations (Plh/Plt): the list of the last month and those to come, a new one
 * ({@link DelegationRules}), ending one early. For the office's administrators and the system administrator
 * ({@link ResourceOfficeGuard}).
 */
@Controller
@RequestMapping("/admin/offices/{code}/delegations")
class DelegationAdminController {

    /** How far back the list reaches: delegations ended within the last month stay visible. */
    static final int SHOWN_DAYS_BACK = 30;

    private final Offices offices;
    private final Delegations delegations;
    private final UserAccounts users;
    private final ResourceOfficeGuard guard;

    DelegationAdminController(Offices offices, Delegations delegations, UserAccounts users, ResourceOfficeGuard guard) {
        this.offices = offices;
        this.delegations = delegations;
        this.users = users;
        this.guard = guard;
    }

    @GetMapping
    String delegations(@PathVariable String code, Model model) {
        administrable(code);
        OfficeView office = offices.office(code);
        model.addAttribute("delegationForm", DelegationForm.empty(offices.today(office)));
        return show(office, model);
    }

    @PostMapping
    String delegate(
            @PathVariable String code,
            @ModelAttribute("delegationForm") DelegationForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        administrable(code);
        show(offices.office(code), model);
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

    @PostMapping("/{id}/end")
    String end(
            @PathVariable String code,
            @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        administrable(code);
        DelegationView delegation = delegations.delegation(new DelegationId(id));
        if (!delegation.officeCode().equals(code)) {
            throw new DelegationNotFoundException(code + " #" + id);
        }
        OfficeView office = offices.office(code);
        LocalDate today = offices.today(office);
        DelegationView ended = delegations.endEarly(delegation.id(), today);
        if (htmx != null) {
            model.addAttribute("office", office);
            model.addAttribute("today", today);
            model.addAttribute("delegations", List.of(ended));
            return "office/admin/delegations :: row";
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.delegation.ended", ended.standInName()));
        return "redirect:/admin/offices/" + code + "/delegations";
    }

    private String show(OfficeView office, Model model) {
        LocalDate today = offices.today(office);
        model.addAttribute("office", office);
        model.addAttribute("today", today);
        model.addAttribute("delegations", delegations.ofOffice(office.code(), today.minusDays(SHOWN_DAYS_BACK)));
        model.addAttribute(
                "delegablePositions",
                offices.positions(office.code()).stream()
                        .filter(p -> !p.outsideParty())
                        .map(p -> new SelectOption(p.code(), p.title()))
                        .toList());
        model.addAttribute(
                "people",
                users.ofOffice(office.code()).stream()
                        .filter(UserView::enabled)
                        .map(u -> new SelectOption(u.username(), u.fullName() + " (" + u.username() + ")"))
                        .toList());
        model.addAttribute("delegationKinds", Arrays.asList(DelegationKind.values()));
        return "office/admin/delegations";
    }

    private void administrable(String code) {
        guard.requireAdministrable(code, "office " + code);
    }
}
