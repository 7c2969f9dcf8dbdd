package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import id.alur.platform.InvalidInputException;
import id.alur.platform.LoginThrottle;
import id.alur.platform.Role;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of user accounts: the list, a new user with their first position, the profile, a new password,
 * enabling and disabling, the system administrator right. An office administrator sees and manages only the users
 * of the office they work in (never a system administrator, {@link UserPage#administrable}).
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccounts users;
    private final UserPage page;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    UserAdminController(UserAccounts users, UserPage page, LoginThrottle throttle, AuditTrail audit) {
        this.users = users;
        this.page = page;
        this.throttle = throttle;
        this.audit = audit;
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
            UserView user = withPosition
                    ? users.create(
                            form.getUsername(), form.profile(), form.getPassword(), officeCode, form.getPositionCode())
                    : users.create(form.getUsername(), form.profile(), form.getPassword());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.user.created", user.username()));
            return "redirect:/admin/users/" + user.username();
        });
    }

    private String showNew(Model model) {
        List<OfficeView> visible = page.visibleOffices(AlurUser.current().orElseThrow());
        model.addAttribute("officeOptions", UserPage.officeOptions(visible));
        model.addAttribute("positionOptions", page.positionOptions(visible));
        return "office/admin/user-new";
    }

    @GetMapping("/{username}")
    String user(@PathVariable String username, Model model) {
        return page.show(page.administrable(username), model);
    }

    @PostMapping("/{username}")
    String update(
            @PathVariable String username,
            @ModelAttribute("profileForm") ProfileForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return submit(username, binding, response, model, redirect, "office.user.saved", () -> {
            users.update(username, form.profile(), form.getVersion());
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
        return submit(username, binding, response, model, redirect, "office.user.passwordReset", () -> {
            users.resetPassword(username, form.getPassword());
        });
    }

    /**
     * Submits a form of the user page: the change, then back to the page saying {@code done}; bad input shows the
     * page again with the errors next to the fields.
     */
    private String submit(
            String username,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable change) {
        String view = page.show(page.administrable(username), model);
        return Forms.submit(binding, response, view, () -> {
            change.run();
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(done, username));
            return "redirect:/admin/users/" + username;
        });
    }

    @PostMapping("/{username}/enabled")
    String setEnabled(
            @PathVariable String username,
            @RequestParam boolean enabled,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        page.administrable(username);
        UserView user = users.setEnabled(username, enabled);
        if (htmx != null) {
            model.addAttribute("user", user);
            return UserPage.VIEW + " :: status";
        }
        redirect.addFlashAttribute(
                Flash.ATTRIBUTE,
                Flash.success(enabled ? "office.user.enabledNow" : "office.user.disabledNow", username));
        return "redirect:/admin/users/" + username;
    }

    /** Lifts the sign-in throttle of the account ({@link LoginThrottle}), on the audit trail. */
    @PostMapping("/{username}/login-throttle/lift")
    String liftThrottle(@PathVariable String username, RedirectAttributes redirect) {
        page.administrable(username);
        throttle.lift(username);
        audit.record(AuditEvent.of("user.login-throttle-lifted")
                .about("user", username)
                .inOffice(AlurUser.current().orElseThrow().officeCode()));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.user.throttleLifted", username));
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/system-admin")
    @PreAuthorize("hasRole('ADMIN')")
    String setSystemAdmin(@PathVariable String username, @RequestParam boolean admin, RedirectAttributes redirect) {
        users.setSystemAdmin(username, admin);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.user.saved", username));
        return "redirect:/admin/users/" + username;
    }
}
