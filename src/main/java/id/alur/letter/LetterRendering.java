package id.alur.letter;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Renders and stores the PDFs of issued letters outside the transaction that numbered them (docs/letters.md
 * "Rendering"): right after that transaction commits, on a small pool of its own; on demand when someone asks for a
 * PDF or its hash first; and by a sweep for any letter a crash or a failed render left without PDFs. Whichever render
 * stores first wins ({@code update … where pdf is null}); the others' PDFs are dropped, so a hash once shown never
 * changes.
 */
@Component
class LetterRendering implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LetterRendering.class);

    /** The sweep leaves letters younger than this to the render started when they were issued. */
    static final Duration SWEEP_GRACE = Duration.ofSeconds(30);

    private static final int SWEEP_BATCH = 200;

    private final LetterRepository letters;
    private final LetterPdf pdf;
    private final Executor executor;

    @Autowired
    LetterRendering(LetterRepository letters, LetterPdf pdf) {
        this(letters, pdf, pool());
    }

    /**
     * With the executor that runs the renders started on commit; it must not run them in the committing thread, whose
     * finished transaction still holds its connection.
     */
    LetterRendering(LetterRepository letters, LetterPdf pdf, Executor executor) {
        this.letters = letters;
        this.pdf = pdf;
        this.executor = executor;
    }

    /**
     * Renders the letter's PDFs once the current transaction has committed (the counter's row lock is released by
     * then), or at once when there is no transaction. A rolled-back issue renders nothing.
     */
    void renderAfterCommit(long id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    renderLater(id);
                }
            });
        } else {
            renderLater(id);
        }
    }

    /**
     * The stored PDFs of a letter, rendering and storing them first if they are not stored yet; empty when there is
     * no such letter.
     */
    Optional<RenderedLetter> stored(long id) {
        var issued = letters.pdf(id, false);
        if (issued.isEmpty()) {
            render(id);
            issued = letters.pdf(id, false);
            if (issued.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(
                new RenderedLetter(issued.get(), letters.pdf(id, true).orElseThrow()));
    }

    /**
     * Renders and stores the PDFs of letters still without them that were stored more than {@code grace} ago; returns
     * how many were stored. A letter whose render fails is logged and tried again at the next sweep.
     */
    int sweep(Duration grace) {
        int stored = 0;
        for (long id : letters.pendingPdfs(grace, SWEEP_BATCH)) {
            try {
                if (render(id)) {
                    stored++;
                }
            } catch (RuntimeException e) {
                log.error("PDFs of letter {} could not be rendered; the next sweep tries again", id, e);
            }
        }
        if (stored > 0) {
            log.info("Rendered the PDFs of {} letters left without them", stored);
        }
        return stored;
    }

    /** Shortly after start-up (letters a crash left behind) and then periodically. */
    @Scheduled(
            initialDelayString = "${alur.letter.render-sweep-initial-delay:PT15S}",
            fixedDelayString = "${alur.letter.render-sweep-delay:PT1M}")
    @SchedulerLock(name = "letter-pdf-sweep", lockAtMostFor = "PT10M")
    void sweepPending() {
        sweep(SWEEP_GRACE);
    }

    @Override
    public void destroy() throws InterruptedException {
        // Renders not finished now are done by the next start's sweep.
        if (executor instanceof ExecutorService service) {
            service.shutdown();
            service.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** Renders and stores; false when there is nothing to render or another render stored first. */
    boolean render(long id) {
        var document = letters.document(id);
        if (document.isEmpty()) {
            return false;
        }
        var rendered = pdf.render(document.get(), document.get().asOfficeCopy());
        return letters.storePdfs(id, rendered, LetterIssuer.sha256(rendered.issued()));
    }

    private void renderLater(long id) {
        executor.execute(() -> {
            try {
                render(id);
            } catch (RuntimeException e) {
                log.error("PDFs of letter {} could not be rendered; rendered on demand or by the next sweep", id, e);
            }
        });
    }

    /**
     * As many render threads as cores (at most four): rendering is pure computation. A render that finds the queue
     * full (a burst of a thousand letters) or the pool shut down is left to the sweep or to whoever asks for the PDF
     * first. It never runs in the committing thread: that thread's finished transaction still holds its connection.
     */
    private static ExecutorService pool() {
        int threads = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
        var counter = new AtomicInteger();
        var pool = new ThreadPoolExecutor(
                threads,
                threads,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1000),
                task -> {
                    var thread = new Thread(task, "letter-pdf-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                (task, executor) -> log.debug("Letter render queue full; the sweep renders what is left"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
