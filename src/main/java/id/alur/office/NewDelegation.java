package id.alur.office;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A Plh/Plt to create: {@code standInUsername} acts in the position for {@code holderUsername} (empty for a Plt of
 * a vacant position) from {@code startsOn} through {@code endsOn}.
 */
public record NewDelegation(
        String officeCode,
        @Nullable String positionCode,
        @Nullable String holderUsername,
        @Nullable String standInUsername,
        @Nullable DelegationKind kind,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable String reason) {}
