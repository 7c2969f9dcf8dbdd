package id.alur.sop;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of the flowchart table (kegiatan).
 *
 * @param number the row number as printed, 1-based
 * @param description uraian kegiatan
 * @param actorId the lane ({@link Actor#id()}) that performs it
 * @param next the step that follows when it is not simply the next row, otherwise {@code null}
 * @param decision present exactly when the symbol is {@link Symbol#DECISION}
 */
public record Activity(
        int number,
        String description,
        String actorId,
        Symbol symbol,
        Standard standard,
        @Nullable String remarks,
        @Nullable Integer next,
        @Nullable Decision decision) {

    public Optional<Decision> decisionIfAny() {
        return Optional.ofNullable(decision);
    }
}
