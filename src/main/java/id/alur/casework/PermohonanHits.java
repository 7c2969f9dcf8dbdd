package id.alur.casework;

import java.util.List;

/**
 * A page of applications found.
 *
 * @param total how many match, counted up to {@link #COUNT_LIMIT} (then {@code totalIsLowerBound})
 */
public record PermohonanHits(
        List<PermohonanHit> hits, int page, int size, boolean hasMore, long total, boolean totalIsLowerBound) {

    /** Counting stops here: beyond, "more than 1,000" is all a reader needs, and it keeps the count cheap. */
    public static final int COUNT_LIMIT = 1000;

    public PermohonanHits {
        hits = List.copyOf(hits);
    }
}
