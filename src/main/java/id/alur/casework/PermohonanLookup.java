package id.alur.casework;

import id.alur.platform.AccessProbes;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds a permohonan for the facade: by id, by id within the caller's office (a miss or another office's permohonan is
 * a probe, put on the audit trail), by what its receipt shows, and every one a person appears in.
 */
@Component
class PermohonanLookup {

    private final PermohonanViews views;
    private final AccessProbes probes;

    PermohonanLookup(PermohonanViews views, AccessProbes probes) {
        this.views = views;
        this.probes = probes;
    }

    /** @throws PermohonanNotFoundException */
    PermohonanView find(PermohonanId id) {
        return views.find(id).orElseThrow(() -> new PermohonanNotFoundException(id));
    }

    /** See {@link PermohonanService#find(PermohonanId, String)}. */
    PermohonanView find(PermohonanId id, String officeCode) {
        var found = views.find(id);
        if (found.isEmpty()) {
            recordProbe(id, null, officeCode);
            throw new PermohonanNotFoundException(id);
        }
        var view = found.get();
        if (!view.officeCode().equals(officeCode)) {
            recordCrossOffice(view, officeCode);
            throw new PermohonanNotFoundException(id);
        }
        return view;
    }

    /** See {@link PermohonanService#recordCrossOffice}. */
    void recordCrossOffice(PermohonanView view, @Nullable String askedFrom) {
        recordProbe(view.id(), view.officeCode(), askedFrom);
    }

    /**
     * A probe of a permohonan id: {@code owner} the office it belongs to, {@code null} when there is no such
     * permohonan; then the record has no object office and the prober's office administrators read it (by the actor's
     * office, {@code AuditQuery.inOffices}), otherwise it is the same record.
     */
    private void recordProbe(PermohonanId id, @Nullable String owner, @Nullable String askedFrom) {
        probes.record("permohonan", id.value(), owner, "asked from office " + askedFrom);
    }

    /** Every permohonan the person with this NIK appears in, as applicant or household member, oldest first. */
    List<PermohonanView> withPerson(String nik) {
        return views.idsWithPerson(nik).stream().map(this::find).toList();
    }

    /** By the tracking number (typed loosely) and the last four digits of the NIK; both must match. */
    Optional<PermohonanView> findByTracking(@Nullable String trackingNumber, @Nullable String nikLast4) {
        if (nikLast4 == null || !nikLast4.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        return TrackingNumber.parse(trackingNumber)
                .flatMap(t -> views.findIdByTracking(t.value(), nikLast4.strip()))
                .flatMap(views::find);
    }
}
