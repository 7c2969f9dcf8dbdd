package id.alur.workflow;

/**
 * How {@link WorkflowFigures#stepFigures} groups closed steps. {@code STEP} covers every lane (the applicant's and an
 * outside party's steps on their own rows, their {@link StepFigures#laneKind()} says whose time it is); the others
 * count the office's own steps only, since time in other hands is never charged to the office.
 */
public enum StepGrouping {
    /** Per SOP version and activity. */
    STEP,
    /** Per position (SOP lane) of the office. */
    POSITION,
    /** Per officer who closed the step. */
    OFFICER,
    /** Per calendar month (office's zone) the step closed in. */
    MONTH
}
