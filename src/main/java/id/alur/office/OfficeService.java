package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.InputProblems;
import id.alur.platform.InvalidInputException;
import id.alur.platform.Role;
import id.alur.platform.UserSessions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The office module's facade: offices, positions (the SOP lanes), users, memberships, office administrators,
 * delegations (Plh/Plt) and API tokens, and which positions a user may act in on a day. Every change is one
 * transaction; bad input throws {@link InvalidInputException} naming the field, a stale version
 * {@link id.alur.platform.ConcurrentChangeException}. Authorization (who may call what) is the callers' job, with
 * {@link ResourceOfficeGuard}.
 */
@Service
@Transactional(readOnly = true)
public class OfficeService {

    private static final Logger log = LoggerFactory.getLogger(OfficeService.class);

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    static final Pattern POSITION_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int PASSWORD_MIN_LENGTH = 10;
    /** bcrypt reads only the first 72 bytes of a password; longer ones would be silently cut. */
    static final int PASSWORD_MAX_BYTES = 72;

    private final OfficeRepository offices;
    private final UserRepository users;
    private final DelegationRepository delegations;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final UserSessions sessions;
    private final Clock clock;

    OfficeService(
            OfficeRepository offices,
            UserRepository users,
            DelegationRepository delegations,
            ApiTokenRepository tokens,
            PasswordEncoder passwords,
            UserSessions sessions,
            ObjectProvider<Clock> clock) {
        this.offices = offices;
        this.users = users;
        this.delegations = delegations;
        this.tokens = tokens;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    // ---- offices

    public List<OfficeView> offices() {
        return offices.findAll();
    }

    public Optional<OfficeView> findOffice(String code) {
        return code == null ? Optional.empty() : offices.find(code);
    }

    /** @throws OfficeNotFoundException when there is no such office */
    public OfficeView office(String code) {
        return findOffice(code).orElseThrow(() -> new OfficeNotFoundException(code));
    }

    /** Today in the office's time zone. */
    public LocalDate today(String officeCode) {
        return LocalDate.now(clock.withZone(office(officeCode).zone()));
    }

    @Transactional
    public OfficeView createOffice(String code, OfficeDetails details) {
        var problems = new InputProblems();
        String normalized = code == null ? "" : code.trim();
        if (problems.check(CODE.matcher(normalized).matches(), "code", "office.office.codeInvalid")) {
            problems.check(offices.find(normalized).isEmpty(), "code", "office.office.codeTaken", normalized);
        }
        ZoneId zone = checkOffice(details, problems);
        problems.throwIfAny();
        offices.insert(normalized, details, zone, actor());
        log.info("Office {} created by {}", normalized, actor());
        return office(normalized);
    }

    @Transactional
    public OfficeView updateOffice(String code, OfficeDetails details, int version) {
        office(code);
        var problems = new InputProblems();
        ZoneId zone = checkOffice(details, problems);
        problems.throwIfAny();
        offices.update(code, details, zone, version, actor());
        return office(code);
    }

    private static ZoneId checkOffice(OfficeDetails details, InputProblems problems) {
        problems.check(details.name() != null && !details.name().isBlank(), "name", "office.office.nameRequired");
        problems.check(details.name() == null || details.name().trim().length() <= 200, "name", "office.tooLong", 200);
        problems.check(details.kind() != null, "kind", "office.office.kindRequired");
        problems.check(
                details.address() == null || details.address().trim().length() <= 500,
                "address",
                "office.tooLong",
                500);
        try {
            if (details.zoneId() != null && !details.zoneId().isBlank()) {
                return ZoneId.of(details.zoneId().trim());
            }
        } catch (DateTimeException e) {
            // reported below
        }
        problems.add("zoneId", "office.office.zoneInvalid");
        return null;
    }

    // ---- positions

    public List<PositionView> positions(String officeCode) {
        office(officeCode);
        return offices.positions(officeCode);
    }

    public Optional<PositionView> findPosition(String officeCode, String positionCode) {
        return offices.position(officeCode, positionCode);
    }

    /** @throws PositionNotFoundException when the office has no such position */
    public PositionView position(String officeCode, String positionCode) {
        return offices.position(officeCode, positionCode)
                .orElseThrow(() -> new PositionNotFoundException(officeCode + "/" + positionCode));
    }

    @Transactional
    public PositionView createPosition(String officeCode, String code, PositionDetails details) {
        long officeId = offices.idOf(officeCode).orElseThrow(() -> new OfficeNotFoundException(officeCode));
        var problems = new InputProblems();
        String normalized = code == null ? "" : code.trim();
        if (problems.check(POSITION_CODE.matcher(normalized).matches(), "code", "office.position.codeInvalid")) {
            problems.check(
                    offices.position(officeCode, normalized).isEmpty(),
                    "code",
                    "office.position.codeTaken",
                    normalized);
        }
        checkPosition(details, problems);
        problems.throwIfAny();
        offices.insertPosition(officeId, normalized, details, actor());
        return position(officeCode, normalized);
    }

    @Transactional
    public PositionView updatePosition(String officeCode, String code, PositionDetails details, int version) {
        position(officeCode, code);
        var problems = new InputProblems();
        checkPosition(details, problems);
        problems.throwIfAny();
        offices.updatePosition(officeCode, code, details, version, actor());
        return position(officeCode, code);
    }

    private static void checkPosition(PositionDetails details, InputProblems problems) {
        problems.check(details.title() != null && !details.title().isBlank(), "title", "office.position.titleRequired");
        problems.check(
                details.title() == null || details.title().trim().length() <= 200, "title", "office.tooLong", 200);
        problems.check(
                details.rankOrder() != null && details.rankOrder() >= 1 && details.rankOrder() <= 999,
                "rankOrder",
                "office.position.rankInvalid");
        problems.check(
                !(details.frontDesk() && details.outsideParty()), "outsideParty", "office.position.frontDeskOutside");
    }

    // ---- users

    public List<UserView> users() {
        return users.findAll();
    }

    /** Users who hold a position in the office or administer it. */
    public List<UserView> usersOf(String officeCode) {
        return users.ofOffice(officeCode);
    }

    public Optional<UserView> findUser(String username) {
        return username == null ? Optional.empty() : users.find(username);
    }

    /** @throws UserNotFoundException when there is no such user */
    public UserView user(String username) {
        return findUser(username).orElseThrow(() -> new UserNotFoundException(username));
    }

    @Transactional
    public UserView createUser(String username, UserProfile profile, String password) {
        var problems = new InputProblems();
        String normalized = username == null ? "" : username.trim();
        if (problems.check(USERNAME.matcher(normalized).matches(), "username", "office.user.usernameInvalid")) {
            problems.check(!users.usernameTaken(normalized), "username", "office.user.usernameTaken", normalized);
        }
        checkProfile(normalized, profile, problems);
        checkPassword(normalized, password, "password", problems);
        problems.throwIfAny();
        users.insert(normalized, profile, passwords.encode(password), actor());
        log.info("User {} created by {}", normalized, actor());
        return user(normalized);
    }

    @Transactional
    public UserView updateUser(String username, UserProfile profile, int version) {
        user(username);
        var problems = new InputProblems();
        checkProfile(username, profile, problems);
        problems.throwIfAny();
        users.update(username, profile, version, actor());
        return user(username);
    }

    @Transactional
    public void resetPassword(String username, String newPassword) {
        user(username);
        var problems = new InputProblems();
        checkPassword(username, newPassword, "password", problems);
        problems.throwIfAny();
        users.setPasswordHash(username, passwords.encode(newPassword), actor());
        log.info("Password of {} reset by {}", username, actor());
    }

    /** Enables or disables the account; disabling also ends the user's sessions, so they are signed out at once. */
    @Transactional
    public UserView setEnabled(String username, boolean enabled) {
        user(username);
        if (!enabled && username.equals(actor())) {
            throw new InvalidInputException("enabled", "office.user.cannotDisableSelf");
        }
        users.setEnabled(username, enabled, actor());
        if (!enabled) {
            sessions.endAll(username);
        }
        log.info("User {} {} by {}", username, enabled ? "enabled" : "disabled", actor());
        return user(username);
    }

    @Transactional
    public UserView setSystemAdmin(String username, boolean admin) {
        user(username);
        if (!admin && username.equals(actor())) {
            throw new InvalidInputException("systemAdmin", "office.user.cannotDemoteSelf");
        }
        users.setSystemAdmin(username, admin, actor());
        return user(username);
    }

    private void checkProfile(String username, UserProfile profile, InputProblems problems) {
        problems.check(
                profile.fullName() != null && !profile.fullName().isBlank(),
                "fullName",
                "office.user.fullNameRequired");
        problems.check(
                profile.fullName() == null || profile.fullName().trim().length() <= 200,
                "fullName",
                "office.tooLong",
                200);
        String nip = profile.nip() == null ? "" : profile.nip().replace(" ", "");
        if (!nip.isEmpty() && problems.check(validNip(nip), "nip", "office.user.nipInvalid")) {
            problems.check(!users.nipTaken(nip, username), "nip", "office.user.nipTaken");
        }
        problems.check(
                profile.pangkat() == null || profile.pangkat().trim().length() <= 100,
                "pangkat",
                "office.tooLong",
                100);
        String email = profile.email() == null ? "" : profile.email().trim();
        problems.check(
                email.isEmpty()
                        || (email.length() <= 254 && EMAIL.matcher(email).matches()),
                "email",
                "office.user.emailInvalid");
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

    private static void checkPassword(String username, String password, String field, InputProblems problems) {
        if (password == null || password.length() < PASSWORD_MIN_LENGTH) {
            problems.add(field, "office.user.passwordTooShort", PASSWORD_MIN_LENGTH);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            problems.add(field, "office.user.passwordTooLong", PASSWORD_MAX_BYTES);
        } else if (password.equalsIgnoreCase(username)) {
            problems.add(field, "office.user.passwordIsUsername");
        }
    }

    // ---- memberships and office administrators

    public List<MembershipView> memberships(String username) {
        return users.memberships(username);
    }

    public List<MembershipView> members(String officeCode) {
        return users.members(officeCode);
    }

    @Transactional
    public MembershipView addMembership(String username, String officeCode, String positionCode) {
        long userId = users.idOf(username).orElseThrow(() -> new UserNotFoundException(username));
        if (positionCode == null || positionCode.isBlank()) {
            throw new InvalidInputException("positionCode", "office.membership.positionRequired");
        }
        long positionId = offices.positionId(officeCode, positionCode)
                .orElseThrow(() -> new InvalidInputException("positionCode", "office.membership.positionUnknown"));
        users.addMembership(userId, positionId, actor());
        log.info("{} now holds {}/{} (by {})", username, officeCode, positionCode, actor());
        return users.memberships(username).stream()
                .filter(m ->
                        m.officeCode().equals(officeCode) && m.positionCode().equals(positionCode))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void removeMembership(String username, String officeCode, String positionCode) {
        long userId = users.idOf(username).orElseThrow(() -> new UserNotFoundException(username));
        long positionId = offices.positionId(officeCode, positionCode)
                .orElseThrow(() -> new PositionNotFoundException(officeCode + "/" + positionCode));
        if (users.removeMembership(userId, positionId) == 0) {
            throw new PositionNotFoundException(username + " in " + officeCode + "/" + positionCode);
        }
        log.info("{} no longer holds {}/{} (by {})", username, officeCode, positionCode, actor());
    }

    /** The codes of the offices the user administers. */
    public List<String> administeredOffices(String username) {
        return users.administeredOffices(username);
    }

    @Transactional
    public void grantOfficeAdmin(String username, String officeCode) {
        long userId = users.idOf(username).orElseThrow(() -> new UserNotFoundException(username));
        long officeId = offices.idOf(officeCode).orElseThrow(() -> new OfficeNotFoundException(officeCode));
        users.grantOfficeAdmin(userId, officeId, actor());
    }

    @Transactional
    public void revokeOfficeAdmin(String username, String officeCode) {
        long userId = users.idOf(username).orElseThrow(() -> new UserNotFoundException(username));
        long officeId = offices.idOf(officeCode).orElseThrow(() -> new OfficeNotFoundException(officeCode));
        users.revokeOfficeAdmin(userId, officeId);
    }

    /** Offices the user may work in: where they hold a position or administer (a system admin: every office). */
    public List<OfficeView> officesOf(String username) {
        UserView user = user(username);
        if (user.systemAdmin()) {
            return offices.findAll();
        }
        return users.officesOf(username).stream()
                .map(offices::find)
                .flatMap(Optional::stream)
                .toList();
    }

    // ---- delegations

    /** The office's delegations that have not ended before {@code since}, soonest first. */
    public List<DelegationView> delegations(String officeCode, LocalDate since) {
        office(officeCode);
        return delegations.ofOffice(officeCode, since);
    }

    /** @throws DelegationNotFoundException when there is no such delegation */
    public DelegationView delegation(DelegationId id) {
        return delegations.find(id.value()).orElseThrow(() -> new DelegationNotFoundException("#" + id.value()));
    }

    /**
     * Creates a Plh/Plt. Rules (SE Kepala BKN 1/SE/I/2021): the stand-in is another member of the same office; a
     * Plh stands in for a holder of the position (a Plt may fill a vacant one); one stand-in at a time; at most
     * three months at once (an extension is a new delegation); not backdated, since acts before it was made were
     * not done under it. An outside party's lane is not an office position and cannot be delegated.
     */
    @Transactional
    public DelegationView delegate(NewDelegation request) {
        OfficeView office = office(request.officeCode());
        LocalDate today = LocalDate.now(clock.withZone(office.zone()));
        var problems = new InputProblems();
        problems.check(request.kind() != null, "kind", "office.delegation.kindRequired");
        Optional<PositionView> position =
                request.positionCode() == null || request.positionCode().isBlank()
                        ? Optional.empty()
                        : offices.position(office.code(), request.positionCode());
        if (problems.check(position.isPresent(), "positionCode", "office.delegation.positionRequired")) {
            problems.check(!position.get().outsideParty(), "positionCode", "office.delegation.outsideParty");
        }
        String holder = blankToNull(request.holderUsername());
        Long holderId = null;
        if (holder == null) {
            problems.check(request.kind() != DelegationKind.PLH, "holderUsername", "office.delegation.holderRequired");
        } else if (problems.check(
                users.find(holder).isPresent(), "holderUsername", "office.delegation.holderUnknown")) {
            holderId = users.idOf(holder).orElseThrow();
            if (position.isPresent()) {
                problems.check(
                        users.holds(holder, office.code(), position.get().code()),
                        "holderUsername",
                        "office.delegation.holderNotInPosition",
                        position.get().title());
            }
        }
        String standIn = blankToNull(request.standInUsername());
        Optional<UserView> standInUser = standIn == null ? Optional.empty() : users.find(standIn);
        if (problems.check(standInUser.isPresent(), "standInUsername", "office.delegation.standInRequired")) {
            problems.check(standInUser.get().enabled(), "standInUsername", "office.delegation.standInDisabled");
            problems.check(!standIn.equals(holder), "standInUsername", "office.delegation.standInIsHolder");
            problems.check(
                    users.officesOf(standIn).contains(office.code()),
                    "standInUsername",
                    "office.delegation.standInNotMember");
        }
        problems.check(request.startsOn() != null, "startsOn", "office.delegation.startsOnRequired");
        problems.check(request.endsOn() != null, "endsOn", "office.delegation.endsOnRequired");
        if (request.startsOn() != null && request.endsOn() != null) {
            problems.check(!request.startsOn().isBefore(today), "startsOn", "office.delegation.backdated");
            if (problems.check(
                    !request.endsOn().isBefore(request.startsOn()), "endsOn", "office.delegation.endsBeforeStart")) {
                problems.check(
                        !request.endsOn().isAfter(request.startsOn().plusMonths(3)),
                        "endsOn",
                        "office.delegation.tooLong");
            }
        }
        problems.check(
                request.reason() != null && !request.reason().isBlank(), "reason", "office.delegation.reasonRequired");
        problems.check(
                request.reason() == null || request.reason().trim().length() <= 500, "reason", "office.tooLong", 500);
        if (problems.isEmpty()) {
            long positionId =
                    offices.positionId(office.code(), position.get().code()).orElseThrow();
            problems.check(
                    !delegations.overlaps(positionId, holderId, request.startsOn(), request.endsOn()),
                    "startsOn",
                    "office.delegation.overlaps");
        }
        problems.throwIfAny();
        long positionId =
                offices.positionId(office.code(), position.orElseThrow().code()).orElseThrow();
        long id = delegations.insert(positionId, holderId, users.idOf(standIn).orElseThrow(), request, actor());
        log.info(
                "{} {} for {} in {}/{} from {} to {} (by {})",
                request.kind(),
                standIn,
                holder,
                office.code(),
                position.get().code(),
                request.startsOn(),
                request.endsOn(),
                actor());
        return delegation(new DelegationId(id));
    }

    /**
     * Ends a delegation early: from {@code from} on, the stand-in no longer acts (when {@code from} is on or before
     * its first day, it never takes effect).
     */
    @Transactional
    public DelegationView endDelegationEarly(DelegationId id, LocalDate from) {
        DelegationView delegation = delegation(id);
        if (delegation.endedOn() != null || from.isAfter(delegation.endsOn())) {
            throw new InvalidInputException("endedOn", "office.delegation.alreadyEnded");
        }
        if (delegations.endEarly(id.value(), from, delegation.version(), actor()) == 0) {
            DelegationView fresh = delegation(id);
            throw new id.alur.platform.ConcurrentChangeException(
                    "office.delegation.changedMeanwhile", null, null, fresh);
        }
        log.info("Delegation #{} ended from {} (by {})", id.value(), from, actor());
        return delegation(id);
    }

    /**
     * The positions the user may act in on the day: their own memberships and the delegations valid that day, each
     * saying for whom. Empty for a disabled or unknown user.
     */
    public List<PositionAssignment> actingPositions(String username, LocalDate on) {
        return delegations.actingPositions(username, on);
    }

    // ---- the signed-in user

    /**
     * Request attribute holding the {@link CurrentOfficer} once resolved: a page asks for it twice (its model and its
     * handler), an API call has it from the token's check; its positions are read once per request.
     */
    static final String CURRENT_OFFICER = CurrentOfficer.class.getName();

    /**
     * The signed-in user of this request as an officer of their current office. Reads without a transaction of its
     * own: on the second call of a request (and on every API call) it reads nothing.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<CurrentOfficer> currentOfficer() {
        return AlurUser.current().map(user -> {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request == null) {
                return currentOfficer(user);
            }
            if (request.getAttribute(CURRENT_OFFICER, RequestAttributes.SCOPE_REQUEST) instanceof CurrentOfficer known
                    && known.username().equals(user.username())
                    && Objects.equals(known.officeCode(), user.officeCode())) {
                return known;
            }
            CurrentOfficer officer = currentOfficer(user);
            request.setAttribute(CURRENT_OFFICER, officer, RequestAttributes.SCOPE_REQUEST);
            return officer;
        });
    }

    public CurrentOfficer currentOfficer(AlurUser user) {
        Optional<OfficeView> office = findOffice(user.officeCode());
        ZoneId zone = office.map(OfficeView::zone).orElse(user.zone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<PositionAssignment> positions = office.isEmpty() ? List.of() : actingPositions(user.username(), today);
        return officer(user, office, today, positions, officesOf(user.username()));
    }

    private static CurrentOfficer officer(
            AlurUser user,
            Optional<OfficeView> office,
            LocalDate today,
            List<PositionAssignment> positions,
            List<OfficeView> theirOffices) {
        return new CurrentOfficer(
                user.username(),
                user.displayName(),
                user.officeCode(),
                office.map(OfficeView::name).orElse(null),
                office.map(OfficeView::zone).orElse(user.zone()),
                today,
                positions.stream()
                        .filter(p -> p.officeCode().equals(user.officeCode()))
                        .toList(),
                theirOffices,
                user.roles());
    }

    /**
     * The signed-in form of a user in an office: their roles there (docs/security.md). {@code officeCode} may be
     * {@code null} for a system administrator.
     */
    AlurUser signedIn(UserRepository.Credentials user, String officeCode) {
        Optional<OfficeView> office = findOffice(officeCode);
        List<PositionAssignment> positions = office.isEmpty()
                ? List.of()
                : actingPositions(
                        user.username(),
                        LocalDate.now(clock.withZone(office.get().zone())));
        return signedIn(user, office, positions);
    }

    private AlurUser signedIn(
            UserRepository.Credentials user, Optional<OfficeView> office, List<PositionAssignment> positions) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (user.systemAdmin()) {
            roles.add(Role.ADMIN);
        }
        if (office.isPresent()) {
            String officeCode = office.get().code();
            if (users.administeredOffices(user.username()).contains(officeCode)) {
                roles.add(Role.OFFICE_ADMIN);
            }
            for (PositionAssignment position : positions) {
                if (position.officeCode().equals(officeCode)) {
                    roles.add(position.outsideParty() ? Role.OUTSIDE_PARTY : Role.OFFICER);
                }
            }
        }
        return new AlurUser(
                user.username(),
                user.passwordHash(),
                user.fullName(),
                user.enabled(),
                office.map(OfficeView::code).orElse(null),
                office.map(OfficeView::name).orElse(null),
                office.map(OfficeView::zone).orElse(null),
                roles);
    }

    /**
     * A user signed in to the office they start in (an API token's user on every request), with the officer they are
     * there: the office, their offices and their positions of today read once for both, and the officer kept for
     * the rest of the request ({@link #currentOfficer()}).
     */
    AlurUser signedInForRequest(UserRepository.Credentials user) {
        List<String> theirCodes = users.officesOf(user.username());
        Optional<OfficeView> office = findOffice(startingOffice(user, theirCodes));
        LocalDate today =
                office.map(o -> LocalDate.now(clock.withZone(o.zone()))).orElse(null);
        List<PositionAssignment> positions = office.isEmpty() ? List.of() : actingPositions(user.username(), today);
        AlurUser signedIn = signedIn(user, office, positions);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && office.isPresent()) {
            List<OfficeView> theirOffices = user.systemAdmin()
                    ? offices.findAll()
                    : theirCodes.stream()
                            .map(code ->
                                    office.filter(o -> o.code().equals(code)).or(() -> offices.find(code)))
                            .flatMap(Optional::stream)
                            .toList();
            request.setAttribute(
                    CURRENT_OFFICER,
                    officer(signedIn, office, today, positions, theirOffices),
                    RequestAttributes.SCOPE_REQUEST);
        }
        return signedIn;
    }

    /** The office a user starts in: the one they last worked in if still theirs, else their first. */
    String startingOffice(UserRepository.Credentials user) {
        return startingOffice(user, users.officesOf(user.username()));
    }

    private static String startingOffice(UserRepository.Credentials user, List<String> theirs) {
        if (user.lastOfficeCode() != null && (user.systemAdmin() || theirs.contains(user.lastOfficeCode()))) {
            return user.lastOfficeCode();
        }
        return theirs.isEmpty() ? null : theirs.getFirst();
    }

    /** The user signed in to another of their offices; remembered for their next login. */
    @Transactional
    public AlurUser switchOffice(String username, String officeCode) {
        var user = users.credentials(username).orElseThrow(() -> new UserNotFoundException(username));
        if (!user.systemAdmin() && !users.officesOf(username).contains(officeCode)) {
            throw new OfficeNotFoundException(officeCode);
        }
        office(officeCode);
        users.rememberOffice(username, officeCode);
        AlurUser signedIn = signedIn(user, officeCode);
        signedIn.eraseCredentials();
        return signedIn;
    }

    // ---- API tokens

    public List<ApiTokenView> apiTokens(String username) {
        return tokens.ofUser(username);
    }

    /** Issues a token to the user; the returned token is shown once and only its SHA-256 is kept. */
    @Transactional
    public IssuedApiToken issueApiToken(String username, String name) {
        long userId = users.idOf(username).orElseThrow(() -> new UserNotFoundException(username));
        var problems = new InputProblems();
        problems.check(name != null && !name.isBlank(), "name", "office.token.nameRequired");
        problems.check(name == null || name.trim().length() <= 100, "name", "office.tooLong", 100);
        problems.throwIfAny();
        String token = ApiTokens.newToken();
        long id = tokens.insert(userId, name.trim(), ApiTokens.sha256(token), token.substring(0, 12), actor());
        log.info("API token #{} issued to {} by {}", id, username, actor());
        return new IssuedApiToken(id, username, name.trim(), token);
    }

    @Transactional
    public void revokeApiToken(String username, long tokenId) {
        ApiTokenView token = tokens.find(tokenId)
                .filter(t -> t.username().equals(username))
                .orElseThrow(() -> new UserNotFoundException(username + " token #" + tokenId));
        tokens.revoke(token.id(), actor());
        log.info("API token #{} of {} revoked by {}", tokenId, username, actor());
    }

    static String actor() {
        return AlurUser.current().map(AlurUser::username).orElse("system");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
