package id.alur.office;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.ConcurrentChangeException;
import id.alur.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegations (Plh/Plt): made under {@link DelegationRules}, ended early, listed; and the positions a user acts in
 * on a day because of them.
 */
@Service
@Transactional(readOnly = true)
class Delegations {

    private static final Logger log = LoggerFactory.getLogger(Delegations.class);

    private final DelegationRepository delegations;
    private final Offices offices;
    private final OfficeRepository officeRows;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final AuditTrail audit;

    Delegations(
            DelegationRepository delegations,
            Offices offices,
            OfficeRepository officeRows,
            UserRepository users,
            MembershipRepository memberships,
            AuditTrail audit) {
        this.audit = audit;
        this.delegations = delegations;
        this.offices = offices;
        this.officeRows = officeRows;
        this.users = users;
        this.memberships = memberships;
    }

    /** The office's delegations that have not ended before {@code since}, soonest first. */
    List<DelegationView> ofOffice(String officeCode, LocalDate since) {
        offices.office(officeCode);
        return delegations.ofOffice(officeCode, since);
    }

    /** @throws DelegationNotFoundException when there is no such delegation */
    DelegationView delegation(DelegationId id) {
        return delegations.find(id.value()).orElseThrow(() -> new DelegationNotFoundException("#" + id.value()));
    }

    /** Creates a Plh/Plt that keeps {@link DelegationRules}; bad input names every field that breaks one. */
    @Transactional
    DelegationView delegate(NewDelegation request) {
        OfficeView office = offices.office(request.officeCode());
        String positionCode = Entered.text(request.positionCode());
        Optional<PositionView> position =
                positionCode == null ? Optional.empty() : officeRows.position(office.code(), positionCode);
        Optional<Long> positionId = position.flatMap(p -> officeRows.positionId(office.code(), p.code()));
        String holder = Entered.text(request.holderUsername());
        Optional<Long> holderId = holder == null ? Optional.empty() : users.idOf(holder);
        String standIn = Entered.text(request.standInUsername());
        Optional<UserView> standInUser = standIn == null ? Optional.empty() : users.find(standIn);
        boolean overlaps = positionId.isPresent()
                && (holder == null || holderId.isPresent())
                && request.startsOn() != null
                && request.endsOn() != null
                && !request.endsOn().isBefore(request.startsOn())
                && delegations.overlaps(positionId.get(), holderId.orElse(null), request.startsOn(), request.endsOn());
        DelegationRules.check(
                request,
                new DelegationRules.Facts(
                        offices.today(office),
                        position.orElse(null),
                        holderId.isPresent(),
                        holder != null
                                && position.isPresent()
                                && memberships.holds(
                                        holder, office.code(), position.get().code()),
                        standInUser.orElse(null),
                        standIn != null && memberships.officesOf(standIn).contains(office.code()),
                        overlaps));
        var delegation = new NewDelegation(
                office.code(),
                positionCode,
                holder,
                standIn,
                request.kind(),
                request.startsOn(),
                request.endsOn(),
                request.reason().trim());
        long id = delegations.insert(
                positionId.orElseThrow(),
                holderId.orElse(null),
                users.idOf(standInUser.orElseThrow().username()).orElseThrow(),
                delegation,
                Changes.by());
        log.info(
                "{} {} for {} in {}/{} from {} to {} (by {})",
                request.kind(),
                standIn,
                holder,
                office.code(),
                positionCode,
                request.startsOn(),
                request.endsOn(),
                Changes.by());
        audit.record(AuditEvent.of("delegation.created")
                .about("delegation", id)
                .inOffice(office.code())
                .detail(request.kind() + " " + standIn + " for " + positionCode + " " + request.startsOn() + ".."
                        + request.endsOn()));
        return delegation(new DelegationId(id));
    }

    /**
     * Ends a delegation early: from {@code from} on, the stand-in no longer acts (when {@code from} is on or before
     * its first day, it never takes effect).
     *
     * @throws InvalidInputException when it has ended already
     * @throws ConcurrentChangeException when it was changed meanwhile
     */
    @Transactional
    DelegationView endEarly(DelegationId id, LocalDate from) {
        DelegationView delegation = delegation(id);
        DelegationRules.checkEndEarly(delegation, from);
        if (delegations.endEarly(id.value(), from, delegation.version(), Changes.by()) == 0) {
            throw new ConcurrentChangeException("office.delegation.changedMeanwhile", null, null, delegation(id));
        }
        log.info("Delegation #{} ended from {} (by {})", id.value(), from, Changes.by());
        audit.record(AuditEvent.of("delegation.ended-early")
                .about("delegation", id.value())
                .inOffice(delegation.officeCode())
                .detail("from " + from));
        return delegation(id);
    }

    /**
     * The positions the user may act in on the day: their own memberships and the delegations valid that day, each
     * saying for whom. Empty for a disabled or unknown user. Read on every request
     * ({@link SignedInOfficers#current()}): no transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    List<PositionAssignment> actingPositions(String username, LocalDate on) {
        DelegationRepository.Held held = delegations.held(username, on);
        return DelegationRules.acting(held.own(), held.delegated());
    }
}
