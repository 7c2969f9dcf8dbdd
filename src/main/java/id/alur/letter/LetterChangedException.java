package id.alur.letter;

import java.time.Instant;

/**
 * Someone else changed the same letter, setting or letterhead first (optimistic locking): a 409 that says who and
 * when, so the user reloads the fresh state and nothing is lost silently.
 */
public class LetterChangedException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public LetterChangedException(String what, String changedBy, Instant changedAt) {
        super(what + " was changed by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The key in {@code i18n/letter.properties} of the message for the user. */
    public String messageKey() {
        return "letter.changed";
    }
}
