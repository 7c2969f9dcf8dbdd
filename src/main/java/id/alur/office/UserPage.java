package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditTrail;
import id.alur.platform.LoginThrottle;
import id.alur.platform.Role;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The user page of the administration ({@code office/admin/user}), which the controllers of accounts, memberships
 * and API tokens answer with: whom the signed-in administrator may manage, and the page's model.
 */
@Component
class UserPage {

    static final String VIEW = "office/admin/user";

    private final Offices offices;
    private final Memberships memberships;
    private final UserAccounts users;
    private final ApiTokens tokens;
    private final ResourceOfficeGuard guard;
    private final AuditTrail audit;
    private final LoginThrottle throttle;

    UserPage(
            Offices offices,
            Memberships memberships,
            UserAccounts users,
            ApiTokens tokens,
            ResourceOfficeGuard guard,
            AuditTrail audit,
            LoginThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
        this.offices = offices;
        this.memberships = memberships;
        this.users = users;
        this.tokens = tokens;
        this.guard = guard;
    }

    /**
     * The user, when the signed-in administrator may manage them: a system administrator anyone; an office
     * administrator the users of their office who are not system administrators and all of whose offices (positions
     * and administrator rights) they administer. Users of other offices only answer 404 (logged); users who also
     * work for an office the administrator does not administer answer 403, on the audit trail as
     * {@code access.refused}.
     */
    UserView administrable(String username) {
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
        // Issue 14: a user who also works for an office the administrator does not administer is the system
        // administrator's; a password reset here would open that other office's applications and scans.
        List<String> administered = memberships.administeredOffices(admin.username());
        List<String> beyond =
                theirOffices.stream().filter(o -> !administered.contains(o)).toList();
        if (!beyond.isEmpty()) {
            audit.recordAlone(AuditEvent.of("access.refused")
                    .outcome(AuditOutcome.REFUSED)
                    .about("user", username)
                    .inOffice(admin.officeCode())
                    .detail("user also in " + String.join(", ", beyond) + "; for the system administrator"));
            throw new AccessDeniedException("User " + username + " also works in offices " + beyond + " that "
                    + admin.username() + " does not administer");
        }
        return user;
    }

    /**
     * The page of the user. Each form is fresh unless the model holds it already: the one just posted stays as
     * entered, with its errors.
     */
    String show(UserView user, Model model) {
        model.mergeAttributes(Map.of(
                "profileForm", ProfileForm.of(user),
                "passwordForm", new PasswordForm(),
                "membershipForm", new MembershipForm(),
                "tokenForm", new TokenForm()));
        AlurUser admin = AlurUser.current().orElseThrow();
        boolean system = admin.hasRole(Role.ADMIN);
        List<OfficeView> visible = visibleOffices(admin);
        model.addAttribute("user", user);
        model.addAttribute(
                "memberships",
                memberships.ofUser(user.username()).stream()
                        .filter(m -> system || m.officeCode().equals(admin.officeCode()))
                        .toList());
        model.addAttribute("officeOptions", officeOptions(visible));
        model.addAttribute("positionOptions", positionOptions(visible));
        model.addAttribute("administered", memberships.administeredOffices(user.username()));
        model.addAttribute("systemView", system);
        throttle.accountRefusedFor(user.username())
                .ifPresent(wait -> model.addAttribute("throttledMinutes", Math.max(1, (wait.toSeconds() + 59) / 60)));
        if (system) {
            model.addAttribute("tokens", tokens.ofUser(user.username()));
            model.addAttribute("tokenNow", tokens.now());
            model.addAttribute("tokenDefaultDays", tokens.defaultValidDays());
        }
        return VIEW;
    }

    /** The offices an administrator manages users in: every office for a system administrator, else their own. */
    List<OfficeView> visibleOffices(AlurUser admin) {
        return admin.hasRole(Role.ADMIN)
                ? offices.all()
                : offices.find(admin.officeCode()).stream().toList();
    }

    static List<SelectOption> officeOptions(List<OfficeView> visible) {
        return visible.stream().map(o -> new SelectOption(o.code(), o.name())).toList();
    }

    /** Positions as options, labelled with the office when there are several. */
    List<SelectOption> positionOptions(List<OfficeView> visible) {
        return visible.stream()
                .flatMap(o -> offices.positions(o.code()).stream()
                        .map(p -> new SelectOption(
                                p.code(), visible.size() > 1 ? o.code() + " — " + p.title() : p.title())))
                .toList();
    }
}
