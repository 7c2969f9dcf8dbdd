package id.alur.office;

import id.alur.platform.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user in the office they work in now: the positions they may act in today (in the office's time
 * zone), including delegations, and the offices they may switch to. Controllers receive it as a method argument
 * ({@code String inbox(CurrentOfficer officer)}); every page's model has it as {@code currentOfficer}.
 */
public record CurrentOfficer(
        String username,
        String fullName,
        @Nullable String officeCode,
        @Nullable String officeName,
        ZoneId zone,
        LocalDate today,
        List<PositionAssignment> positions,
        List<OfficeView> offices,
        Set<Role> roles) {

    /** The codes (SOP lanes) of the positions held today, own and delegated: what the inbox shows. */
    public Set<String> positionCodes() {
        return positions.stream().map(PositionAssignment::positionCode).collect(Collectors.toUnmodifiableSet());
    }

    /** "Kepala Bidang, Plh Kepala Dinas". */
    public String positionSummary() {
        return positions.stream().map(PositionAssignment::displayTitle).collect(Collectors.joining(", "));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean atFrontDesk() {
        return positions.stream().anyMatch(PositionAssignment::frontDesk);
    }
}
