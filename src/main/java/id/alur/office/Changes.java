package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.ConcurrentChangeException;
import java.sql.Timestamp;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who makes a change ({@code created_by}, {@code updated_by} of the office tables), and who made the last one when a
 * stale version lost the race.
 */
final class Changes {

    private Changes() {}

    /** The signed-in user, or {@code system} for work without one (the demo data, start-up). */
    static String by() {
        return AlurUser.current().map(AlurUser::username).orElse("system");
    }

    /**
     * The 409 of a stale version: who changed the row last and when, read by {@code lastChange} (a query of
     * {@code updated_by, updated_at} with its parameters bound), and the fresh state.
     */
    static ConcurrentChangeException conflict(
            JdbcClient.StatementSpec lastChange, String messageKey, @Nullable Object current) {
        record LastChange(String by, @Nullable Timestamp at) {}
        Optional<LastChange> last = lastChange
                .query((rs, n) -> new LastChange(rs.getString(1), rs.getTimestamp(2)))
                .optional();
        return new ConcurrentChangeException(
                messageKey,
                last.map(LastChange::by).orElse(null),
                last.map(LastChange::at).map(Timestamp::toInstant).orElse(null),
                current);
    }
}
