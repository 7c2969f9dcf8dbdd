package id.alur.workflow;

/**
 * The working time a case has spent in each party's hands, in seconds: the office's own steps, the applicant's (papers
 * returned, the applicant's lane) and an outside party's (DESIGN.md §3: time not in the office's hands is shown on
 * its own clock).
 */
record Clocks(long office, long applicant, long outside) {

    /** The clocks with {@code seconds} more charged to the party of {@code lane}. */
    Clocks plus(LaneKind lane, long seconds) {
        return switch (lane) {
            case POSITION -> new Clocks(office + seconds, applicant, outside);
            case APPLICANT -> new Clocks(office, applicant + seconds, outside);
            case OUTSIDE_PARTY -> new Clocks(office, applicant, outside + seconds);
        };
    }
}
