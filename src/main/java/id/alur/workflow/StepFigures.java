package id.alur.workflow;

import org.jspecify.annotations.Nullable;

/**
 * Mutu Baku figures of a group of closed steps, from the working time stored on each step when it closed (the same
 * figure the case timeline shows).
 *
 * @param key what the group is: the activity number (STEP), the position code (POSITION), the username (OFFICER) or
 *     the month "2026-03" (MONTH)
 * @param label the activity's name, the position code, the officer's name, or the month again
 * @param sopVersionId the SOP version for STEP, else 0 (a position or officer works on several versions)
 * @param laneKind whose time it is; for STEP the activity's lane, else always {@code POSITION}
 * @param standardText the Mutu Baku as written (STEP only)
 * @param medianSeconds median working time (interpolated between the two middle steps of an even count)
 * @param p90Seconds the 90th percentile of working time (interpolated, SQL {@code percentile_cont})
 * @param judged steps that had a standard time, so a verdict
 * @param withinStandard of those, the steps closed at or before their due time
 */
public record StepFigures(
        String key,
        String label,
        long sopVersionId,
        @Nullable String sopCode,
        LaneKind laneKind,
        @Nullable String standardText,
        long steps,
        double medianSeconds,
        double p90Seconds,
        long judged,
        long withinStandard) {

    /** The share of judged steps within the standard, 0..1; {@code null} when no step had a standard. */
    public @Nullable Double shareWithinStandard() {
        return judged == 0 ? null : (double) withinStandard / judged;
    }

    public long late() {
        return judged - withinStandard;
    }
}
