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
 * @param objectId alone (no {@code objectType}): the records about any object of that id (a user name, a file name)
 * @param subjects the records about any of these objects (what {@link AuditSubjects} made of a tracking number or a
 *     NIK); {@code null} matches everything, an empty list nothing
 * @param offset records skipped, newest first (the audit page's paging)
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
        int limit,
        @Nullable List<AuditSubject> subjects,
        int offset) {

    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        offices = offices == null ? null : List.copyOf(offices);
        subjects = subjects == null ? null : List.copyOf(subjects);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    /** Every record the filter matches, from the newest, at most {@code limit}. */
    public AuditQuery(
            @Nullable List<String> offices,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable String actor,
            @Nullable String actionPrefix,
            @Nullable AuditOutcome outcome,
            @Nullable String objectType,
            @Nullable String objectId,
            int limit) {
        this(offices, from, to, actor, actionPrefix, outcome, objectType, objectId, limit, null, 0);
    }

    /** Everything, newest first, at most {@code limit} records. */
    public static AuditQuery all(int limit) {
        return new AuditQuery(null, null, null, null, null, null, null, null, limit);
    }

    /** Every record about one object. */
    public static AuditQuery about(String objectType, String objectId, int limit) {
        return new AuditQuery(null, null, null, null, null, null, objectType, objectId, limit);
    }

    public AuditQuery inOffices(@Nullable List<String> codes) {
        return new AuditQuery(
                codes, from, to, actor, actionPrefix, outcome, objectType, objectId, limit, subjects, offset);
    }

    /** Only the records about one of these objects. */
    public AuditQuery aboutAny(@Nullable List<AuditSubject> objects) {
        return new AuditQuery(
                offices, from, to, actor, actionPrefix, outcome, objectType, objectId, limit, objects, offset);
    }

    /** {@code limit} records after skipping {@code skipped}. */
    public AuditQuery page(int skipped, int size) {
        return new AuditQuery(
                offices, from, to, actor, actionPrefix, outcome, objectType, objectId, size, subjects, skipped);
    }
}
