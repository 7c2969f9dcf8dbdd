package id.alur.office;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which position of an office (membership) and who administers which office, and so which offices a user
 * may work in.
 */
@Service
@Transactional(readOnly = true)
class Memberships {

    private static final Logger log = LoggerFactory.getLogger(Memberships.class);

    private final MembershipRepository memberships;
    private final UserRepository users;
    private final OfficeRepository offices;

    private final AuditTrail audit;

    Memberships(MembershipRepository memberships, UserRepository users, OfficeRepository offices, AuditTrail audit) {
        this.audit = audit;
        this.memberships = memberships;
        this.users = users;
        this.offices = offices;
    }

    List<MembershipView> ofUser(String username) {
        return memberships.ofUser(username);
    }

    List<MembershipView> ofOffice(String officeCode) {
        return memberships.ofOffice(officeCode);
    }

    @Transactional
    MembershipView add(String username, String officeCode, @Nullable String positionCode) {
        long userId = userId(username);
        if (positionCode == null || positionCode.isBlank()) {
            throw new InvalidInputException("positionCode", "office.membership.positionRequired");
        }
        long positionId = offices.positionId(officeCode, positionCode)
                .orElseThrow(() -> new InvalidInputException("positionCode", "office.membership.positionUnknown"));
        memberships.add(userId, positionId, Changes.by());
        record("membership.added", username, officeCode, positionCode);
        log.info("{} now holds {}/{} (by {})", username, officeCode, positionCode, Changes.by());
        return memberships.ofUser(username).stream()
                .filter(m ->
                        m.officeCode().equals(officeCode) && m.positionCode().equals(positionCode))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    void remove(String username, String officeCode, String positionCode) {
        long userId = userId(username);
        long positionId = offices.positionId(officeCode, positionCode)
                .orElseThrow(() -> new PositionNotFoundException(officeCode + "/" + positionCode));
        if (memberships.remove(userId, positionId) == 0) {
            throw new PositionNotFoundException(username + " in " + officeCode + "/" + positionCode);
        }
        record("membership.removed", username, officeCode, positionCode);
        log.info("{} no longer holds {}/{} (by {})", username, officeCode, positionCode, Changes.by());
    }

    /** The codes of the offices the user administers. */
    List<String> administeredOffices(String username) {
        return memberships.administeredOffices(username);
    }

    @Transactional
    void grantOfficeAdmin(String username, String officeCode) {
        memberships.grantOfficeAdmin(userId(username), officeId(officeCode), Changes.by());
        record("membership.office-admin-granted", username, officeCode, null);
    }

    @Transactional
    void revokeOfficeAdmin(String username, String officeCode) {
        memberships.revokeOfficeAdmin(userId(username), officeId(officeCode));
        record("membership.office-admin-revoked", username, officeCode, null);
    }

    /** A change of who holds what, on the audit trail in the change's transaction, under the office concerned. */
    private void record(String action, String username, String officeCode, @Nullable String positionCode) {
        audit.record(AuditEvent.of(action)
                .about("user", username)
                .inOffice(officeCode)
                .detail(positionCode == null ? null : "position " + positionCode));
    }

    /**
     * Offices the user may work in: where they hold a position or administer (a system admin: every office). Read on
     * every page request ({@link SignedInOfficers#current()}): no transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    List<OfficeView> officesOf(String username) {
        UserView user = users.find(username).orElseThrow(() -> new UserNotFoundException(username));
        if (user.systemAdmin()) {
            return offices.findAll();
        }
        return memberships.officesOf(username).stream()
                .map(offices::find)
                .flatMap(Optional::stream)
                .toList();
    }

    private long userId(String username) {
        return users.idOf(username).orElseThrow(() -> new UserNotFoundException(username));
    }

    private long officeId(String officeCode) {
        return offices.idOf(officeCode).orElseThrow(() -> new OfficeNotFoundException(officeCode));
    }
}
