package id.alur.notification;

import id.alur.casework.PermohonanId;
import id.alur.casework.PermohonanService;
import id.alur.casework.PermohonanSubmitted;
import id.alur.casework.PermohonanView;
import id.alur.letter.LetterIssued;
import id.alur.letter.LetterKind;
import id.alur.letter.LetterService;
import id.alur.office.OfficeService;
import id.alur.workflow.CaseId;
import id.alur.workflow.CaseNotFoundException;
import id.alur.workflow.CaseRefused;
import id.alur.workflow.CaseReturnedToApplicant;
import id.alur.workflow.CaseState;
import id.alur.workflow.CaseView;
import id.alur.workflow.StepId;
import id.alur.workflow.StepStarted;
import id.alur.workflow.WorkflowService;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the applicant, when they consented at intake (casework's {@link PermohonanService#applicantContact}), what
 * happened to their application: received (with the tracking number and the public status page), returned for papers
 * (what is missing), refused (the reason), ready to collect (the result is ready and waits for the hand-over: see
 * {@link #readyToCollect}). By e-mail when they gave an address, and through the WhatsApp/SMS gateway to their phone
 * when one is configured; each once per event, durable like {@link StepNotifications} and never holding up the
 * transition. The applicant's address, phone and name stay out of the logs: the ledger names them by their permohonan.
 */
@Component
class ApplicantNotifications {

    static final String RECEIVED_LISTENER = NotificationConfiguration.LISTENER_PREFIX + "applicant-received";
    static final String RETURNED_LISTENER = NotificationConfiguration.LISTENER_PREFIX + "applicant-returned";
    static final String REFUSED_LISTENER = NotificationConfiguration.LISTENER_PREFIX + "applicant-refused";
    static final String READY_LISTENER = NotificationConfiguration.LISTENER_PREFIX + "applicant-ready";

    /**
     * The letters the applicant collects (or carries on to BPJS Kesehatan): not the intake's receipt (handed over at
     * the desk), the disposition sheet (internal) nor the refusal letter (told as a refusal).
     */
    static final Set<LetterKind> RESULT_LETTERS = EnumSet.of(
            LetterKind.SURAT_PENGANTAR,
            LetterKind.SURAT_REKOMENDASI_BEROBAT,
            LetterKind.LEMBAR_VERIFIKASI,
            LetterKind.SURAT_LAYANAN);

    private final PermohonanService permohonan;
    private final OfficeService offices;
    private final WorkflowService workflow;
    private final LetterService letters;
    private final NotificationTexts texts;
    private final Notifier notifier;
    private final String statusUrl;

    ApplicantNotifications(
            PermohonanService permohonan,
            OfficeService offices,
            WorkflowService workflow,
            LetterService letters,
            NotificationTexts texts,
            Notifier notifier,
            MailChannel mail,
            MessageSource messages) {
        this.permohonan = permohonan;
        this.offices = offices;
        this.workflow = workflow;
        this.letters = letters;
        this.texts = texts;
        this.notifier = notifier;
        this.statusUrl = statusUrl(mail, messages);
    }

    @Async(NotificationConfiguration.THREADS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @TransactionalEventListener(id = RECEIVED_LISTENER)
    void on(PermohonanSubmitted submitted) {
        tell(
                "applicant-received:" + submitted.id().value(),
                NotificationKind.APPLICANT_RECEIVED,
                submitted.id(),
                Map.of());
    }

    @Async(NotificationConfiguration.THREADS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @TransactionalEventListener(id = RETURNED_LISTENER)
    void on(CaseReturnedToApplicant returned) {
        PermohonanId.fromSubjectRef(returned.subjectRef()).ifPresent(id -> {
            var missing = permohonan.find(id).missingRequirements();
            tell(
                    "applicant-returned:" + returned.caseId().value() + ":"
                            + returned.returnedAt().toEpochMilli(),
                    NotificationKind.APPLICANT_RETURNED,
                    id,
                    Map.of(
                            "missing",
                            missing.isEmpty() ? "-" : String.join("; ", missing),
                            "reason",
                            Optional.ofNullable(returned.note()).orElse("-")));
        });
    }

    @Async(NotificationConfiguration.THREADS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @TransactionalEventListener(id = REFUSED_LISTENER)
    void on(CaseRefused refused) {
        PermohonanId.fromSubjectRef(refused.subjectRef())
                .ifPresent(id -> tell(
                        "applicant-refused:" + refused.caseId().value(),
                        NotificationKind.APPLICANT_REFUSED,
                        id,
                        Map.of("reason", Optional.ofNullable(refused.reason()).orElse("-"))));
    }

    /**
     * A result letter issued: ready to collect when the case ended with it (seed 003 numbers its Surat Rekomendasi at
     * its last step, "membubuhkan No Surat"). A letter issued with a hand-over step still to come is told when that step
     * starts ({@link #stepStarted}).
     */
    @Async(NotificationConfiguration.THREADS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @TransactionalEventListener(id = READY_LISTENER)
    void on(LetterIssued issued) {
        if (RESULT_LETTERS.contains(issued.kind())) {
            tellIfReady(new CaseId(issued.caseId()), null);
        }
    }

    /**
     * The applicant's part of a step started: ready to collect when it is the step that hands the result over and the
     * result letter is issued (seed 000's step 5, after the Kepala Dinas signed at step 4). Called by
     * {@link StepNotifications}' listener, so that a step started costs one event publication, not two.
     */
    void stepStarted(StepStarted started) {
        tellIfReady(started.caseId(), started.stepId());
    }

    /**
     * Tells "ready to collect" once per case ({@code applicant-ready:<case>}). Of the two events that may complete the
     * condition, exactly one may tell: the started hand-over step while it is open, the letter only when no step is
     * open. Both run after the same commit when the signing step starts the hand-over (seed 000), and the ledger's
     * claim is no lock: two listeners telling at once would both send.
     */
    private void tellIfReady(CaseId caseId, @Nullable StepId started) {
        CaseView kase;
        try {
            kase = workflow.caseView(caseId);
        } catch (CaseNotFoundException e) {
            // A letter of a case the workflow does not have (data of another origin) has no applicant to tell; failing
            // would leave the publication incomplete and resubmitted again and again.
            return;
        }
        var open = kase.currentStep();
        boolean mine = started == null
                ? open.isEmpty()
                : open.isPresent() && open.get().id().equals(started);
        if (!mine) {
            return;
        }
        PermohonanId.fromSubjectRef(kase.subjectRef())
                .filter(id -> permohonan.applicantContact(id).isPresent())
                .filter(id -> readyToCollect(id, kase))
                .ifPresent(id ->
                        tell("applicant-ready:" + caseId.value(), NotificationKind.APPLICANT_READY, id, Map.of()));
    }

    /**
     * Ready to collect: the result is ready and waits for the applicant. The result is ready once the case's result
     * letter is issued (numbered: a draft still under review is not), or, where the office issues no result letter for
     * the service, when the hand-over comes. It waits for the applicant while the step that hands it over is open
     * (the SOP's last activity: the applicant's own step of seeds 001 and 004, the front desk's step 5 of seed 000),
     * or when the case ended with no hand-over recorded (seed 003, whose last step numbers the letter).
     */
    boolean readyToCollect(PermohonanId id, CaseView kase) {
        var open = kase.currentStep();
        boolean waiting = open.isPresent()
                ? permohonan.handsOverAt(id, open.get().activityNumber())
                : kase.state() == CaseState.FINISHED
                        && permohonan.find(id).handover().isEmpty();
        if (!waiting) {
            return false;
        }
        boolean issued = letters.kindsIssued(kase.id().value()).stream().anyMatch(RESULT_LETTERS::contains);
        return issued
                || letters.settings(kase.officeCode()).stream()
                        .noneMatch(s -> kase.sopCode().equals(s.sopCode()) && RESULT_LETTERS.contains(s.kind()));
    }

    private void tell(String eventKey, NotificationKind kind, PermohonanId id, Map<String, String> extra) {
        var contact = permohonan.applicantContact(id);
        if (contact.isEmpty()) {
            return;
        }
        PermohonanView view = permohonan.find(id);
        var values = new HashMap<String, String>(extra);
        values.put("trackingNumber", view.trackingNumber());
        values.put("service", view.sopName());
        values.put("applicant", view.applicant().name());
        values.put(
                "office",
                offices.findOffice(view.officeCode()).map(o -> o.name()).orElse(view.officeCode()));
        values.put("statusUrl", statusUrl);
        notifier.notify(
                eventKey,
                kind,
                view.officeCode(),
                Recipient.applicant(
                        id.subjectRef(),
                        contact.get().email(),
                        gatewayPhone(contact.get().phone()),
                        StepNotifications.INDONESIAN),
                texts.render(view.officeCode(), kind, StepNotifications.INDONESIAN, values, null));
    }

    /**
     * Where the applicant reads the status: the public status page, or — outside the demo without a public address —
     * the office's front desk, never a localhost link that opens nothing on the applicant's phone (issue 14).
     */
    static String statusUrl(MailChannel mail, MessageSource messages) {
        String page = mail.statusPage();
        return page != null
                ? page
                : messages.getMessage("notification.statusUrl.atTheDesk", null, StepNotifications.INDONESIAN);
    }

    /** The phone as the intake stored it ({@code 08…} or {@code +62…}), in the {@code +62…} form users' phones have. */
    static String gatewayPhone(String phone) {
        return phone.startsWith("0") ? "+62" + phone.substring(1) : phone;
    }
}
