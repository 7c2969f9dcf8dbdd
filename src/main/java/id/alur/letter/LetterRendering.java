package id.alur.letter;

import java.time.Duration;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Renders and stores the PDFs of issued letters outside the transaction that numbered them (docs/letters.md
 * "Rendering"): after that transaction commits, from a durable listener on {@link LetterIssued} (Spring Modulith's
 * event publication registry records it in the issuing transaction, so a crash before the render loses nothing: the
 * next start resubmits it); on demand when someone asks for a PDF or its hash first; and by a sweep, the safety net,
 * for any letter a failed or dropped render left without PDFs. Whichever render stores first wins
 * ({@code update … where pdf is null}); the others' PDFs are dropped, so a hash once shown never changes.
 */
@Component
class LetterRendering {

    private static final Logger log = LoggerFactory.getLogger(LetterRendering.class);

    /** The sweep leaves letters younger than this to the listener started when they were issued. */
    static final Duration SWEEP_GRACE = Duration.ofSeconds(30);

    private static final int SWEEP_BATCH = 200;

    /**
     * The listener's id in the event publication registry, fixed so that a publication left incomplete still finds
     * its listener after the method is renamed.
     */
    static final String PDF_LISTENER = "letter-pdfs";

    private final LetterRepository letters;
    private final LetterPdf pdf;

    LetterRendering(LetterRepository letters, LetterPdf pdf) {
        this.letters = letters;
        this.pdf = pdf;
    }

    /**
     * Renders the PDFs of a letter just issued, on a render thread once the issuing transaction has committed (the
     * counter's row lock is released by then; a rolled-back issue renders nothing). Its publication is completed when
     * this returns; when it throws, the publication stays incomplete and is resubmitted at the next start, and the
     * sweep renders the letter meanwhile.
     */
    @Async(LetterConfiguration.RENDER_THREADS)
    @TransactionalEventListener(id = PDF_LISTENER)
    void on(LetterIssued issued) {
        render(issued.id().value());
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

    /** Shortly after start-up and then periodically: letters whose render failed or was dropped. */
    @Scheduled(
            initialDelayString = "${alur.letter.render-sweep-initial-delay:PT15S}",
            fixedDelayString = "${alur.letter.render-sweep-delay:PT1M}")
    // a batch of 200 renders takes one to three minutes; overlapping runs store each PDF once (storePdfs is
    // conditional), and a letter opened meanwhile is rendered on demand (docs/production.md "Scheduled jobs")
    @SchedulerLock(name = "letter-pdf-sweep", lockAtMostFor = "PT5M")
    void sweepPending() {
        sweep(SWEEP_GRACE);
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
}
