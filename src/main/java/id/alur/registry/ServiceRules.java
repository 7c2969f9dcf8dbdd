package id.alur.registry;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The office's services as the registry pages show them (issue 16): each with its eligibility rule and the checklist
 * paper the recorded check stands for. The services come from casework through {@link ServiceCatalog}.
 */
@Component
class ServiceRules {

    /**
     * One service's line on the registry page.
     *
     * @param maxDesil the highest eligible desil, or {@code null} for no rule
     * @param paper the paper the check stands for (the choice, else the suggestion), or {@code null} for none
     */
    record Row(
            String code,
            String name,
            @Nullable Integer maxDesil,
            @Nullable String paper) {}

    private final EligibilityRules rules;
    private final PaperChoices papers;
    private final ObjectProvider<ServiceCatalog> catalog;

    ServiceRules(EligibilityRules rules, PaperChoices papers, ObjectProvider<ServiceCatalog> catalog) {
        this.rules = rules;
        this.papers = papers;
        this.catalog = catalog;
    }

    Map<String, String> services(String officeCode) {
        var found = catalog.getIfAvailable();
        return found == null ? Map.of() : found.services(officeCode);
    }

    Map<String, List<String>> checklists(String officeCode) {
        var found = catalog.getIfAvailable();
        return found == null ? Map.of() : found.papers(officeCode);
    }

    List<Row> rows(String officeCode) {
        var checklists = checklists(officeCode);
        var saved = rules.all(officeCode);
        return services(officeCode).entrySet().stream()
                .map(service -> new Row(
                        service.getKey(),
                        service.getValue(),
                        saved.get(service.getKey()),
                        papers.standsForText(
                                officeCode, service.getKey(), checklists.getOrDefault(service.getKey(), List.of()))))
                .toList();
    }
}
