package id.alur.office;

import id.alur.platform.AuditOutcome;
import id.alur.platform.AuditRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail through the API (issue 14 item 4): what {@code /admin/audit} shows, for an administrator's token.
 * A system administrator reads all records, an office administrator those of the offices they administer; bad
 * filters answer 422 naming the parameter, another office 404.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN')")
@Tag(name = "Audit trail", description = "Who did or looked at what, when and from where (UU 27/2022)")
class AuditApiController {

    static final int MAX_SIZE = 500;

    /** One record; {@code kindLabel} in the request's language. */
    record AuditEntry(
            long id,
            Instant at,
            String actor,
            @Nullable String actorOffice,
            @Nullable String address,
            String kind,
            String kindLabel,
            AuditOutcome outcome,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable String officeCode,
            @Nullable String detail) {}

    /** A page of records, newest first; {@code more} when the next page has records. */
    record AuditPage(int page, int size, boolean more, List<AuditEntry> records) {}

    private final AuditReadings readings;
    private final MessageSource messages;

    AuditApiController(AuditReadings readings, MessageSource messages) {
        this.readings = readings;
        this.messages = messages;
    }

    @GetMapping("/api/audit")
    @Operation(
            summary = "Records of the audit trail, newest first: all for a system administrator, the administered"
                    + " offices' for an office administrator")
    AuditPage find(
            @Parameter(description = "first day, yyyy-MM-dd, in the caller's office time zone")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "last day (included), yyyy-MM-dd") @RequestParam(required = false) String to,
            @Parameter(description = "the acting user's name") @RequestParam(required = false) String user,
            @Parameter(description = "a kind, e.g. permohonan.viewed, ledger.exported, user.password-reset")
                    @RequestParam(required = false)
                    String kind,
            @Parameter(description = "an office code") @RequestParam(required = false) String office,
            @Parameter(description = "a tracking number, a NIK, or an object id such as a user name")
                    @RequestParam(required = false)
                    String subject,
            @Parameter(description = "from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "records per page, 1 to 500") @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        if (size < 1 || size > MAX_SIZE) {
            throw new id.alur.platform.InvalidInputException("size", "office.audit.sizeInvalid", MAX_SIZE);
        }
        var found = readings.page(new AuditFilter(from, to, user, kind, office, subject, page), size);
        return new AuditPage(
                found.number(),
                found.size(),
                found.more(),
                found.records().stream().map(r -> entry(r, locale)).toList());
    }

    private AuditEntry entry(AuditRecord r, Locale locale) {
        return new AuditEntry(
                r.id(),
                r.at(),
                r.actor(),
                r.actorOffice(),
                r.address(),
                r.action(),
                messages.getMessage(r.action(), null, r.action(), locale),
                r.outcome(),
                r.objectType(),
                r.objectId(),
                r.officeCode(),
                r.detail());
    }
}
