package id.alur.workflow;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.alur.sop.SopService;
import id.alur.sop.SopStatus;
import id.alur.sop.SopVersionId;
import id.alur.sop.SopVersionView;
import org.springframework.stereotype.Component;

/**
 * The SOP versions cases run on, with the rules built over each once: a published version never changes (a revision
 * is a new version; the {@code sop_version_guard} trigger refuses changes, V2_0), so its rules are kept by version id,
 * bounded; a draft's are built anew each time.
 */
@Component
class SopVersions {

    /** Versions with running cases at once across the offices of a node: a few services each, a version or two. */
    static final int CACHED_VERSIONS = 256;

    /** A version with the rules built over its SOP. */
    record Loaded(SopVersionView view, CaseRules rules) {

        Route route() {
            return rules.route();
        }
    }

    private final SopService sops;
    private final Cache<Long, Loaded> cache =
            Caffeine.newBuilder().maximumSize(CACHED_VERSIONS).build();

    SopVersions(SopService sops) {
        this.sops = sops;
    }

    Loaded get(long versionId) {
        Loaded cached = cache.getIfPresent(versionId);
        return cached != null ? cached : load(sops.get(new SopVersionId(versionId)));
    }

    Loaded load(SopVersionView view) {
        Loaded cached = cache.getIfPresent(view.id().value());
        if (cached != null) {
            return cached;
        }
        Loaded loaded = new Loaded(view, new CaseRules(new Route(view.sop())));
        if (view.status() != SopStatus.DRAFT) {
            cache.put(view.id().value(), loaded);
        }
        return loaded;
    }
}
