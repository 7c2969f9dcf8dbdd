package id.alur.office;

import id.alur.office.AdminForms.MembershipForm;
import id.alur.office.AdminForms.NewUserForm;
import id.alur.office.AdminForms.Option;
import id.alur.office.AdminForms.PasswordForm;
import id.alur.office.AdminForms.ProfileForm;
import id.alur.office.AdminForms.TokenForm;
import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.InvalidInputException;
import id.alur.platform.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of users: create, edit, reset password, enable/disable, memberships, office administrator rights
 * and API tokens. An office administrator sees and manages only the users of the office they work in (never a
 * system administrator); rights and tokens are for the system administrator alone.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final Offices offices;
    private final UserAccounts users;
    private final Memberships memberships;
    private final ApiTokens tokens;
    private final ResourceOfficeGuard guard;
    private final TransactionTemplate transaction;

    UserAdminController(
            Offices offices,
            UserAccounts users,
            Memberships memberships,
            ApiTokens tokens,
            ResourceOfficeGuard guard,
            TransactionTemplate transaction) {
        this.offices = offices;
        this.users = users;
        this.memberships = memberships;
        this.tokens = tokens;
        this.guard = guard;
        this.transaction = transaction;
    }

    @GetMapping
    String list(Model model) {
        AlurUser admin = AlurUser.current().orElseThrow();
        model.addAttribute("users", admin.hasRole(Role.ADMIN) ? users.all() : users.ofOffice(admin.officeCode()));
        return "office/admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute(
                "newUserForm",
                NewUserForm.empty(AlurUser.current().orElseThrow().officeCode()));
        return showNew(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("newUserForm") NewUserForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        AlurUser admin = AlurUser.current().orElseThrow();
        showNew(model);
        return Forms.submit(binding, response, "office/admin/user-new", () -> {
            // An office administrator's new user must hold a position of their office, or they could not see it.
            String officeCode = admin.hasRole(Role.ADMIN) ? form.getOfficeCode() : admin.officeCode();
            boolean withPosition =
                    form.getPositionCode() != null && !form.getPositionCode().isBlank();
            if (!admin.hasRole(Role.ADMIN) && !withPosition) {
                throw new InvalidInputException("positionCode", "office.membership.positionRequired");
            }
            transaction.executeWithoutResult(status -> {
                users.create(form.getUsername(), form.profile(), form.getPassword());
                if (withPosition) {
                    if (officeCode == null || offices.find(officeCode).isEmpty()) {
                        throw new InvalidInputException("officeCode", "office.membership.officeRequired");
                    }
                    memberships.add(form.getUsername().trim(), officeCode, form.getPositionCode());
                }
            });
            redirect.addFlashAttribute(
                    Flash.ATTRIBUTE,
                    Flash.success("office.user.created", form.getUsername().trim()));
            return "redirect:/admin/users/" + form.getUsername().trim();
        });
    }

    private String showNew(Model model) {
        AlurUser admin = AlurUser.current().orElseThrow();
        List<OfficeView> visible = admin.hasRole(Role.ADMIN)
                ? offices.all()
                : offices.find(admin.officeCode()).stream().toList();
        model.addAttribute(
                "officeOptions",
                visible.stream().map(o -> new Option(o.code(), o.name())).toList());
        model.addAttribute("positionOptions", positionOptions(visible));
        return "office/admin/user-new";
    }

    @GetMapping("/{username}")
    String user(@PathVariable String username, Model model) {
        UserView user = administrable(username);
        emptyForms(user, model);
        return showUser(user, model);
    }

    @PostMapping("/{username}")
    String update(
            @PathVariable String username,
            @ModelAttribute("profileForm") ProfileForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        UserView user = administrable(username);
        emptyForms(user, model);
        showUser(user, model);
        return Forms.submit(binding, response, "office/admin/user", () -> {
            users.update(username, form.profile(), form.getVersion());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.user.saved", username));
            return "redirect:/admin/users/" + username;
        });
    }

    @PostMapping("/{username}/password")
    String resetPassword(
            @PathVariable String username,
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        UserView user = administrable(username);
        emptyForms(user, model);
        showUser(user, model);
        return Forms.submit(binding, response, "office/admin/user", () -> {
            users.resetPassword(username, form.getPassword());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.user.passwordReset", username));
            return "redirect:/admin/users/" + username;
        });
    }

    @PostMapping("/{username}/enabled")
    String setEnabled(
            @PathVariable String username,
            @RequestParam boolean enabled,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        administrable(username);
        UserView user = users.setEnabled(username, enabled);
        if (htmx != null) {
            model.addAttribute("user", user);
            return "office/admin/user :: status";
        }
        redirect.addFlashAttribute(
                Flash.ATTRIBUTE,
                Flash.success(enabled ? "office.user.enabledNow" : "office.user.disabledNow", username));
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/memberships")
    String addMembership(
            @PathVariable String username,
            @ModelAttribute("membershipForm") MembershipForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        UserView user = administrable(username);
        AlurUser admin = AlurUser.current().orElseThrow();
        String officeCode = admin.hasRole(Role.ADMIN) ? form.getOfficeCode() : admin.officeCode();
        String view = Forms.submit(binding, response, "office/admin/user :: memberships", () -> {
            if (officeCode == null
                    || officeCode.isBlank()
                    || offices.find(officeCode).isEmpty()) {
                throw new InvalidInputException("officeCode", "office.membership.officeRequired");
            }
            memberships.add(username, officeCode, form.getPositionCode());
            model.addAttribute("membershipForm", new MembershipForm());
            return "office/admin/user :: memberships";
        });
        showUser(user, model);
        return view;
    }

    @PostMapping("/{username}/memberships/remove")
    String removeMembership(
            @PathVariable String username,
            @RequestParam String officeCode,
            @RequestParam String positionCode,
            Model model) {
        UserView user = administrable(username);
        guard.requireAdministrable(officeCode, "membership of " + username + " in " + officeCode);
        memberships.remove(username, officeCode, positionCode);
        model.addAttribute("membershipForm", new MembershipForm());
        showUser(user, model);
        return "office/admin/user :: memberships";
    }

    @PostMapping("/{username}/office-admin")
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

    @PostMapping("/{username}/system-admin")
    @PreAuthorize("hasRole('ADMIN')")
    String setSystemAdmin(@PathVariable String username, @RequestParam boolean admin, RedirectAttributes redirect) {
        users.setSystemAdmin(username, admin);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.user.saved", username));
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    String issueToken(
            @PathVariable String username,
            @ModelAttribute("tokenForm") TokenForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        UserView user = users.user(username);
        emptyForms(user, model);
        String view = Forms.submit(binding, response, "office/admin/user", () -> {
            // Shown on this response only; a redirect would have to carry the secret through the session.
            model.addAttribute("issuedToken", tokens.issue(username, form.getName()));
            model.addAttribute("tokenForm", new TokenForm());
            return "office/admin/user";
        });
        showUser(user, model);
        return view;
    }

    @PostMapping("/{username}/tokens/{id}/revoke")
    @PreAuthorize("hasRole('ADMIN')")
    String revokeToken(@PathVariable String username, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(username, id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.token.revoked", username));
        return "redirect:/admin/users/" + username;
    }

    /**
     * The user page's forms, each fresh unless the model holds it already: the one just posted stays as entered, with
     * its errors.
     */
    private static void emptyForms(UserView user, Model model) {
        model.mergeAttributes(Map.of(
                "profileForm", ProfileForm.of(user),
                "passwordForm", new PasswordForm(),
                "membershipForm", new MembershipForm(),
                "tokenForm", new TokenForm()));
    }

    private String showUser(UserView user, Model model) {
        AlurUser admin = AlurUser.current().orElseThrow();
        boolean system = admin.hasRole(Role.ADMIN);
        List<OfficeView> visible = system
                ? offices.all()
                : offices.find(admin.officeCode()).stream().toList();
        model.addAttribute("user", user);
        model.addAttribute(
                "memberships",
                memberships.ofUser(user.username()).stream()
                        .filter(m -> system || m.officeCode().equals(admin.officeCode()))
                        .toList());
        model.addAttribute(
                "officeOptions",
                visible.stream().map(o -> new Option(o.code(), o.name())).toList());
        model.addAttribute("positionOptions", positionOptions(visible));
        model.addAttribute("administered", memberships.administeredOffices(user.username()));
        model.addAttribute("systemView", system);
        if (system) {
            model.addAttribute("tokens", tokens.ofUser(user.username()));
        }
        return "office/admin/user";
    }

    /** Positions as "office code/position code" options, labelled with the office when there are several. */
    private List<Option> positionOptions(List<OfficeView> visible) {
        return visible.stream()
                .flatMap(o -> offices.positions(o.code()).stream()
                        .map(p -> new Option(p.code(), visible.size() > 1 ? o.code() + " — " + p.title() : p.title())))
                .toList();
    }

    /**
     * The user, when the signed-in administrator may manage them: a system administrator anyone; an office
     * administrator the users of their office who are not system administrators. Others answer 404 (logged).
     */
    private UserView administrable(String username) {
        AlurUser admin = AlurUser.current().orElseThrow();
        UserView user = users.find(username).orElseThrow(() -> new UserNotFoundException(username));
        if (admin.hasRole(Role.ADMIN)) {
            return user;
        }
        List<String> theirOffices =
                memberships.officesOf(username).stream().map(OfficeView::code).toList();
        String office;
        if (user.systemAdmin()) {
            office = "(system)";
        } else if (theirOffices.contains(admin.officeCode())) {
            office = admin.officeCode();
        } else {
            office = theirOffices.isEmpty() ? "(none)" : theirOffices.getFirst();
        }
        guard.requireAdministrable(office, "user " + username);
        return user;
    }
}
