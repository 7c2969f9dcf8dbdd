package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.office.OfficeService;
import id.alur.sop.SopVersionView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search of the page {@code /permohonan} and of {@code GET /api/permohonan}: the office's applications, with the
 * NIK whole for the positions that work with it (the front desk, the lanes checking the papers) and masked for
 * everyone else, decided per service as on the case page ({@link NikDisclosure}).
 */
@Component
class PermohonanSearch {

    private final SearchRepository repository;
    private final Services services;
    private final CaseworkSettings settings;
    private final OfficeService offices;

    PermohonanSearch(SearchRepository repository, Services services, CaseworkSettings settings, OfficeService offices) {
        this.offices = offices;
        this.repository = repository;
        this.services = services;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    PermohonanHits search(CurrentOfficer officer, PermohonanQuery query, Instant now) {
        String office = officer.officeCode();
        if (office == null) {
            return new PermohonanHits(List.of(), query.page(), settings.inboxPageSize(), false, 0, false);
        }
        var found = repository.search(office, query, officer.zone(), now, settings.inboxPageSize());
        Map<String, SopVersionView> sops = services.inForce(office, officer.today()).stream()
                .collect(Collectors.toMap(SopVersionView::code, Function.identity()));
        var positions = officer.positionCodes();
        // Issue 15 follow-up: the holder by the name the office keeps for them now, as the daily digest names them;
        // the step keeps the name it was taken under, which is the bare username when a client took it so.
        Map<String, String> names = offices.fullNames(found.hits().stream()
                .map(PermohonanHit::holderUsername)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        var hits = found.hits().stream()
                .map(h -> h.holderUsername() == null ? h : h.heldBy(names.getOrDefault(h.holderUsername(), h.holder())))
                .map(h -> {
                    var sop = sops.get(h.sopCode());
                    return sop != null && NikDisclosure.full(sop.sop(), positions) ? h : h.masked();
                })
                .toList();
        return new PermohonanHits(
                hits, found.page(), found.size(), found.hasMore(), found.total(), found.totalIsLowerBound());
    }
}
