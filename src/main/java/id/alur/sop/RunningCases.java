package id.alur.sop;

import java.util.Map;

/**
 * How many cases run on each version of an office's SOPs. The workflow module knows and implements it; {@code sop}
 * may not use workflow (DESIGN.md §3), so it asks through this interface, and shows no count when no module provides
 * it (the sop module started alone).
 */
public interface RunningCases {

    /**
     * @return per version of the office, the number of its cases not yet ended (running, waiting for the applicant or
     *     an outside party); versions without any are absent
     */
    Map<SopVersionId, Long> byVersion(String officeCode);
}
