package id.alur.notification;

import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

final class Sql {

    private Sql() {}

    static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
