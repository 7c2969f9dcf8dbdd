package id.alur.sop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The rows of an office's SOP section: every SOP (a code) with its versions, newest first, each with who published it
 * and how many cases run on it, and for the administrators' page each draft's readiness list ("siap dijalankan").
 * Shared by the administrators' section and the read-only one of the office's people.
 */
@Component
class SopSection {

    /** One version as a row of the section (public: the template reads it). */
    public record VersionRow(
            SopVersionView version,
            SopService.VersionHistory history,
            @Nullable Long runningCases,
            @Nullable List<ReadinessItem> readiness) {}

    /** One SOP (a code) with its versions, newest first. */
    public record SopRow(String code, String name, List<VersionRow> versions) {}

    private final SopService sops;
    private final ObjectProvider<RunningCases> runningCases;

    SopSection(SopService sops, ObjectProvider<RunningCases> runningCases) {
        this.sops = sops;
        this.runningCases = runningCases;
    }

    /**
     * @param withReadiness whether each draft carries its readiness list (the administrators' page: the fix links lead
     *     to their pages)
     */
    List<SopRow> rows(String office, boolean withReadiness) {
        RunningCases counter = runningCases.getIfAvailable();
        Map<SopVersionId, Long> running = counter == null ? null : counter.byVersion(office);
        Map<String, List<VersionRow>> byCode = new LinkedHashMap<>();
        for (SopService.StudioEntry entry : sops.entries(office)) {
            SopVersionView version = entry.version();
            Long cases = running == null ? null : running.getOrDefault(version.id(), 0L);
            List<ReadinessItem> readiness =
                    withReadiness && version.status() == SopStatus.DRAFT ? sops.readiness(version.id()) : null;
            byCode.computeIfAbsent(version.code(), code -> new ArrayList<>())
                    .add(new VersionRow(version, entry.history(), cases, readiness));
        }
        return byCode.entrySet().stream()
                .map(e -> {
                    List<VersionRow> versions = e.getValue().stream()
                            .sorted(Comparator.comparingInt(
                                            (VersionRow row) -> row.version().version())
                                    .reversed())
                            .toList();
                    return new SopRow(
                            e.getKey(),
                            versions.getFirst().version().sop().header().name(),
                            versions);
                })
                .sorted(Comparator.comparing(SopRow::name))
                .toList();
    }
}
