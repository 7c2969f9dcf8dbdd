package id.alur.workflow;

/**
 * The office's open steps of one activity of an SOP version now: where its running cases stand (issue 13 item 5).
 *
 * @param open the open steps (waiting in an inbox or held by an officer)
 * @param overdue of those, the steps past their due time
 */
public record OpenSteps(
        long sopVersionId,
        String sopCode,
        int activityNumber,
        String activityName,
        String positionCode,
        LaneKind laneKind,
        long open,
        long overdue) {}
