package id.alur.sop;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishing and retiring versions, and the readiness ("siap dijalankan") asked before publishing: the status changes
 * of {@link SopService}'s versions, each in the caller's transaction.
 */
@Component
class SopPublishing {

    private final SopVersionRepository versions;
    private final SopVersionReader reader;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<ReadinessCheck> readinessChecks;
    private final AuditTrail audit;

    SopPublishing(
            SopVersionRepository versions,
            SopVersionReader reader,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock,
            ObjectProvider<ReadinessCheck> readinessChecks,
            AuditTrail audit) {
        this.versions = versions;
        this.reader = reader;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.readinessChecks = readinessChecks;
        this.audit = audit;
    }

    /** See {@link SopService#publish(SopVersionId)}. */
    SopVersionView publish(SopVersionId id) {
        SopVersionRepository.Row row = reader.row(id);
        LocalDate effectiveOn = row.effectiveOn() != null
                ? row.effectiveOn()
                : LocalDate.ofInstant(clock.instant(), SopService.PUBLISHING_ZONE);
        return publish(row, effectiveOn);
    }

    /** See {@link SopService#publish(SopVersionId, LocalDate)}. */
    SopVersionView publish(SopVersionId id, LocalDate effectiveOn) {
        SopVersionRepository.Row row = reader.row(id);
        LocalDate earliest = LocalDate.ofInstant(clock.instant(), SopService.PUBLISHING_ZONE);
        if (effectiveOn.isBefore(earliest)) {
            throw new InvalidInputException("effectiveOn", "sop.publish.effectiveOn.past", effectiveOn, earliest);
        }
        if (row.status() == SopStatus.DRAFT) {
            Optional<SopVersionRepository.Row> later = versions.ofOffice(row.officeCode()).stream()
                    .filter(other -> other.code().equals(row.code()) && other.status() == SopStatus.PUBLISHED)
                    .filter(other -> other.effectiveOn().isAfter(effectiveOn))
                    .findFirst();
            if (later.isPresent()) {
                throw new InvalidInputException(
                        "effectiveOn",
                        "sop.publish.effectiveOn.beforePublished",
                        effectiveOn,
                        later.get().number(),
                        later.get().effectiveOn());
            }
        }
        return publish(row, effectiveOn);
    }

    private SopVersionView publish(SopVersionRepository.Row row, LocalDate effectiveOn) {
        SopVersionId id = new SopVersionId(row.id());
        if (row.status() == SopStatus.DRAFT) {
            List<ReadinessItem> blocking =
                    readiness(row).stream().filter(ReadinessItem::blocks).toList();
            if (!blocking.isEmpty()) {
                throw new SopNotReadyException(blocking);
            }
        }
        Instant now = clock.instant();
        if (row.status() != SopStatus.DRAFT
                || !versions.publish(id.value(), row.lock(), effectiveOn, now, signedInUsername())) {
            throw reader.notAllowed(id, SopStatus.PUBLISHED);
        }
        events.publishEvent(new SopVersionPublished(id, row.officeCode(), row.code(), row.number()));
        record("sop.published", row, " from " + effectiveOn);
        return reader.view(reader.row(id));
    }

    /** See {@link SopService#retire(SopVersionId)}. */
    SopVersionView retire(SopVersionId id) {
        SopVersionRepository.Row row = reader.row(id);
        if (row.status() != SopStatus.PUBLISHED
                || !versions.retire(id.value(), row.lock(), clock.instant(), signedInUsername())) {
            throw reader.notAllowed(id, SopStatus.RETIRED);
        }
        record("sop.retired", row, "");
        return reader.view(reader.row(id));
    }

    /** See {@link SopService#readiness(SopVersionId)}. */
    List<ReadinessItem> readiness(SopVersionId id) {
        return readiness(reader.row(id));
    }

    private List<ReadinessItem> readiness(SopVersionRepository.Row row) {
        Sop sop = reader.view(row).sop();
        return readinessChecks
                .orderedStream()
                .flatMap(check -> check.check(row.officeCode(), new SopVersionId(row.id()), sop).stream())
                .sorted(Comparator.comparing(ReadinessItem::severity))
                .toList();
    }

    /** A status change on the audit trail, in the change's transaction (issue 14). */
    private void record(String action, SopVersionRepository.Row row, String more) {
        audit.record(AuditEvent.of(action)
                .about("sop-version", row.id())
                .inOffice(row.officeCode())
                .detail(row.code() + " v" + row.number() + more));
    }

    private static @Nullable String signedInUsername() {
        return AlurUser.current().map(AlurUser::username).orElse(null);
    }
}
