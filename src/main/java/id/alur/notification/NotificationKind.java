package id.alur.notification;

import java.util.List;

/** What a notification tells; each kind has its text (subject and body) per language, overridable per office. */
enum NotificationKind {
    /** A step landed in the lane of the officer: new in their inbox. */
    STEP_ARRIVED,
    /** A step came back to the officer's lane after a Tidak decision, with the reason. */
    STEP_RETURNED,
    /** A step passed its due time while open: told once to its holder (or its lane) and the office's head. */
    STEP_OVERDUE,
    /** To the applicant: the application was received, with its tracking number and the public status page. */
    APPLICANT_RECEIVED,
    /** To the applicant: the papers were returned for completion, with what is missing. */
    APPLICANT_RETURNED,
    /** To the applicant: the application was refused, with the reason. */
    APPLICANT_REFUSED,
    /** To the applicant: the result is ready to collect at the front desk. */
    APPLICANT_READY,
    /** To the front desk: an outside party recorded its result itself, with the reference and date. */
    OUTSIDE_RESULT,
    /** To the office's head, once per working day when cases are late: the day's list of late cases. */
    LATE_DIGEST;

    /** The kinds a user chooses channels for on the profile page (the applicant's have no account). */
    static final List<NotificationKind> FOR_USERS =
            List.of(STEP_ARRIVED, STEP_RETURNED, STEP_OVERDUE, OUTSIDE_RESULT, LATE_DIGEST);
}
