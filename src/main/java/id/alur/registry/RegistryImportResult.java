package id.alur.registry;

import id.alur.platform.InputProblem;
import java.util.List;

/**
 * A committed import.
 *
 * @param edition the new edition, which now serves look-ups
 * @param skipped the bad rows left out (only with {@link ImportMode#VALID_ROWS_ONLY}), each naming row and column
 * @param skippedCount how many rows were left out; {@code skipped} lists at most the first thousand problems
 */
public record RegistryImportResult(RegistryEdition edition, List<InputProblem> skipped, int skippedCount) {

    public RegistryImportResult {
        skipped = List.copyOf(skipped);
    }
}
