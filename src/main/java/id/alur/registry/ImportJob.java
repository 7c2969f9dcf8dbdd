package id.alur.registry;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An upload on its way to an edition, as the import page shows it.
 *
 * @param rowsRead data rows read so far by the running check or import (the progress bar)
 * @param goodRows rows that passed every check (after the check; after the import, the rows imported)
 * @param badRows rows with a problem
 */
record ImportJob(
        UUID id,
        String officeCode,
        String sourceName,
        String fileName,
        @Nullable String filePath,
        long fileSize,
        ImportJobState state,
        @Nullable ImportMode mode,
        int rowsRead,
        int goodRows,
        int badRows,
        @Nullable UUID editionId,
        String createdBy,
        Instant createdAt) {

    /** Percent of the rows read, against the rows the check counted; unknown (-1) while the first check runs. */
    public int percent() {
        return switch (state) {
            case IMPORTED -> 100;
            case IMPORTING -> goodRows + badRows == 0 ? -1 : Math.min(99, 100 * rowsRead / (goodRows + badRows));
            default -> -1;
        };
    }
}
