package id.alur.office;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A Plh/Plt: {@code standIn} acts in the position (for {@code holder}, who is away; no holder for a Plt of a
 * vacant position) from {@code startsOn} through {@code endsOn}, unless ended early: then {@code endedOn} is the
 * first day the stand-in no longer acts.
 */
public record DelegationView(
        DelegationId id,
        String officeCode,
        String positionCode,
        String positionTitle,
        @Nullable String holderUsername,
        @Nullable String holderName,
        String standInUsername,
        String standInName,
        DelegationKind kind,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable LocalDate endedOn,
        String reason,
        int version) {

    /** Whether the stand-in acts on that day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn) && (endedOn == null || day.isBefore(endedOn));
    }

    /** The last day the stand-in acts (before {@code startsOn} when it was ended before it began). */
    public LocalDate lastDay() {
        return endedOn != null && !endedOn.isAfter(endsOn) ? endedOn.minusDays(1) : endsOn;
    }

    /** Whether it still has days to come or today, so it can be ended early. */
    public boolean endableOn(LocalDate today) {
        return endedOn == null && !endsOn.isBefore(today);
    }
}
