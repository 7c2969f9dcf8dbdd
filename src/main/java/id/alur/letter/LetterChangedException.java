package id.alur.letter;

import id.alur.platform.ConcurrentChangeException;
import java.time.Instant;

/**
 * Someone else changed the same letter, setting or letterhead first (optimistic locking): a 409 that says who and
 * when, so the user reloads the fresh state and nothing is lost silently.
 */
public class LetterChangedException extends ConcurrentChangeException {

    public LetterChangedException(String what, String changedBy, Instant changedAt, Object current) {
        super("letter.changed", changedBy, changedAt, current);
    }
}
