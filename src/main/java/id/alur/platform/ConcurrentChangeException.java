package id.alur.platform;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Someone else changed or took the same thing first (optimistic locking found another version). Answered with
 * status 409, saying who and when, with the fresh state for the API; nothing of the losing request was written.
 */
public class ConcurrentChangeException extends AlurException {

    private final @Nullable String changedBy;
    private final @Nullable Instant changedAt;
    private final transient @Nullable Object current;

    /**
     * @param messageKey what could not be done, e.g. {@code office.user.changedMeanwhile}
     * @param changedBy the display name or username of who changed it, or {@code null} when unknown
     * @param changedAt when it was changed, or {@code null} when unknown
     * @param current the fresh state (a view record), or {@code null}
     */
    public ConcurrentChangeException(
            String messageKey, @Nullable String changedBy, @Nullable Instant changedAt, @Nullable Object current) {
        super("Changed meanwhile by " + changedBy + " at " + changedAt + " (" + messageKey + ")", messageKey);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.current = current;
    }

    public @Nullable String changedBy() {
        return changedBy;
    }

    public @Nullable Instant changedAt() {
        return changedAt;
    }

    public @Nullable Object current() {
        return current;
    }
}
