package id.alur.casework;

import id.alur.office.OfficeService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The office-wide lists the facade answers for other modules: the buku kendali's lines (the NIK whole only for the
 * positions that see it) and the late cases of the head's daily digest. Runs in the facade's read-only transaction.
 */
@Component
class LedgerQueries {

    private final SearchRepository searches;
    private final Services services;
    private final OfficeService offices;

    LedgerQueries(SearchRepository searches, Services services, OfficeService offices) {
        this.searches = searches;
        this.services = services;
        this.offices = offices;
    }

    /** See {@link PermohonanService#lateCases}. */
    PermohonanHits lateCases(String officeCode, Instant now, int limit) {
        var query = new PermohonanQuery(null, null, null, null, true, null, null, null, SearchSort.OLDEST, 0);
        var found =
                searches.search(officeCode, query, offices.office(officeCode).zone(), now, limit);
        return new PermohonanHits(
                found.hits().stream().map(PermohonanHit::masked).toList(),
                found.page(),
                found.size(),
                found.hasMore(),
                found.total(),
                found.totalIsLowerBound());
    }

    /** See {@link PermohonanService#ledger(String, Instant, Instant, long, int, Set, LocalDate)}. */
    List<LedgerLine> ledger(
            String officeCode,
            Instant from,
            Instant to,
            long offset,
            int limit,
            Set<String> positions,
            LocalDate today) {
        var disclosed = services.inForce(officeCode, today).stream()
                .filter(v -> NikDisclosure.full(v.sop(), positions))
                .map(v -> v.code())
                .collect(Collectors.toSet());
        return searches.ledger(officeCode, from, to, offset, limit).stream()
                .map(l -> disclosed.contains(l.sopCode())
                        ? l
                        : new LedgerLine(
                                l.id(),
                                l.trackingNumber(),
                                l.submittedAt(),
                                l.applicantName(),
                                ApplicantView.mask(l.nik()),
                                l.sopCode(),
                                l.sopName(),
                                l.papersComplete(),
                                l.state(),
                                l.activityNumber(),
                                l.activityName(),
                                l.closedAt(),
                                l.submittedBy(),
                                l.workflowCaseId()))
                .toList();
    }

    long ledgerCount(String officeCode, Instant from, Instant to) {
        return searches.ledgerCount(officeCode, from, to);
    }
}
