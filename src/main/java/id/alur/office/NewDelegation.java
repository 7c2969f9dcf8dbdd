package id.alur.office;

import java.time.LocalDate;

/**
 * A Plh/Plt to create: {@code standInUsername} acts in the position for {@code holderUsername} (empty for a Plt of
 * a vacant position) from {@code startsOn} through {@code endsOn}.
 */
public record NewDelegation(
        String officeCode,
        String positionCode,
        String holderUsername,
        String standInUsername,
        DelegationKind kind,
        LocalDate startsOn,
        LocalDate endsOn,
        String reason) {}
