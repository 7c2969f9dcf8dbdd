package id.alur.casework;

import java.util.Arrays;
import java.util.Optional;

/** The orders of the search's results; each is read from an index of {@code permohonan} (V6_50). */
public enum SearchSort {
    NEWEST("terbaru", "p.submitted_at desc, p.id desc"),
    OLDEST("terlama", "p.submitted_at, p.id"),
    NAME("nama", "p.applicant_name, p.id");

    private final String code;
    private final String orderBy;

    SearchSort(String code, String orderBy) {
        this.code = code;
        this.orderBy = orderBy;
    }

    public String code() {
        return code;
    }

    String orderBy() {
        return orderBy;
    }

    public String messageKey() {
        return "casework.search.sort." + code;
    }

    static Optional<SearchSort> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
