package id.alur.office;

import id.alur.platform.ConcurrentChangeException;
import id.alur.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The office module's facade for the other modules: offices and their positions (the SOP lanes), users, who holds
 * which position, delegations (Plh/Plt) and which positions a user may act in on a day, API tokens, and the
 * signed-in officer. The administration screens of this module use the collaborators behind it. Every change is one
 * transaction; bad input throws {@link InvalidInputException} naming the field, a stale version
 * {@link ConcurrentChangeException}. Authorization (who may call what) is the callers' job, with
 * {@link ResourceOfficeGuard}.
 */
@Service
public class OfficeService {

    private final Offices offices;
    private final UserAccounts users;
    private final Memberships memberships;
    private final Delegations delegations;
    private final ApiTokens tokens;
    private final SignedInOfficers signedIn;

    OfficeService(
            Offices offices,
            UserAccounts users,
            Memberships memberships,
            Delegations delegations,
            ApiTokens tokens,
            SignedInOfficers signedIn) {
        this.offices = offices;
        this.users = users;
        this.memberships = memberships;
        this.delegations = delegations;
        this.tokens = tokens;
        this.signedIn = signedIn;
    }

    /** Every office, by code: for the jobs that go through all of them (the daily digest of late cases). */
    public List<OfficeView> offices() {
        return offices.all();
    }

    public Optional<OfficeView> findOffice(@Nullable String code) {
        return offices.find(code);
    }

    /** @throws OfficeNotFoundException when there is no such office */
    public OfficeView office(@Nullable String code) {
        return offices.office(code);
    }

    /**
     * Today in the office's time zone.
     *
     * @throws OfficeNotFoundException when there is no such office
     */
    public LocalDate today(String officeCode) {
        return offices.today(offices.office(officeCode));
    }

    /** Creates an office; {@code code} is its lasting name, e.g. {@code dinsos-kaltara}. */
    public OfficeView createOffice(@Nullable String code, OfficeDetails details) {
        return offices.create(code, details);
    }

    /**
     * The office's positions, highest first.
     *
     * @throws OfficeNotFoundException when there is no such office
     */
    public List<PositionView> positions(String officeCode) {
        return offices.positions(officeCode);
    }

    public Optional<PositionView> findPosition(String officeCode, String positionCode) {
        return offices.findPosition(officeCode, positionCode);
    }

    /** @throws PositionNotFoundException when the office has no such position */
    public PositionView position(String officeCode, String positionCode) {
        return offices.position(officeCode, positionCode);
    }

    /** Creates a position; {@code code} is the SOP lane (actor id) it acts in. */
    public PositionView createPosition(String officeCode, @Nullable String code, PositionDetails details) {
        return offices.createPosition(officeCode, code, details);
    }

    public Optional<UserView> findUser(@Nullable String username) {
        return users.find(username);
    }

    /**
     * The full names of these users as the office keeps them now, by username, read at once: for lists that name many
     * officers (who holds each step); a username that is no user is not in the map.
     */
    public java.util.Map<String, String> fullNames(java.util.Collection<String> usernames) {
        return users.fullNames(usernames);
    }

    /** @throws UserNotFoundException when there is no such user */
    public UserView user(String username) {
        return users.user(username);
    }

    /** Creates an enabled user with a first password, holding no position yet. */
    public UserView createUser(@Nullable String username, UserProfile profile, @Nullable String password) {
        return users.create(username, profile, password);
    }

    /** Makes the user a holder of the position (nothing changes when they hold it already). */
    public MembershipView addMembership(String username, String officeCode, @Nullable String positionCode) {
        return memberships.add(username, officeCode, positionCode);
    }

    public void grantOfficeAdmin(String username, String officeCode) {
        memberships.grantOfficeAdmin(username, officeCode);
    }

    /** @throws InvalidInputException when the signed-in user would take the right from themselves */
    public UserView setSystemAdmin(String username, boolean admin) {
        return users.setSystemAdmin(username, admin);
    }

    /**
     * The enabled users who may act in the position on the day, each once: its holders and the stand-ins (Plh/Plt) of
     * the delegations valid that day. The notification module tells them what lands in the lane.
     *
     * @throws OfficeNotFoundException when there is no such office
     */
    public List<UserView> actingIn(String officeCode, String positionCode, LocalDate on) {
        var usernames = new LinkedHashSet<String>();
        memberships.ofOffice(officeCode).stream()
                .filter(m -> m.positionCode().equals(positionCode))
                .forEach(m -> usernames.add(m.username()));
        delegations.ofOffice(officeCode, on).stream()
                .filter(d -> d.positionCode().equals(positionCode) && d.validOn(on))
                .forEach(d -> usernames.add(d.standInUsername()));
        return usernames.stream()
                .map(users::find)
                .flatMap(Optional::stream)
                .filter(UserView::enabled)
                .toList();
    }

    /**
     * Creates a Plh/Plt under the rules of SE Kepala BKN 1/SE/I/2021 ({@code DelegationRules}).
     *
     * @throws InvalidInputException naming the field of every rule broken
     */
    public DelegationView delegate(NewDelegation request) {
        return delegations.delegate(request);
    }

    /**
     * The positions the user may act in on the day: their own memberships and the delegations valid that day, each
     * saying for whom. Empty for a disabled or unknown user.
     */
    public List<PositionAssignment> actingPositions(String username, LocalDate on) {
        return delegations.actingPositions(username, on);
    }

    /** Issues an API token to the user; the returned token is shown once and only its SHA-256 is kept. */
    public IssuedApiToken issueApiToken(String username, @Nullable String name) {
        return tokens.issue(username, name);
    }

    /**
     * The signed-in user of this request as an officer of their current office, read once per request (controllers
     * take it as a parameter instead: {@code String inbox(CurrentOfficer officer)}).
     */
    public Optional<CurrentOfficer> currentOfficer() {
        return signedIn.current();
    }

    /**
     * Whether the signed-in officer heads this office today: holds, in their own right or as Plh/Plt, a position of its
     * first rank (Kepala Dinas, Kepala Kantor; outside parties are never heads). One rule for every module that shows
     * the head something others do not see (the reports, the SOP section to read).
     */
    public boolean currentOfficerHeads(String officeCode) {
        var officer = currentOfficer().filter(o -> officeCode.equals(o.officeCode()));
        if (officer.isEmpty()) {
            return false;
        }
        int first = positions(officeCode).stream()
                .filter(p -> !p.outsideParty())
                .mapToInt(PositionView::rankOrder)
                .min()
                .orElse(Integer.MAX_VALUE);
        return officer.get().positions().stream()
                .anyMatch(p -> p.officeCode().equals(officeCode) && p.rankOrder() == first && !p.outsideParty());
    }
}
