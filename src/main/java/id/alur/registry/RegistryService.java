package id.alur.registry;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import id.alur.platform.PersonPseudonyms;
import id.alur.platform.TableFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
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
    private final ImportStaging staging;
    private final EligibilityRules rules;
    private final PaperChoices paperChoices;
    private final AuditTrail audit;
    private final PersonPseudonyms persons;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RegistryService(
            RegistryEditions editions,
            ImportStaging staging,
            EligibilityRules rules,
            PaperChoices paperChoices,
            AuditTrail audit,
            PersonPseudonyms persons,
            TransactionTemplate transaction,
            ObjectProvider<Clock> clock) {
        this.editions = editions;
        this.staging = staging;
        this.rules = rules;
        this.paperChoices = paperChoices;
        this.audit = audit;
        this.persons = persons;
        this.transaction = transaction;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Imports a CSV extract as the office's new edition, in one transaction: rows are streamed into the table by
     * {@code COPY} while they are checked, the same NIK twice is then found by SQL ({@link ImportStaging}), and the
     * edition becomes visible only when all of it commits, so the previous edition serves look-ups until then.
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
        return importRows(
                officeCode,
                sourceName,
                columns,
                mode,
                importedBy,
                (check, sink) -> TableFile.readCsv(csv, ExtractCheck.KEYS, check.rows(sink)));
    }

    /**
     * Imports an XLSX extract (its first sheet) as {@link #importCsv} does a CSV, with the same checks and messages.
     * The file is checked for a zip bomb before it is parsed.
     *
     * @throws InvalidInputException as {@link #importCsv}, and for a file that is no XLSX or inflates past the bounds
     */
    public RegistryImportResult importXlsx(
            String officeCode,
            String sourceName,
            RegistryColumns columns,
            InputStream xlsx,
            ImportMode mode,
            String importedBy) {
        return withSpooledFile(
                xlsx,
                file -> importRows(
                        officeCode,
                        sourceName,
                        columns,
                        mode,
                        importedBy,
                        (check, sink) -> TableFile.readXlsx(file, ExtractCheck.KEYS, check.rows(sink))));
    }

    /** The zip's directory is at its end: the parser reads a file, never the whole upload in memory. */
    private static RegistryImportResult withSpooledFile(
            InputStream content, java.util.function.Function<Path, RegistryImportResult> action) {
        Path file = null;
        try {
            file = Files.createTempFile("alur-registry-", ".xlsx");
            try (var out = Files.newOutputStream(file)) {
                content.transferTo(out);
            }
            return action.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file; the system's temp cleaning takes it
                }
            }
        }
    }

    /** Imports by the file's name: {@code .xlsx} (or a zip's first bytes) as XLSX, anything else as CSV. */
    public RegistryImportResult importFile(
            String officeCode,
            String sourceName,
            RegistryColumns columns,
            InputStream content,
            ImportMode mode,
            String importedBy) {
        return importFile(officeCode, sourceName, columns, content, mode, importedBy, rows -> {});
    }

    /** As {@link #importFile}, telling {@code rowsRead} the rows read after each row (the import page's progress). */
    RegistryImportResult importFile(
            String officeCode,
            String sourceName,
            RegistryColumns columns,
            InputStream content,
            ImportMode mode,
            String importedBy,
            IntConsumer rowsRead) {
        var in = new BufferedInputStream(content);
        try {
            if (TableFile.isXlsx(sourceName, in)) {
                return withSpooledFile(
                        in,
                        file -> importRows(officeCode, sourceName, columns, mode, importedBy, (check, sink) -> {
                            check.onRow(rowsRead);
                            TableFile.readXlsx(file, ExtractCheck.KEYS, check.rows(sink));
                        }));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return importRows(officeCode, sourceName, columns, mode, importedBy, (check, sink) -> {
            check.onRow(rowsRead);
            TableFile.readCsv(in, ExtractCheck.KEYS, check.rows(sink));
        });
    }

    /**
     * Checks a kept upload without writing anything: the import page's check before the admin decides. The good rows
     * pass through a temporary table of a transaction of their own, for the duplicates, and vanish with it.
     */
    void check(String sourceName, Path file, ExtractCheck check, Consumer<ExtractRow> goodRow) throws IOException {
        try {
            transaction.executeWithoutResult(status -> {
                read(
                        check,
                        (extract, sink) -> TableFile.read(sourceName, file, ExtractCheck.KEYS, extract.rows(row -> {
                            sink.accept(row);
                            goodRow.accept(row);
                        })),
                        staging.intoScratch());
                check.duplicates(staging.inScratch(ExtractCheck.MAX_PROBLEMS));
                status.setRollbackOnly();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface Reading {
        void read(ExtractCheck check, Consumer<ExtractRow> goodRow) throws IOException;
    }

    private RegistryImportResult importRows(
            String officeCode,
            String sourceName,
            RegistryColumns columns,
            ImportMode mode,
            String importedBy,
            Reading reading) {
        UUID id = UUID.randomUUID();
        // PostgreSQL keeps microseconds
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return transaction.execute(status -> {
            var extract = new ExtractCheck(columns);
            // the edition row first: its rows refer to it; it is counted and seen only at commit
            editions.insertEdition(new RegistryEdition(id, officeCode, sourceName, now, importedBy, 0), 0);
            // the rows stream straight into the edition, its key checked at commit; a NIK twice is found after
            var loader = staging.intoEdition(id);
            read(extract, reading, loader);
            var duplicates = staging.inEdition(id, ExtractCheck.MAX_PROBLEMS);
            extract.duplicates(duplicates);
            // a file read only up to a row that is no text (issue 16): the good rows before it are not the extract
            if (extract.goodRows() == 0
                    || extract.unreadable()
                    || (mode == ImportMode.ALL_OR_NOTHING && extract.badRows() > 0)) {
                status.setRollbackOnly();
                throw new InvalidInputException(refusal(extract));
            }
            if (duplicates.total() > 0) {
                staging.dropLaterRows(id);
            }
            var edition = new RegistryEdition(id, officeCode, sourceName, now, importedBy, extract.goodRows());
            editions.count(id, extract.goodRows(), extract.badRows());
            return new RegistryImportResult(edition, extract.problems(), extract.badRows());
        });
    }

    /** Reads the extract through the checks into the {@code COPY}, which ends with the reading. */
    private static void read(ExtractCheck extract, Reading reading, ImportStaging.Loader loader) {
        try {
            reading.read(extract, loader::add);
        } catch (IOException | RuntimeException e) {
            loader.cancel();
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
        loader.finish();
    }

    private static List<InputProblem> refusal(ExtractCheck extract) {
        List<InputProblem> problems = extract.problems();
        return problems.isEmpty() ? List.of(InputProblem.general("registry.import.noRows")) : problems;
    }

    /** The office's newest committed edition, if it has imported one. */
    public Optional<RegistryEdition> newestEdition(String officeCode) {
        return editions.newest(officeCode);
    }

    /**
     * The NIK in the office's newest edition; empty when the office has no edition or the NIK is not in it. Every
     * look-up is on the audit trail about the person by pseudonym, so that their data-subject report lists it, with the
     * edition and whether it was found; never the NIK itself ({@link PersonPseudonyms}).
     */
    public Optional<RegistryEntry> lookUp(String officeCode, String nik) {
        return answer(officeCode, nik).entry();
    }

    /**
     * As {@link #lookUp}, with the edition looked in also when the NIK is not in it: what the intake records (issue 16
     * item 2). Both come from one read of the newest edition, so a found entry is always of the edition answered.
     */
    public RegistryAnswer answer(String officeCode, String nik) {
        return answers(officeCode, List.of(nik)).getFirst();
    }

    /**
     * The answers for several NIKs (an applicant and the household), in their order, from one statement: the newest
     * edition and each NIK's entry in it. Each look-up is on the audit trail (about the person by pseudonym, the edition, found or not;
     * never the NIK),
     * recorded in the caller's transaction when there is one, so that the intake's look-ups cost no commit of their own
     * (bench: p95 at 10 M rows), and kept on record when that transaction rolls back (a refused intake: the registry was
     * read all the same; {@link AuditTrail#recordKept}). Without a caller's transaction the records commit together.
     */
    public List<RegistryAnswer> answers(String officeCode, List<String> niks) {
        List<String> stripped = niks.stream().map(String::strip).toList();
        return transaction.execute(status -> {
            var found = editions.newestWith(officeCode, new LinkedHashSet<>(stripped));
            var answers = new ArrayList<RegistryAnswer>(stripped.size());
            for (String nik : stripped) {
                var entry = Optional.ofNullable(found.entries().get(nik));
                audit.recordKept(AuditEvent.of("registry.nik-looked-up")
                        .about(persons.of(nik))
                        .inOffice(officeCode)
                        .detail(lookUpDetail(found.edition(), entry.isPresent())));
                answers.add(new RegistryAnswer(found.edition(), entry));
            }
            return answers;
        });
    }

    /** {@code found in edition 12}, {@code not found in edition 12}, or {@code no edition}: what the trail says. */
    static String lookUpDetail(Optional<RegistryEdition> edition, boolean found) {
        return edition.map(e -> (found ? "found" : "not found") + " in edition " + e.id())
                .orElse("no edition");
    }

    /**
     * What the office's rule for the service says of a look-up's result (issue 16 item 2): advice shown beside the
     * recorded fact; the officer decides.
     *
     * @param desil the desil found, ignored when not found
     */
    public Eligibility eligibility(String officeCode, String serviceCode, boolean found, int desil) {
        return Eligibility.of(rules.maxDesil(officeCode, serviceCode).orElse(null), found, desil);
    }

    /** The highest desil the office's rule accepts for the service, if it set one. */
    public Optional<Integer> maxDesil(String officeCode, String serviceCode) {
        return rules.maxDesil(officeCode, serviceCode);
    }

    /**
     * Whether the office lets the look-up recorded at intake stand for the "screenshot DTKS" paper of the checklist
     * (issue 16 item 3; seed 000's Kelengkapan): then a NIK found counts as that paper present.
     */
    public boolean checkStandsForPaper(String officeCode) {
        return rules.checkStandsForPaper(officeCode);
    }

    /**
     * The position among the service's checklist papers of the one that the look-up recorded at intake stands for
     * (issue 16), when the office lets the check stand for a paper ({@link #checkStandsForPaper}): the paper its
     * administrator chose for the service on the registry page, else the one naming the DTKS or the DTSEN. Empty when
     * the office does not let it, chose none for the service, or the chosen paper is not in {@code papers}.
     */
    public OptionalInt paperStoodFor(String officeCode, String serviceCode, List<String> papers) {
        if (!rules.checkStandsForPaper(officeCode)) {
            return OptionalInt.empty();
        }
        return paperChoices.standsFor(officeCode, serviceCode, papers);
    }

    /**
     * Chooses the service's paper that the recorded check stands for ({@code null}: none), as its administrator does
     * on the registry page; on the audit trail.
     */
    public void setPaperStoodFor(String officeCode, String serviceCode, @Nullable String paper, String changedBy) {
        rules.setPaper(officeCode, serviceCode, paper, changedBy);
    }

    /**
     * Sets the highest desil the service accepts in the office ({@code null}: no rule), as its administrator does on
     * the registry page; on the audit trail.
     *
     * @throws InvalidInputException when the desil is not 1 to 10
     */
    public void setEligibilityRule(
            String officeCode, String serviceCode, @Nullable Integer maxDesil, String changedBy) {
        rules.setRule(officeCode, serviceCode, maxDesil, changedBy);
    }

    /** Sets the office's {@link #checkStandsForPaper} setting; on the audit trail. */
    public void setCheckStandsForPaper(String officeCode, boolean standsForPaper, String changedBy) {
        rules.setCheckStandsForPaper(officeCode, standsForPaper, changedBy);
    }
}
