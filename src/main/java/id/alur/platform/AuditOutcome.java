package id.alur.platform;

/** How a recorded action ended. */
public enum AuditOutcome {
    /** It happened (a page was shown, a change was saved, a sign-in succeeded). */
    DONE,
    /** The user was not allowed (answered 403, or a sign-in refused by the throttle). */
    REFUSED,
    /** A resource of another office (or none) was asked for and answered 404: a cross-office probe. */
    NOT_FOUND,
    /** It was tried and failed (a wrong password). */
    FAILED
}
