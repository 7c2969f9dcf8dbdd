package id.alur.letter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers and stores one letter atomically (a savepoint of the caller's transaction, or a transaction of its own),
 * with the snapshot its PDFs are rendered from after commit, and announces it ({@link LetterIssued}, whose durable
 * listener {@link LetterRendering#on} renders them). The counter row is locked from
 * the moment the number is taken until the transaction ends, so numbers are gapless and never duplicated; a letter
 * that already exists for the case and kind (a re-delivered event) is returned as it is, and the number taken
 * meanwhile is given back by rolling back.
 */
@Component
class LetterIssuer {

    private static final Logger log = LoggerFactory.getLogger(LetterIssuer.class);

    private final LetterCounter counter;
    private final LetterRepository letters;
    private final ApprovalRepository approvals;
    private final LetterTemplateRepository templates;
    private final VerificationUrls urls;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate nested;

    LetterIssuer(
            LetterCounter counter,
            LetterRepository letters,
            ApprovalRepository approvals,
            LetterTemplateRepository templates,
            VerificationUrls urls,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.counter = counter;
        this.letters = letters;
        this.approvals = approvals;
        this.templates = templates;
        this.urls = urls;
        this.events = events;
        // Nested: a savepoint inside the listener's transaction (one connection per delivery, so a burst of events
        // cannot exhaust the pool waiting for second connections), a transaction of its own when called alone.
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * What is needed to issue one letter when its issuing step completed.
     *
     * @param completedAt when the issuing step completed: the letter's date and the year of its sequence, in the
     *     office's time zone
     * @param stepApprovals the paraf/signature of the completing step itself, stored with the letter
     */
    record Order(
            long caseId,
            String subjectRef,
            String officeCode,
            ZoneId zone,
            String sopCode,
            String sopName,
            LetterSetting setting,
            Instant completedAt,
            List<Approval> stepApprovals,
            LetterDocument.Applicant applicant,
            String trackingNumber,
            Letterhead letterhead,
            @Nullable String refusalReason) {

        Order(
                long caseId,
                String subjectRef,
                String officeCode,
                ZoneId zone,
                String sopCode,
                String sopName,
                LetterSetting setting,
                Instant completedAt,
                List<Approval> stepApprovals,
                LetterDocument.Applicant applicant,
                String trackingNumber,
                Letterhead letterhead) {
            this(
                    caseId,
                    subjectRef,
                    officeCode,
                    zone,
                    sopCode,
                    sopName,
                    setting,
                    completedAt,
                    stepApprovals,
                    applicant,
                    trackingNumber,
                    letterhead,
                    null);
        }
    }

    /**
     * Issues the letter of the order, or returns the one already issued for its case and kind. A letter just issued
     * has no PDFs yet (no hash in its view): they are rendered once the transaction commits. The event publication
     * of {@link LetterIssued} is written in the same transaction, so the render happens, after a crash too.
     */
    LetterRepository.StoredLetter issue(Order order) {
        LetterKind kind = order.setting().kind();
        var existing = letters.findByCase(order.caseId(), kind);
        if (existing.isPresent()) {
            return existing.get();
        }
        urls.requireConfigured(); // before a number is taken: no letter whose QR code points nowhere
        return nested.execute(status -> {
            for (Approval approval : order.stepApprovals()) {
                approvals.record(order.caseId(), kind, order.officeCode(), approval);
            }
            ZonedDateTime local = order.completedAt().atZone(order.zone());
            int sequence = counter.next(order.officeCode(), kind, local.getYear());
            // Read after the counter lock: a concurrent delivery of the same event that held it has committed now.
            var raced = letters.findByCase(order.caseId(), kind);
            if (raced.isPresent()) {
                status.setRollbackOnly();
                return raced.get();
            }
            var setting = order.setting();
            String number = setting.pattern()
                    .format(
                            sequence,
                            local.getYear(),
                            local.getMonthValue(),
                            setting.classificationCode(),
                            setting.unitCode());
            List<Approval> recorded = approvals.forLetter(order.caseId(), kind);
            Approval signature = recorded.stream()
                    .filter(a -> a.step() == setting.signStep())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No signature recorded at step " + setting.signStep()
                            + " for case " + order.caseId() + " " + kind));
            List<Approval> parafs = recorded.stream()
                    .filter(a -> setting.parafSteps().contains(a.step()))
                    .toList();
            var signer = signerOf(signature, setting.signsForTitle());
            String code = VerificationCode.next();
            var snapshot = new LetterDocument(
                    kind,
                    order.officeCode(),
                    order.zone(),
                    number,
                    local.toLocalDate(),
                    order.letterhead(),
                    setting.subject(),
                    setting.addressee(),
                    order.applicant(),
                    order.trackingNumber(),
                    order.sopName(),
                    kind == LetterKind.LEMBAR_DISPOSISI ? recorded : parafs,
                    signer,
                    urls.of(code),
                    false);
            // The body as it reads now (the SOP's own, else the office's), resolved into the snapshot: a later change
            // of either leaves this letter as it was signed.
            var document = LetterTemplate.hasBody(kind)
                    ? snapshot.withBody(templates
                            .current(order.officeCode(), order.sopCode(), kind)
                            .resolve(new LetterTemplate.Values(snapshot, order.refusalReason())))
                    : snapshot;
            long id = letters.insert(new LetterRepository.NewLetter(
                    order.officeCode(),
                    order.sopCode(),
                    kind,
                    order.caseId(),
                    order.subjectRef(),
                    local.getYear(),
                    sequence,
                    number,
                    order.completedAt(),
                    local.toLocalDate(),
                    order.zone(),
                    LetterTemplate.officeWithRegion(order.letterhead()),
                    setting.subject(),
                    setting.addressee(),
                    order.applicant().name(),
                    Initials.of(order.applicant().name()),
                    signature.username(),
                    signer,
                    code,
                    document));
            // The PDFs are rendered by the event's listener once the counter's row lock is released: signings of one
            // office and kind queue only for the few statements that number and store the letter.
            events.publishEvent(new LetterIssued(new LetterId(id), order.officeCode(), kind, number, order.caseId()));
            log.info("Letter {} {} issued for case {} of office {}", kind, number, order.caseId(), order.officeCode());
            return letters.find(id).orElseThrow();
        });
    }

    /** The signer block: "Plh."/"Plt." before the position when standing in, "a.n." line when signing for a higher. */
    static LetterDocument.Signer signerOf(Approval signature, String signsForTitle) {
        String title = signature.delegationKind() == null
                ? signature.positionTitle()
                : signature.delegationKind() + ". " + signature.positionTitle();
        return new LetterDocument.Signer(
                signsForTitle == null ? null : "a.n. " + signsForTitle,
                title,
                signature.name(),
                signature.rank(),
                signature.nip());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
