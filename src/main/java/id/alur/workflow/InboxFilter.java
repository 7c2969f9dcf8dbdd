package id.alur.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Narrows an inbox.
 *
 * @param claimedBy only steps held by this user; {@code null} for any
 * @param unclaimedOnly only steps nobody holds
 * @param overdueOnly only steps past their due time at {@code now}
 * @param sopCode only cases of this SOP; {@code null} for any
 * @param now the instant the overdue flag is computed for
 */
public record InboxFilter(
        @Nullable String claimedBy,
        boolean unclaimedOnly,
        boolean overdueOnly,
        @Nullable String sopCode,
        Instant now) {

    public InboxFilter {
        if (now == null) {
            throw new IllegalArgumentException("now is required");
        }
    }

    /** Every open step of the positions. */
    public static InboxFilter all(Instant now) {
        return new InboxFilter(null, false, false, null, now);
    }
}
