package id.alur.casework;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.alur.sop.Activity;
import id.alur.sop.ActorKind;
import id.alur.sop.Branch;
import id.alur.sop.Sop;
import id.alur.sop.SopService;
import id.alur.sop.SopStatus;
import id.alur.sop.SopVersionId;
import id.alur.sop.SopVersionView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The services (SOPs) an office offers, read through the sop module, and what casework derives from an SOP: the
 * checklist, the front desk, the steps that check the papers.
 */
@Component
class Services {

    /** SOP versions a running office touches at once: a few services, each with a version or two in force. */
    static final int CACHED_VERSIONS = 64;

    private final SopService sops;

    /**
     * The SOPs of published (and retired) versions by id, bounded: such a version never changes (the
     * {@code sop_version_guard} trigger refuses it, V2_0), so a request that acts on a case does not read its row again
     * (the sop module parses each version once; this spares the read).
     */
    private final Cache<Long, Sop> parsed =
            Caffeine.newBuilder().maximumSize(CACHED_VERSIONS).build();

    Services(SopService sops) {
        this.sops = sops;
    }

    /** The SOPs of the office in force on the day, one per SOP code, by name. */
    List<SopVersionView> inForce(String officeCode, LocalDate on) {
        Map<String, SopVersionView> latest = sops.versions(officeCode).stream()
                .filter(v -> v.status() == SopStatus.PUBLISHED)
                .filter(v -> v.effectiveOn() == null || !v.effectiveOn().isAfter(on))
                .collect(Collectors.toMap(
                        SopVersionView::code,
                        Function.identity(),
                        (a, b) -> Comparator.comparing(Services::effective)
                                                .thenComparingInt(SopVersionView::version)
                                                .compare(a, b)
                                        >= 0
                                ? a
                                : b));
        return latest.values().stream()
                .sorted(Comparator.comparing(v -> v.sop().header().name()))
                .toList();
    }

    Optional<SopVersionView> inForce(String officeCode, String sopCode, LocalDate on) {
        if (sopCode == null || sopCode.isBlank()) {
            return Optional.empty();
        }
        return sops.inForce(officeCode, sopCode, on);
    }

    SopVersionView version(long sopVersionId) {
        return sops.get(new SopVersionId(sopVersionId));
    }

    /** The SOP of a version; cached once the version is no longer a draft. */
    Sop sop(long sopVersionId) {
        Sop cached = parsed.getIfPresent(sopVersionId);
        if (cached != null) {
            return cached;
        }
        SopVersionView version = version(sopVersionId);
        if (version.status() != SopStatus.DRAFT) {
            parsed.put(sopVersionId, version.sop());
        }
        return version.sop();
    }

    private static LocalDate effective(SopVersionView v) {
        return v.effectiveOn() == null ? LocalDate.MIN : v.effectiveOn();
    }

    /** Kelengkapan of the first activity: the papers the front desk checks at intake. */
    static List<String> checklist(Sop sop) {
        return sop.first().standard() == null
                ? List.of()
                : sop.first().standard().requirements();
    }

    /** The lane of the first activity in an office position: it takes applications in (as the workflow does). */
    static String frontDeskLane(Sop sop) {
        return sop.activities().stream()
                .filter(a -> kind(sop, a) == ActorKind.POSITION)
                .map(Activity::actorId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("SOP has no activity in an office position"));
    }

    /**
     * The office lanes that hand the applicant a result at one of the SOP's steps ({@link Sop#handingOverLane}): they
     * may record that hand-over, as the front desk may (issue 12).
     */
    static Set<String> handingOverLanes(Sop sop) {
        return sop.activities().stream()
                .map(sop::handingOverLane)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Decisions that can send the papers back to the applicant: where a missing paper stops a Ya. */
    static boolean checksPapers(Sop sop, int activityNumber) {
        return sop.activity(activityNumber).map(Services::returnsPapers).orElse(false);
    }

    static boolean returnsPapers(Activity activity) {
        return activity.decisionIfAny()
                .map(d -> d.tidak() instanceof Branch.ToApplicant || d.ya() instanceof Branch.ToApplicant)
                .orElse(false);
    }

    static ActorKind kind(Sop sop, Activity activity) {
        return sop.actor(activity.actorId()).map(a -> a.kind()).orElse(ActorKind.POSITION);
    }
}
