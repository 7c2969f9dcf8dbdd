package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The first integration API: who the token's user is, and the offices and positions they may see. */
@RestController
@RequestMapping("/api")
@Tag(name = "Offices", description = "Offices, positions and the caller")
class OfficeApiController {

    /** The caller: the positions they may act in today, own and by delegation. */
    record Me(
            String username,
            String fullName,
            String officeCode,
            Set<Role> roles,
            LocalDate today,
            List<PositionAssignment> positions) {}

    /** An office with its positions (the SOP lanes), highest first. */
    record OfficeDocument(
            String code, String name, OfficeKind kind, String address, ZoneId zone, List<PositionView> positions) {}

    private final Offices offices;
    private final SignedInOfficers signedIn;
    private final ResourceOfficeGuard guard;

    OfficeApiController(Offices offices, SignedInOfficers signedIn, ResourceOfficeGuard guard) {
        this.offices = offices;
        this.signedIn = signedIn;
        this.guard = guard;
    }

    @GetMapping("/me")
    @Operation(summary = "The token's user in their current office")
    Me me() {
        CurrentOfficer officer = signedIn.current().orElseThrow();
        return new Me(
                officer.username(),
                officer.fullName(),
                officer.officeCode(),
                officer.roles(),
                officer.today(),
                officer.positions());
    }

    @GetMapping("/offices")
    @Operation(summary = "Offices the caller may see: all for a system administrator, else their current office")
    List<OfficeView> offices() {
        AlurUser user = AlurUser.current().orElseThrow();
        if (user.hasRole(Role.ADMIN)) {
            return offices.all();
        }
        return offices.find(user.officeCode()).stream().toList();
    }

    @GetMapping("/offices/{code}")
    @Operation(summary = "One office with its positions; another office than the caller's answers 404")
    OfficeDocument office(@PathVariable String code) {
        AlurUser user = AlurUser.current().orElseThrow();
        if (!user.hasRole(Role.ADMIN)) {
            guard.requireOwnOffice(code, "office " + code);
        }
        OfficeView office = offices.office(code);
        return new OfficeDocument(
                office.code(), office.name(), office.kind(), office.address(), office.zone(), offices.positions(code));
    }
}
