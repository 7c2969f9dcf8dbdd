package id.alur.platform;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A filter over the audit trail; every field left {@code null} matches everything. {@code offices} restricts to
 * records whose object or actor belongs to one of them (an office admin reads only their office's); {@code null}
 * reads all (a system admin).
 *
 * @param from inclusive
 * @param to exclusive
 * @param actor exact user name
 * @param actionPrefix e.g. {@code permohonan.} or {@code login.failed}
 * @param objectType with {@code objectId}: one object's records
 */
public record AuditQuery(
        @Nullable List<String> offices,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String actor,
        @Nullable String actionPrefix,
        @Nullable AuditOutcome outcome,
        @Nullable String objectType,
        @Nullable String objectId,
        int limit) {

    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        offices = offices == null ? null : List.copyOf(offices);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    /** Everything, newest first, at most {@code limit} records. */
    public static AuditQuery all(int limit) {
        return new AuditQuery(null, null, null, null, null, null, null, null, limit);
    }

    /** Every record about one object. */
    public static AuditQuery about(String objectType, String objectId, int limit) {
        return new AuditQuery(null, null, null, null, null, null, objectType, objectId, limit);
    }

    public AuditQuery inOffices(List<String> codes) {
        return new AuditQuery(codes, from, to, actor, actionPrefix, outcome, objectType, objectId, limit);
    }
}
