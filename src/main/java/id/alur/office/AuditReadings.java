package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditSubject;
import id.alur.platform.AuditSubjects;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblems;
import id.alur.platform.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads the audit trail for an administrator (issue 14 item 4, docs/security.md "Audit trail"): a system administrator
 * reads all of it, an office administrator the records of the offices they administer ({@link AuditQuery#inOffices});
 * asking for another office answers 404 and is itself a probe on record ({@link ResourceOfficeGuard}). The page, its
 * XLSX and {@code GET /api/audit} all read through here.
 */
@Component
class AuditReadings {

    static final int PAGE_SIZE = 50;

    /** One page of records; {@code more} when a next page has records. */
    record Page(List<AuditRecord> records, int number, int size, boolean more) {}

    private final AuditTrail audit;
    private final Memberships memberships;
    private final ResourceOfficeGuard guard;
    private final ObjectProvider<AuditSubjects> subjects;

    AuditReadings(
            AuditTrail audit,
            Memberships memberships,
            ResourceOfficeGuard guard,
            ObjectProvider<AuditSubjects> subjects) {
        this.audit = audit;
        this.memberships = memberships;
        this.guard = guard;
        this.subjects = subjects;
    }

    /** One page of {@code size} records the filter matches, newest first. */
    Page page(AuditFilter filter, int size) {
        int number = filter.pageNumber();
        AuditQuery query = query(filter, size + 1).page((number - 1) * size, size + 1);
        List<AuditRecord> found = audit.find(query);
        boolean more = found.size() > size;
        return new Page(more ? found.subList(0, size) : found, number, size, more);
    }

    /** Every record the filter matches (at most {@link AuditQuery#MAX_LIMIT}), newest first: the export. */
    List<AuditRecord> all(AuditFilter filter) {
        return audit.find(query(filter, AuditQuery.MAX_LIMIT));
    }

    /**
     * The offices whose records the signed-in administrator reads: {@code null} for all (a system administrator).
     */
    @Nullable
    List<String> readableOffices() {
        AlurUser admin = AlurUser.current().orElseThrow();
        if (admin.hasRole(Role.ADMIN)) {
            return null;
        }
        Set<String> offices = new LinkedHashSet<>(memberships.administeredOffices(admin.username()));
        if (admin.hasRole(Role.OFFICE_ADMIN) && admin.officeCode() != null) {
            offices.add(admin.officeCode());
        }
        return List.copyOf(offices);
    }

    /**
     * The query of the filter for the signed-in administrator.
     *
     * @throws id.alur.platform.InvalidInputException naming each field that cannot be read
     * @throws id.alur.platform.NotFoundException for an office the administrator does not administer (on record)
     */
    AuditQuery query(AuditFilter filter, int limit) {
        AlurUser admin = AlurUser.current().orElseThrow();
        ZoneId zone = admin.zone();
        var problems = new InputProblems();
        LocalDate from = day(filter.from(), "from", problems);
        LocalDate to = day(filter.to(), "to", problems);
        if (from != null && to != null) {
            problems.check(!to.isBefore(from), "to", "office.audit.toBeforeFrom", to, from);
        }
        String kind = text(filter.kind());
        if (kind != null) {
            problems.check(AuditKinds.ALL.contains(kind), "kind", "office.audit.kindUnknown", kind);
        }
        String subject = text(filter.subject());
        problems.check(subject == null || subject.length() <= 200, "subject", "office.tooLong", 200);
        problems.throwIfAny();

        List<String> offices = readableOffices();
        String office = text(filter.office());
        if (office != null) {
            if (offices != null && !offices.contains(office)) {
                guard.requireAdministrable(office, "audit-trail " + office);
            }
            offices = List.of(office);
        }
        String objectId = null;
        List<AuditSubject> about = null;
        if (subject != null) {
            List<AuditSubject> resolved = new ArrayList<>();
            subjects.orderedStream().forEach(s -> resolved.addAll(s.resolve(subject)));
            if (resolved.isEmpty()) {
                objectId = subject;
            } else {
                about = resolved;
            }
        }
        return new AuditQuery(
                offices,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                text(filter.user()),
                kind,
                null,
                null,
                objectId,
                limit,
                about,
                0);
    }

    private static @Nullable LocalDate day(@Nullable String typed, String field, InputProblems problems) {
        String text = text(typed);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(field, "office.audit." + field + "Invalid", text);
            return null;
        }
    }

    private static @Nullable String text(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
