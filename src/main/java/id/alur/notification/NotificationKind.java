package id.alur.notification;

/** What a notification tells; each kind has its text (subject and body) per language, overridable per office. */
enum NotificationKind {
    /** A step landed in the lane of the officer: new in their inbox. */
    STEP_ARRIVED,
    /** A step came back to the officer's lane after a Tidak decision, with the reason. */
    STEP_RETURNED,
    /** A step passed its due time while open: told once to its holder (or its lane) and the office's head. */
    STEP_OVERDUE
}
