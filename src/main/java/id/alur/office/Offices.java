package id.alur.office;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblems;
import id.alur.platform.OfficeZones;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Offices and their positions (the SOP lanes): looked up, created and changed, with the input checked. */
@Service
@Transactional(readOnly = true)
class Offices {

    private static final Logger log = LoggerFactory.getLogger(Offices.class);

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    static final Pattern POSITION_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final OfficeRepository offices;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final AuditTrail audit;

    Offices(OfficeRepository offices, ObjectProvider<Clock> clock, ApplicationEventPublisher events, AuditTrail audit) {
        this.audit = audit;
        this.offices = offices;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.events = events;
    }

    List<OfficeView> all() {
        return offices.findAll();
    }

    /** Read on every request ({@link SignedInOfficers#current()}): no transaction of its own. */
    @Transactional(propagation = Propagation.SUPPORTS)
    Optional<OfficeView> find(@Nullable String code) {
        return code == null ? Optional.empty() : offices.find(code);
    }

    /** @throws OfficeNotFoundException when there is no such office */
    OfficeView office(@Nullable String code) {
        return find(code).orElseThrow(() -> new OfficeNotFoundException(code));
    }

    /** Today in the office's time zone. */
    LocalDate today(OfficeView office) {
        return LocalDate.now(clock.withZone(office.zone()));
    }

    @Transactional
    OfficeView create(@Nullable String code, OfficeDetails details) {
        var problems = new InputProblems();
        String normalized = code == null ? "" : code.trim();
        if (problems.check(CODE.matcher(normalized).matches(), "code", "office.office.codeInvalid")) {
            problems.check(offices.find(normalized).isEmpty(), "code", "office.office.codeTaken", normalized);
        }
        ZoneId zone = checkOffice(details, problems);
        problems.throwIfAny();
        offices.insert(normalized, entered(details), zone, Changes.by());
        audit.record(AuditEvent.of("office.created").about("office", normalized).inOffice(normalized));
        log.info("Office {} created by {}", normalized, Changes.by());
        events.publishEvent(new OfficeCreated(normalized, Changes.by()));
        return office(normalized);
    }

    @Transactional
    OfficeView update(String code, OfficeDetails details, int version) {
        office(code);
        var problems = new InputProblems();
        ZoneId zone = checkOffice(details, problems);
        problems.throwIfAny();
        offices.update(code, entered(details), zone, version, Changes.by());
        audit.record(AuditEvent.of("office.updated").about("office", code).inOffice(code));
        return office(code);
    }

    private static @Nullable ZoneId checkOffice(OfficeDetails details, InputProblems problems) {
        String name = details.name();
        problems.check(name != null && !name.isBlank(), "name", "office.office.nameRequired");
        problems.check(name == null || name.trim().length() <= 200, "name", "office.tooLong", 200);
        problems.check(details.kind() != null, "kind", "office.office.kindRequired");
        String address = details.address();
        problems.check(address == null || address.trim().length() <= 500, "address", "office.tooLong", 500);
        String zoneId = details.zoneId();
        try {
            if (zoneId != null && !zoneId.isBlank()) {
                ZoneId zone = ZoneId.of(zoneId.trim());
                if (OfficeZones.INDONESIAN.contains(zone)) {
                    return zone;
                }
            }
        } catch (DateTimeException e) {
            // reported below
        }
        problems.add("zoneId", "office.office.zoneInvalid");
        return null;
    }

    private static OfficeDetails entered(OfficeDetails details) {
        return new OfficeDetails(
                details.name().trim(), details.kind(), Entered.text(details.address()), details.zoneId());
    }

    /** The office's positions, highest first. */
    List<PositionView> positions(String officeCode) {
        office(officeCode);
        return offices.positions(officeCode);
    }

    Optional<PositionView> findPosition(String officeCode, String positionCode) {
        return offices.position(officeCode, positionCode);
    }

    /** @throws PositionNotFoundException when the office has no such position */
    PositionView position(String officeCode, String positionCode) {
        return offices.position(officeCode, positionCode)
                .orElseThrow(() -> new PositionNotFoundException(officeCode + "/" + positionCode));
    }

    @Transactional
    PositionView createPosition(String officeCode, @Nullable String code, PositionDetails details) {
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
        offices.insertPosition(officeId, normalized, entered(details), Changes.by());
        audit.record(AuditEvent.of("position.created")
                .about("position", officeCode + "/" + normalized)
                .inOffice(officeCode));
        return position(officeCode, normalized);
    }

    @Transactional
    PositionView updatePosition(String officeCode, String code, PositionDetails details, int version) {
        position(officeCode, code);
        var problems = new InputProblems();
        checkPosition(details, problems);
        problems.throwIfAny();
        offices.updatePosition(officeCode, code, entered(details), version, Changes.by());
        audit.record(AuditEvent.of("position.updated")
                .about("position", officeCode + "/" + code)
                .inOffice(officeCode));
        return position(officeCode, code);
    }

    private static void checkPosition(PositionDetails details, InputProblems problems) {
        String title = details.title();
        Integer rank = details.rankOrder();
        problems.check(title != null && !title.isBlank(), "title", "office.position.titleRequired");
        problems.check(title == null || title.trim().length() <= 200, "title", "office.tooLong", 200);
        problems.check(rank != null && rank >= 1 && rank <= 999, "rankOrder", "office.position.rankInvalid");
        problems.check(
                !(details.frontDesk() && details.outsideParty()), "outsideParty", "office.position.frontDeskOutside");
    }

    private static PositionDetails entered(PositionDetails details) {
        return new PositionDetails(
                details.title().trim(), details.rankOrder(), details.frontDesk(), details.outsideParty());
    }
}
