package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PDFs of an issued letter come from the durable listener of {@link LetterIssued}: its event publication is
 * written in the issuing transaction, the render runs after commit on a render thread, and a publication whose
 * listener failed (or never ran, the node having crashed) is run again when it is resubmitted, as platform's
 * {@code EventResubmission} does once it is older than 10 minutes; the PDF is stored once.
 */
@SpringBootTest
class LetterRenderingIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    LetterIssuer issuer;

    @Autowired
    LetterService letters;

    @Autowired
    LetterRepository repository;

    @Autowired
    LetterRendering rendering;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void storesThePdfsOfAnIssuedLetterFromItsListenerAfterTheIssuingCommit() {
        long caseId = LetterIssuerIntegrationTests.CASES.incrementAndGet();
        var letter = new TransactionTemplate(transactions).execute(status -> {
            var issued = issue(caseId);
            // The registry's record that the PDFs are owed, written with the letter; nothing rendered yet.
            assertThat(publication(caseId)).contains("PUBLISHED");
            assertThat(repository.pdf(issued.view().id().value(), false)).isEmpty();
            return issued;
        });
        long id = letter.view().id().value();

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(repository.pdf(id, false)).isPresent();
            assertThat(publication(caseId))
                    .as("completed publications are deleted")
                    .isEmpty();
        });
        byte[] stored = repository.pdf(id, false).orElseThrow();
        assertThat(letters.find(letter.view().id()).pdfSha256()).isEqualTo(LetterIssuer.sha256(stored));
        assertThat(repository.pdf(id, true)).isPresent();
    }

    @Test
    void rendersALetterWhoseListenerFailedWhenThePublicationIsResubmittedAndStoresItsPdfOnce() {
        long caseId = LetterIssuerIntegrationTests.CASES.incrementAndGet();
        var snapshot = new StringBuilder();
        var letter = new TransactionTemplate(transactions).execute(status -> {
            var issued = issue(caseId);
            // A snapshot the renderer cannot read: the listener fails once, as a crashing render would.
            snapshot.append(document(issued.view().id().value()));
            jdbc.sql("update letter set document = jsonb_set(document, '{kind}', '\"NO-SUCH-KIND\"') where id = ?")
                    .param(issued.view().id().value())
                    .update();
            return issued;
        });
        long id = letter.view().id().value();
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(publication(caseId)).contains("FAILED"));
        assertThat(repository.pdf(id, false)).isEmpty();

        jdbc.sql("update letter set document = cast(? as jsonb) where id = ?")
                .params(snapshot.toString(), id)
                .update();
        resubmit(caseId);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(repository.pdf(id, false)).isPresent();
            assertThat(publication(caseId)).isEmpty();
        });
        byte[] stored = repository.pdf(id, false).orElseThrow();
        assertThat(letters.find(letter.view().id()).pdfSha256()).isEqualTo(LetterIssuer.sha256(stored));
        // Nothing is left to resubmit, and a late render (the sweep, a page) keeps the PDF whose hash was shown.
        resubmit(caseId);
        assertThat(rendering.render(id)).isFalse();
        assertThat(repository.pdf(id, false)).contains(stored);
    }

    private LetterRepository.StoredLetter issue(long caseId) {
        String office = "test-render-" + caseId;
        return issuer.issue(LetterIssuerIntegrationTests.order(
                caseId,
                office,
                LetterIssuerIntegrationTests.setting(office, "{seq}/{yyyy}"),
                Instant.parse("2025-08-12T02:00:00Z")));
    }

    /** The status of the case's letter's publication to the render listener; empty once completed (deleted). */
    private Optional<String> publication(long caseId) {
        return jdbc.sql("""
                        select status from event_publication
                        where listener_id = :listener and event_type = :type
                          and (serialized_event::jsonb ->> 'caseId')::bigint = :case""")
                .param("listener", LetterRendering.PDF_LISTENER)
                .param("type", LetterIssued.class.getName())
                .param("case", caseId)
                .query(String.class)
                .optional();
    }

    private String document(long id) {
        return jdbc.sql("select document::text from letter where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private void resubmit(long caseId) {
        incomplete.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof LetterIssued issued && issued.caseId() == caseId);
    }
}
