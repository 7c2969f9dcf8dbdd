package id.alur.casework;

import id.alur.registry.ServiceCatalog;
import id.alur.sop.SopService;
import id.alur.sop.SopStatus;
import id.alur.sop.SopVersionView;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The office's services for the registry page's eligibility rules (issue 16 item 2): every SOP code with a published
 * version, by the name of its newest one, so a rule can be set before a new service takes effect; with its checklist,
 * for the paper the recorded check stands for.
 */
@Component
class OfferedServices implements ServiceCatalog {

    private final SopService sops;

    OfferedServices(SopService sops) {
        this.sops = sops;
    }

    @Override
    public Map<String, String> services(String officeCode) {
        var names = new LinkedHashMap<String, String>();
        sops.versions(officeCode).stream()
                .filter(v -> v.status() == SopStatus.PUBLISHED)
                .sorted(Comparator.comparingInt(SopVersionView::version).reversed())
                .forEach(v -> names.putIfAbsent(v.code(), v.sop().header().name()));
        return names;
    }

    @Override
    public Map<String, List<String>> papers(String officeCode) {
        var papers = new LinkedHashMap<String, List<String>>();
        sops.versions(officeCode).stream()
                .filter(v -> v.status() == SopStatus.PUBLISHED)
                .sorted(Comparator.comparingInt(SopVersionView::version).reversed())
                .forEach(v -> papers.putIfAbsent(v.code(), Services.checklist(v.sop())));
        return papers;
    }
}
