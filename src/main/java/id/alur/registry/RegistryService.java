package id.alur.registry;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's API: importing an office's DTSEN/DTKS extract as a new edition and looking a NIK up in the newest
 * one. Only the office's own editions are ever read: the extract is personal data of the whole region.
 */
@Service
public class RegistryService {

    private final RegistryEditions editions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RegistryService(RegistryEditions editions, TransactionTemplate transaction, ObjectProvider<Clock> clock) {
        this.editions = editions;
        this.transaction = transaction;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Imports a CSV extract as the office's new edition, in one transaction: rows are streamed into the table by
     * {@code COPY} while they are checked, and the edition becomes visible only when all of it commits, so the previous
     * edition serves look-ups until then.
     *
     * @throws InvalidInputException naming row and column of every problem (the first thousand) when the file cannot be
     *     read as a table, has no good row, or, with {@link ImportMode#ALL_OR_NOTHING}, has any bad row; nothing is
     *     written then
     */
    public RegistryImportResult importCsv(
            String officeCode,
            String sourceName,
            RegistryColumns columns,
            InputStream csv,
            ImportMode mode,
            String importedBy) {
        UUID id = UUID.randomUUID();
        // PostgreSQL keeps microseconds
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return transaction.execute(status -> {
            var extract = new CsvExtract(columns);
            // the edition row first: its rows refer to it; it is counted and seen only at commit
            editions.insertEdition(new RegistryEdition(id, officeCode, sourceName, now, importedBy, 0), 0);
            var loader = editions.loader(id);
            try {
                extract.read(csv, loader::add);
            } catch (IOException e) {
                loader.cancel();
                throw new UncheckedIOException(e);
            }
            if (extract.goodRows() == 0 || (mode == ImportMode.ALL_OR_NOTHING && extract.badRows() > 0)) {
                loader.cancel();
                status.setRollbackOnly();
                throw new InvalidInputException(refusal(extract));
            }
            loader.finish();
            var edition = new RegistryEdition(id, officeCode, sourceName, now, importedBy, extract.goodRows());
            editions.count(id, extract.goodRows(), extract.badRows());
            return new RegistryImportResult(edition, extract.problems(), extract.badRows());
        });
    }

    private static List<InputProblem> refusal(CsvExtract extract) {
        List<InputProblem> problems = extract.problems();
        return problems.isEmpty() ? List.of(InputProblem.general("registry.import.noRows")) : problems;
    }

    /** The office's newest committed edition, if it has imported one. */
    public Optional<RegistryEdition> newestEdition(String officeCode) {
        return editions.newest(officeCode);
    }

    /** The NIK in the office's newest edition; empty when the office has no edition or the NIK is not in it. */
    public Optional<RegistryEntry> lookUp(String officeCode, String nik) {
        return editions.newest(officeCode).flatMap(edition -> editions.find(edition, nik.strip()));
    }
}
