package id.alur.registry;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * The import page's work: an upload is kept as a file and checked in the background (every row, nothing written),
 * the admin sees the preview and the problems and chooses the mode, and then the import runs in the background too.
 * State and progress are rows of {@code registry_import_job}, so that a reload shows where the job is.
 */
@Service
class RegistryImports {

    private static final Logger log = LoggerFactory.getLogger(RegistryImports.class);

    /** The preview shows this many of the first good rows. */
    static final int PREVIEW_ROWS = 10;

    /** Progress is written every this many rows: often enough for a bar, rare enough not to cost the import. */
    static final int PROGRESS_EVERY = 10_000;

    private final ImportJobs jobs;
    private final RegistryService registry;
    private final TaskExecutor executor;
    private final RegistrySettings settings;
    private final AuditTrail audit;
    private final RegistryAccess access;
    private final Clock clock;

    RegistryImports(
            ImportJobs jobs,
            RegistryService registry,
            @Qualifier(RegistryConfiguration.IMPORT_THREADS) TaskExecutor executor,
            RegistrySettings settings,
            AuditTrail audit,
            RegistryAccess access,
            ObjectProvider<Clock> clock) {
        this.access = access;
        this.jobs = jobs;
        this.registry = registry;
        this.executor = executor;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The source's column mapping, or the DTSEN defaults for a source not yet mapped. */
    RegistryColumns columnsOf(String officeCode, String source) {
        return jobs.source(officeCode, source).orElseGet(RegistryColumns::dtsenDefaults);
    }

    List<String> sources(String officeCode) {
        return jobs.sourceNames(officeCode);
    }

    /** Sets a source's column mapping once; later uploads from the source use it. */
    void saveSource(String officeCode, String source, RegistryColumns columns) {
        var problems = new ArrayList<InputProblem>();
        if (source.isBlank()) {
            problems.add(InputProblem.ofField("source", "registry.source.name.required"));
        }
        if (columns.nik().isBlank()) {
            problems.add(InputProblem.ofField("nik", "registry.source.column.required"));
        }
        if (columns.name().isBlank()) {
            problems.add(InputProblem.ofField("name", "registry.source.column.required"));
        }
        if (columns.desil().isBlank()) {
            problems.add(InputProblem.ofField("desil", "registry.source.column.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jobs.saveSource(officeCode, source.strip(), columns);
    }

    /**
     * Keeps the upload and starts its check in the background.
     *
     * @throws InvalidInputException when no file was chosen or no source named
     */
    ImportJob upload(String officeCode, String source, String fileName, InputStream content, String by) {
        if (source.isBlank()) {
            throw new InvalidInputException(List.of(InputProblem.ofField("source", "registry.source.name.required")));
        }
        if (fileName.isBlank()) {
            throw new InvalidInputException(List.of(InputProblem.ofField("file", "registry.import.file.required")));
        }
        UUID id = UUID.randomUUID();
        Path file = settings.uploadDirectory().resolve(id + extension(fileName));
        long size;
        try {
            Files.createDirectories(file.getParent());
            try (var out = Files.newOutputStream(file)) {
                size = content.transferTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var job = new ImportJob(
                id,
                officeCode,
                source.strip(),
                fileName,
                file.toString(),
                size,
                ImportJobState.CHECKING,
                null,
                0,
                0,
                0,
                null,
                by,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        jobs.insert(job);
        audit.record(AuditEvent.of("registry.upload-checked")
                .about("registry-import", id)
                .inOffice(officeCode)
                .detail(fileName + ", " + size + " bytes"));
        executor.execute(() -> check(job));
        return job;
    }

    /** The admin's choice after the check: the import runs in the background in that mode. */
    void commit(String officeCode, UUID id, ImportMode mode) {
        var job = find(officeCode, id);
        if (job.state() != ImportJobState.CHECKED) {
            throw new InvalidInputException(List.of(InputProblem.general("registry.import.notCheckedAnyMore")));
        }
        if (mode == ImportMode.ALL_OR_NOTHING && job.badRows() > 0) {
            throw new InvalidInputException(
                    List.of(InputProblem.ofField("mode", "registry.import.allOrNothingHasBadRows", job.badRows())));
        }
        if (!jobs.move(id, ImportJobState.CHECKED, ImportJobState.IMPORTING, mode)) {
            throw new InvalidInputException(List.of(InputProblem.general("registry.import.notCheckedAnyMore")));
        }
        executor.execute(() -> runImport(job, mode));
    }

    ImportJob find(String officeCode, UUID id) {
        return access.job(officeCode, id);
    }

    List<ImportJob> recent(String officeCode) {
        return jobs.recent(officeCode, 20);
    }

    List<InputProblem> problems(ImportJob job) {
        return jobs.problems(job.id());
    }

    List<ImportPreviewRow> preview(ImportJob job) {
        return jobs.preview(job.id());
    }

    private void check(ImportJob job) {
        try {
            var check = new ExtractCheck(columnsOf(job.officeCode(), job.sourceName()));
            var preview = new ArrayList<ImportPreviewRow>();
            check.onRow(progress(job.id()));
            registry.check(job.fileName(), Path.of(job.filePath()), check, row -> {
                if (preview.size() < PREVIEW_ROWS) {
                    preview.add(new ImportPreviewRow(
                            row.row(),
                            row.nik(),
                            row.name(),
                            row.desil(),
                            blankToNull(row.familyNumber()),
                            blankToNull(row.regionCode()),
                            blankToNull(row.status())));
                }
            });
            jobs.replaceProblems(job.id(), check.problems());
            // a row of the preview may turn out to repeat an earlier NIK (the staging table tells after the reading)
            var badRows = check.problems().stream().map(InputProblem::row).collect(java.util.stream.Collectors.toSet());
            preview.removeIf(row -> badRows.contains(row.row()));
            jobs.insertPreview(job.id(), preview);
            var state = check.goodRows() == 0 ? ImportJobState.REFUSED : ImportJobState.CHECKED;
            if (check.goodRows() == 0 && check.problems().isEmpty()) {
                jobs.replaceProblems(job.id(), List.of(InputProblem.general("registry.import.noRows")));
            }
            if (state == ImportJobState.REFUSED) {
                dropFile(job); // before the state, as in runImport: a refused job is seen without its upload
            }
            jobs.finish(job.id(), state, check.rowsRead(), check.goodRows(), check.badRows(), null);
        } catch (RuntimeException | IOException e) {
            log.error("Registry import check {} failed", job.id(), e);
            dropFile(job);
            jobs.finish(job.id(), ImportJobState.FAILED, 0, 0, 0, null);
        }
    }

    private void runImport(ImportJob job, ImportMode mode) {
        var path = job.filePath() == null ? null : Path.of(job.filePath());
        if (path == null || !Files.exists(path)) {
            jobs.finish(job.id(), ImportJobState.FAILED, 0, job.goodRows(), job.badRows(), null);
            return;
        }
        // The terminal state is written last, after the preview rows and the upload are gone: whoever sees IMPORTED
        // (the progress page polling, a test) sees the job's leftovers cleaned up, not a moment before.
        Runnable end;
        try (InputStream in = Files.newInputStream(path)) {
            var result = registry.importFile(
                    job.officeCode(),
                    job.fileName(),
                    columnsOf(job.officeCode(), job.sourceName()),
                    in,
                    mode,
                    job.createdBy(),
                    progress(job.id()));
            jobs.replaceProblems(job.id(), result.skipped());
            audit.recordAlone(AuditEvent.of("registry.edition-imported")
                    .about("registry-edition", result.edition().id())
                    .inOffice(job.officeCode())
                    .by(job.createdBy())
                    .detail(job.fileName() + ", " + result.edition().rowCount() + " rows, " + mode));
            end = () -> jobs.finish(
                    job.id(),
                    ImportJobState.IMPORTED,
                    result.edition().rowCount() + result.skippedCount(),
                    result.edition().rowCount(),
                    result.skippedCount(),
                    result.edition().id());
        } catch (InvalidInputException e) {
            // the file changed between check and import only if someone replaced it on disk; report what it says now
            jobs.replaceProblems(job.id(), e.problems());
            end = () -> jobs.finish(job.id(), ImportJobState.REFUSED, 0, job.goodRows(), job.badRows(), null);
        } catch (RuntimeException | IOException e) {
            log.error("Registry import {} failed", job.id(), e);
            end = () -> jobs.finish(job.id(), ImportJobState.FAILED, 0, job.goodRows(), job.badRows(), null);
        }
        try {
            jobs.deletePreview(job.id());
            dropFile(job);
        } finally {
            end.run();
        }
    }

    private IntConsumer progress(UUID id) {
        return rows -> {
            if (rows % PROGRESS_EVERY == 0) {
                jobs.progress(id, rows);
            }
        };
    }

    /** A restart ends the jobs it interrupted: their threads are gone, and nothing of an unfinished import stayed. */
    @EventListener(ApplicationReadyEvent.class)
    void endInterrupted() {
        for (var job : jobs.interrupted()) {
            jobs.finish(job.id(), ImportJobState.FAILED, job.rowsRead(), job.goodRows(), job.badRows(), null);
            dropFile(job);
        }
    }

    private void dropFile(ImportJob job) {
        if (job.filePath() == null) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(job.filePath()));
        } catch (IOException e) {
            log.warn("Could not delete the registry upload {}", job.filePath(), e);
        }
        jobs.forgetFile(job.id());
    }

    private static String extension(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : ".csv";
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
