package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user signed in to an office: the {@link AlurUser} with the roles they have there (docs/security.md), built at
 * login, for an API token's request and when they switch office; and the {@link CurrentOfficer} they are in this
 * request, read once per request ({@link CurrentOfficerHolder}).
 */
@Service
@Transactional(readOnly = true)
class SignedInOfficers {

    private final Offices offices;
    private final Memberships memberships;
    private final MembershipRepository membershipRows;
    private final Delegations delegations;
    private final UserRepository users;
    private final ObjectProvider<CurrentOfficerHolder> holders;
    private final Clock clock;

    SignedInOfficers(
            Offices offices,
            Memberships memberships,
            MembershipRepository membershipRows,
            Delegations delegations,
            UserRepository users,
            ObjectProvider<CurrentOfficerHolder> holders,
            ObjectProvider<Clock> clock) {
        this.offices = offices;
        this.memberships = memberships;
        this.membershipRows = membershipRows;
        this.delegations = delegations;
        this.users = users;
        this.holders = holders;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * The signed-in user of this request as an officer of their current office. Reads without a transaction of its
     * own: on the second call of a request (and on every API call) it reads nothing.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    Optional<CurrentOfficer> current() {
        return AlurUser.current().map(user -> {
            CurrentOfficerHolder holder = holders.getIfAvailable();
            if (holder == null) {
                return officer(user);
            }
            return holder.kept(user).orElseGet(() -> holder.keep(officer(user)));
        });
    }

    /** The officer the user is in the office they work in now, read afresh. */
    CurrentOfficer officer(AlurUser user) {
        Optional<OfficeView> office = offices.find(user.officeCode());
        ZoneId zone = office.map(OfficeView::zone).orElse(user.zone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<PositionAssignment> positions =
                office.isEmpty() ? List.of() : delegations.actingPositions(user.username(), today);
        return officer(user, office, today, positions, memberships.officesOf(user.username()));
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
    AlurUser signedIn(Credentials user, @Nullable String officeCode) {
        Optional<OfficeView> office = offices.find(officeCode);
        List<PositionAssignment> positions = office.isEmpty()
                ? List.of()
                : delegations.actingPositions(user.username(), offices.today(office.get()));
        return signedIn(user, office, positions);
    }

    private AlurUser signedIn(Credentials user, Optional<OfficeView> office, List<PositionAssignment> positions) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (user.systemAdmin()) {
            roles.add(Role.ADMIN);
        }
        if (office.isPresent()) {
            String officeCode = office.get().code();
            if (membershipRows.administeredOffices(user.username()).contains(officeCode)) {
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
     * the rest of the request ({@link #current()}).
     */
    AlurUser signedInForRequest(Credentials user) {
        List<String> theirCodes = membershipRows.officesOf(user.username());
        Optional<OfficeView> office = offices.find(startingOffice(user, theirCodes));
        LocalDate today = office.map(offices::today).orElse(null);
        List<PositionAssignment> positions =
                office.isEmpty() ? List.of() : delegations.actingPositions(user.username(), today);
        AlurUser signedIn = signedIn(user, office, positions);
        CurrentOfficerHolder holder = holders.getIfAvailable();
        if (holder != null && office.isPresent()) {
            List<OfficeView> theirOffices = user.systemAdmin()
                    ? offices.all()
                    : theirCodes.stream()
                            .map(code ->
                                    office.filter(o -> o.code().equals(code)).or(() -> offices.find(code)))
                            .flatMap(Optional::stream)
                            .toList();
            holder.keep(officer(signedIn, office, today, positions, theirOffices));
        }
        return signedIn;
    }

    /** The office a user starts in: the one they last worked in if still theirs, else their first. */
    @Nullable
    String startingOffice(Credentials user) {
        return startingOffice(user, membershipRows.officesOf(user.username()));
    }

    private static @Nullable String startingOffice(Credentials user, List<String> theirs) {
        String last = user.lastOfficeCode();
        if (last != null && (user.systemAdmin() || theirs.contains(last))) {
            return last;
        }
        return theirs.isEmpty() ? null : theirs.getFirst();
    }

    /** The user signed in to another of their offices; remembered for their next login. */
    @Transactional
    AlurUser switchOffice(String username, String officeCode) {
        var user = users.credentials(username).orElseThrow(() -> new UserNotFoundException(username));
        if (!user.systemAdmin() && !membershipRows.officesOf(username).contains(officeCode)) {
            throw new OfficeNotFoundException(officeCode);
        }
        offices.office(officeCode);
        users.rememberOffice(username, officeCode);
        AlurUser signedIn = signedIn(user, officeCode);
        signedIn.eraseCredentials();
        return signedIn;
    }
}
