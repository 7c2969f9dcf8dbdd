package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblems;
import id.alur.platform.InvalidInputException;
import id.alur.platform.UserSessions;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: created with a first password, their profile (name, NIP, pangkat, e-mail) changed, the password
 * reset, disabled (which signs them out at once) and made system administrators; the input checked.
 */
@Service
@Transactional(readOnly = true)
class UserAccounts {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int PASSWORD_MIN_LENGTH = 10;
    /** bcrypt reads only the first 72 bytes of a password; longer ones would be silently cut. */
    static final int PASSWORD_MAX_BYTES = 72;

    private final UserRepository users;
    private final Memberships memberships;
    private final OfficeRepository offices;
    private final PasswordEncoder passwords;
    private final UserSessions sessions;
    private final AuditTrail audit;

    UserAccounts(
            UserRepository users,
            Memberships memberships,
            OfficeRepository offices,
            PasswordEncoder passwords,
            UserSessions sessions,
            AuditTrail audit) {
        this.users = users;
        this.memberships = memberships;
        this.offices = offices;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
    }

    List<UserView> all() {
        return users.findAll();
    }

    /** Users who hold a position in the office or administer it. */
    List<UserView> ofOffice(String officeCode) {
        return users.ofOffice(officeCode);
    }

    Optional<UserView> find(@Nullable String username) {
        return username == null ? Optional.empty() : users.find(username);
    }

    java.util.Map<String, String> fullNames(java.util.Collection<String> usernames) {
        return users.fullNames(usernames);
    }

    /** @throws UserNotFoundException when there is no such user */
    UserView user(String username) {
        return find(username).orElseThrow(() -> new UserNotFoundException(username));
    }

    @Transactional
    UserView create(@Nullable String username, UserProfile profile, @Nullable String password) {
        var problems = new InputProblems();
        String normalized = username == null ? "" : username.trim();
        if (problems.check(USERNAME.matcher(normalized).matches(), "username", "office.user.usernameInvalid")) {
            problems.check(!users.usernameTaken(normalized), "username", "office.user.usernameTaken", normalized);
        }
        checkProfile(normalized, profile, problems);
        checkPassword(normalized, password, problems);
        problems.throwIfAny();
        users.insert(normalized, entered(profile), passwords.encode(password), Changes.by());
        recordChange("user.created", normalized, null);
        log.info("User {} created by {}", normalized, Changes.by());
        return user(normalized);
    }

    /**
     * Creates the user holding a first position of the office, or nothing: bad input for the user is reported
     * first, then a missing office.
     */
    @Transactional
    UserView create(
            @Nullable String username,
            UserProfile profile,
            @Nullable String password,
            @Nullable String officeCode,
            String positionCode) {
        UserView user = create(username, profile, password);
        if (officeCode == null || offices.find(officeCode).isEmpty()) {
            throw new InvalidInputException("officeCode", "office.membership.officeRequired");
        }
        memberships.add(user.username(), officeCode, positionCode);
        return user;
    }

    @Transactional
    UserView update(String username, UserProfile profile, int version) {
        user(username);
        var problems = new InputProblems();
        checkProfile(username, profile, problems);
        problems.throwIfAny();
        users.update(username, entered(profile), version, Changes.by());
        recordChange("user.updated", username, null);
        return user(username);
    }

    @Transactional
    void resetPassword(String username, @Nullable String newPassword) {
        user(username);
        var problems = new InputProblems();
        checkPassword(username, newPassword, problems);
        problems.throwIfAny();
        users.setPasswordHash(username, passwords.encode(newPassword), Changes.by());
        recordChange("user.password-reset", username, null);
        log.info("Password of {} reset by {}", username, Changes.by());
    }

    /**
     * The user changes their own password (the profile page): the current one must be given, so a session left open
     * on a shared counter PC cannot be used to take the account over; the new one follows the password rules and
     * must match its repetition.
     */
    @Transactional
    void changeOwnPassword(
            String username,
            @Nullable String currentPassword,
            @Nullable String newPassword,
            @Nullable String repeated) {
        Credentials credentials = users.credentials(username).orElseThrow(() -> new UserNotFoundException(username));
        var problems = new InputProblems();
        if (currentPassword == null || !passwords.matches(currentPassword, credentials.passwordHash())) {
            problems.add("currentPassword", "office.profile.currentPasswordWrong");
        }
        checkPassword(username, newPassword, problems);
        if (newPassword != null && !newPassword.equals(repeated)) {
            problems.add("repeatedPassword", "office.profile.passwordsDiffer");
        }
        problems.throwIfAny();
        users.setPasswordHash(username, passwords.encode(newPassword), username);
        audit.record(AuditEvent.of("user.password-changed").about("user", username));
        log.info("Password of {} changed by themselves", username);
    }

    /** Enables or disables the account; disabling also ends the user's sessions, so they are signed out at once. */
    @Transactional
    UserView setEnabled(String username, boolean enabled) {
        user(username);
        if (!enabled && username.equals(Changes.by())) {
            throw new InvalidInputException("enabled", "office.user.cannotDisableSelf");
        }
        users.setEnabled(username, enabled, Changes.by());
        recordChange(enabled ? "user.enabled" : "user.disabled", username, null);
        if (!enabled) {
            sessions.endAll(username);
        }
        log.info("User {} {} by {}", username, enabled ? "enabled" : "disabled", Changes.by());
        return user(username);
    }

    @Transactional
    UserView setSystemAdmin(String username, boolean admin) {
        user(username);
        if (!admin && username.equals(Changes.by())) {
            throw new InvalidInputException("systemAdmin", "office.user.cannotDemoteSelf");
        }
        users.setSystemAdmin(username, admin, Changes.by());
        recordChange(admin ? "user.system-admin-granted" : "user.system-admin-revoked", username, null);
        return user(username);
    }

    /**
     * An administrator's change to an account, on the audit trail in the change's transaction (issue 14: admin actions
     * were only in the application log). Its office is the one the administrator works in now, so that office's
     * administrators read it; a system administrator without an office leaves it to the system administrators.
     */
    private void recordChange(String action, String username, @Nullable String detail) {
        audit.record(AuditEvent.of(action)
                .about("user", username)
                .inOffice(AlurUser.current().map(AlurUser::officeCode).orElse(null))
                .detail(detail));
    }

    private void checkProfile(String username, UserProfile profile, InputProblems problems) {
        String fullName = profile.fullName();
        problems.check(fullName != null && !fullName.isBlank(), "fullName", "office.user.fullNameRequired");
        problems.check(fullName == null || fullName.trim().length() <= 200, "fullName", "office.tooLong", 200);
        String nip = nip(profile);
        if (nip != null && problems.check(validNip(nip), "nip", "office.user.nipInvalid")) {
            problems.check(!users.nipTaken(nip, username), "nip", "office.user.nipTaken");
        }
        String pangkat = profile.pangkat();
        problems.check(pangkat == null || pangkat.trim().length() <= 100, "pangkat", "office.tooLong", 100);
        String email = profile.email() == null ? "" : profile.email().trim();
        problems.check(
                email.isEmpty()
                        || (email.length() <= 254 && EMAIL.matcher(email).matches()),
                "email",
                "office.user.emailInvalid");
    }

    private static UserProfile entered(UserProfile profile) {
        return new UserProfile(
                profile.fullName().trim(),
                nip(profile),
                Entered.text(profile.pangkat()),
                Entered.text(profile.email()));
    }

    /** The NIP without the spaces it is printed with on official papers (8 6 1 3 digits); {@code null} if none. */
    private static @Nullable String nip(UserProfile profile) {
        String nip = Entered.text(profile.nip());
        return nip == null ? null : nip.replace(" ", "");
    }

    /**
     * The 18-digit NIP of a civil servant (PNS) begins with the date of birth (yyyyMMdd) and the month of
     * appointment (yyyyMM), then the sex (1 or 2) and a serial number.
     */
    static boolean validNip(String nip) {
        if (!nip.matches("[0-9]{18}")) {
            return false;
        }
        var format = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
        try {
            LocalDate.parse(nip.substring(0, 8), format);
            LocalDate.parse(nip.substring(8, 14) + "01", format);
        } catch (DateTimeException e) {
            return false;
        }
        return nip.charAt(14) == '1' || nip.charAt(14) == '2';
    }

    private static void checkPassword(String username, @Nullable String password, InputProblems problems) {
        if (password == null || password.length() < PASSWORD_MIN_LENGTH) {
            problems.add("password", "office.user.passwordTooShort", PASSWORD_MIN_LENGTH);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            problems.add("password", "office.user.passwordTooLong", PASSWORD_MAX_BYTES);
        } else if (password.equalsIgnoreCase(username)) {
            problems.add("password", "office.user.passwordIsUsername");
        }
    }
}
