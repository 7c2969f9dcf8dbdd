package id.alur.workflow;

import id.alur.sop.SopService;
import id.alur.sop.SopStatus;
import id.alur.sop.SopVersionId;
import id.alur.sop.SopVersionView;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The SOP versions cases run on, parsed once: a published version never changes (a revision is a new version), so its
 * rules are cached by version id for the life of the application.
 */
@Component
class SopVersions {

    /** A version with the rules built over its SOP. */
    record Loaded(SopVersionView view, CaseRules rules) {

        Route route() {
            return rules.route();
        }
    }

    private final SopService sops;
    private final Map<Long, Loaded> cache = new ConcurrentHashMap<>();

    SopVersions(SopService sops) {
        this.sops = sops;
    }

    Loaded get(long versionId) {
        Loaded cached = cache.get(versionId);
        if (cached != null) {
            return cached;
        }
        Loaded loaded = load(sops.get(new SopVersionId(versionId)));
        if (loaded.view().status() != SopStatus.DRAFT) {
            cache.putIfAbsent(versionId, loaded);
        }
        return loaded;
    }

    Loaded load(SopVersionView view) {
        Loaded cached = cache.get(view.id().value());
        if (cached != null) {
            return cached;
        }
        Loaded loaded = new Loaded(view, new CaseRules(new Route(view.sop())));
        if (view.status() != SopStatus.DRAFT) {
            cache.putIfAbsent(view.id().value(), loaded);
        }
        return loaded;
    }
}
