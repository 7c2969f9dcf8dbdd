package id.alur.platform;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail as stored: who ({@code actor}, {@code anonymous} when nobody was signed in), the office
 * they worked in, from which address, when, and the {@link AuditEvent} fields.
 */
public record AuditRecord(
        long id,
        Instant at,
        String actor,
        @Nullable String actorOffice,
        @Nullable String address,
        String action,
        AuditOutcome outcome,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable String officeCode,
        @Nullable String detail) {}
