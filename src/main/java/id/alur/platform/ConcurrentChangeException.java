package id.alur.platform;

import java.time.Instant;

/**
 * Someone else changed or took the same thing first (optimistic locking found another version). Answered with
 * status 409, saying who and when, with the fresh state for the API; nothing of the losing request was written.
 */
public class ConcurrentChangeException extends AlurException {

    private final String changedBy;
    private final Instant changedAt;
    private final transient Object current;

    /**
     * @param messageKey what could not be done, e.g. {@code office.user.changedMeanwhile}
     * @param changedBy the display name or username of who changed it, or {@code null} when unknown
     * @param changedAt when it was changed, or {@code null} when unknown
     * @param current the fresh state (a view record), or {@code null}
     */
    public ConcurrentChangeException(String messageKey, String changedBy, Instant changedAt, Object current) {
        super("Changed meanwhile by " + changedBy + " at " + changedAt + " (" + messageKey + ")", messageKey);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.current = current;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Object current() {
        return current;
    }
}
