package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.InvalidInputException;
import id.alur.platform.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The positions a user holds (htmx swaps the list on the user page) and, for the system administrator alone, the
 * offices they administer. An office administrator gives and takes positions of their own office only.
 */
@Controller
@RequestMapping("/admin/users/{username}")
class MembershipAdminController {

    private static final String MEMBERSHIPS = UserPage.VIEW + " :: memberships";

    private final Memberships memberships;
    private final Offices offices;
    private final UserAccounts users;
    private final UserPage page;
    private final ResourceOfficeGuard guard;

    MembershipAdminController(
            Memberships memberships, Offices offices, UserAccounts users, UserPage page, ResourceOfficeGuard guard) {
        this.memberships = memberships;
        this.offices = offices;
        this.users = users;
        this.page = page;
        this.guard = guard;
    }

    @PostMapping("/memberships")
    String add(
            @PathVariable String username,
            @ModelAttribute("membershipForm") MembershipForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        UserView user = page.administrable(username);
        AlurUser admin = AlurUser.current().orElseThrow();
        String officeCode = admin.hasRole(Role.ADMIN) ? form.getOfficeCode() : admin.officeCode();
        String view = Forms.submit(binding, response, MEMBERSHIPS, () -> {
            if (officeCode == null
                    || officeCode.isBlank()
                    || offices.find(officeCode).isEmpty()) {
                throw new InvalidInputException("officeCode", "office.membership.officeRequired");
            }
            memberships.add(username, officeCode, form.getPositionCode());
            model.addAttribute("membershipForm", new MembershipForm());
            return MEMBERSHIPS;
        });
        page.show(user, model);
        return view;
    }

    @PostMapping("/memberships/remove")
    String remove(
            @PathVariable String username,
            @RequestParam String officeCode,
            @RequestParam String positionCode,
            Model model) {
        UserView user = page.administrable(username);
        guard.requireAdministrable(officeCode, "membership of " + username + " in " + officeCode);
        memberships.remove(username, officeCode, positionCode);
        model.addAttribute("membershipForm", new MembershipForm());
        page.show(user, model);
        return MEMBERSHIPS;
    }

    @PostMapping("/office-admin")
    @PreAuthorize("hasRole('ADMIN')")
    String setOfficeAdmin(
            @PathVariable String username,
            @RequestParam String officeCode,
            @RequestParam boolean grant,
            RedirectAttributes redirect) {
        users.user(username);
        if (grant) {
            memberships.grantOfficeAdmin(username, officeCode);
        } else {
            memberships.revokeOfficeAdmin(username, officeCode);
        }
        redirect.addFlashAttribute(
                Flash.ATTRIBUTE,
                Flash.success(grant ? "office.user.adminGranted" : "office.user.adminRevoked", username, officeCode));
        return "redirect:/admin/users/" + username;
    }
}
