package id.alur.letter;

import id.alur.platform.ConcurrentChangeException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Someone else changed the same letter, setting or letterhead first (optimistic locking): a 409 that says who and
 * when, so the user reloads the fresh state and nothing is lost silently.
 */
public class LetterChangedException extends ConcurrentChangeException {

    private final String what;

    /**
     * @param what what changed, for the log (e.g. {@code letter 12}); the user is told by {@code letter.changed}
     * @param current the fresh state, or {@code null} when there is none to show
     */
    public LetterChangedException(
            String what, @Nullable String changedBy, @Nullable Instant changedAt, @Nullable Object current) {
        super("letter.changed", changedBy, changedAt, current);
        this.what = what;
    }

    @Override
    public String getMessage() {
        return what + ": " + super.getMessage();
    }
}
