package id.alur.workflow;

import org.jspecify.annotations.Nullable;

/**
 * An activity of an SOP version with its Mutu Baku, for reports that list every step of a version whether or not a
 * case has passed it.
 *
 * @param standardSeconds the standard in working seconds (a day is 7.5 working hours), or {@code null} without one
 */
public record ActivityStandard(
        int number,
        String name,
        String positionCode,
        LaneKind laneKind,
        @Nullable String standardText,
        @Nullable Long standardSeconds) {}
