package id.alur.registry;

import java.util.List;
import java.util.Map;

/**
 * The services an office offers, for its registry page to set an eligibility rule per service. The registry uses
 * nothing but platform (DESIGN.md §3): the module that knows the SOPs (casework) provides this, as {@code office}
 * and {@code letter} provide the sop module's readiness checks.
 */
public interface ServiceCatalog {

    /** The office's published services: SOP code to its name, in the order to show them. */
    Map<String, String> services(String officeCode);

    /**
     * Each published service's checklist papers (its Kelengkapan, of its newest published version), by SOP code: the
     * papers among which the office chooses the one the recorded check stands for.
     */
    Map<String, List<String>> papers(String officeCode);
}
