package id.alur.workflow;

/**
 * Whole finished cases of one SOP version against the SOP's total: the office's working time per case beside the
 * total of the Mutu Baku of the office's own activities; the applicant's and outside parties' time on their own
 * clocks.
 *
 * @param officeTotalSeconds the SOP's total over the office's activities in working seconds (a day is a working day
 *     of 7.5 hours, Perpres 21/2023); 0 when no office activity has a standard
 * @param totalText the SOP's total as the form prints it, over every activity ("26 Jam 15 Menit")
 * @param withinTotal cases whose office time is at most {@code officeTotalSeconds}
 */
public record CaseFigures(
        long sopVersionId,
        String sopCode,
        String sopName,
        long officeTotalSeconds,
        String totalText,
        long cases,
        double medianOfficeSeconds,
        double p90OfficeSeconds,
        double medianApplicantSeconds,
        double medianOutsideSeconds,
        long withinTotal) {

    public double shareWithinTotal() {
        return cases == 0 ? 0 : (double) withinTotal / cases;
    }
}
