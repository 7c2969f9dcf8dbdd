package id.alur.workflow;

/**
 * The office's cases of one service (SOP code, every version together) in a period, for the monthly recap: received
 * (started) in it, ended in it by their end, and still running at its end.
 *
 * @param withdrawn cancelled by the office or withdrawn by the applicant
 * @param runningAtEnd started by the period's end and not ended by then
 */
public record ServiceCounts(
        String sopCode,
        String sopName,
        long received,
        long finished,
        long refused,
        long withdrawn,
        long runningAtEnd) {}
