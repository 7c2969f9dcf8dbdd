package id.alur.notification;

import id.alur.casework.PermohonanId;
import id.alur.casework.PermohonanService;
import id.alur.casework.PermohonanSubmitted;
import id.alur.casework.PermohonanView;
import id.alur.office.OfficeService;
import id.alur.workflow.CaseRefused;
import id.alur.workflow.CaseReturnedToApplicant;
import id.alur.workflow.StepStarted;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the applicant, when they consented at intake (casework's {@link PermohonanService#applicantContact}), what
 * happened to their application: received (with the tracking number and the public status page), returned for papers
 * (what is missing), refused (the reason), ready to collect (the step of the SOP's last activity, where the front desk
 * hands the result over). By e-mail when they gave an address, and through the WhatsApp/SMS gateway to their phone
 * when one is configured; each once per event, durable like {@link StepNotifications} and never holding up the
 * transition. The applicant's address, phone and name stay out of the logs: the ledger names them by their permohonan.
 */
@Component
class ApplicantNotifications {

    static final String RECEIVED_LISTENER = NotificationResubmission.LISTENER_PREFIX + "applicant-received";
    static final String RETURNED_LISTENER = NotificationResubmission.LISTENER_PREFIX + "applicant-returned";
    static final String REFUSED_LISTENER = NotificationResubmission.LISTENER_PREFIX + "applicant-refused";

    private final PermohonanService permohonan;
    private final OfficeService offices;
    private final NotificationTexts texts;
    private final Notifier notifier;
    private final String statusUrl;

    ApplicantNotifications(
            PermohonanService permohonan,
            OfficeService offices,
            NotificationTexts texts,
            Notifier notifier,
            @Value("${alur.public-base-url:http://localhost:8080}") String baseUrl) {
        this.permohonan = permohonan;
        this.offices = offices;
        this.texts = texts;
        this.notifier = notifier;
        this.statusUrl = baseUrl.replaceAll("/+$", "") + "/publik/status";
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
     * The applicant's part of a step started: the result is ready to collect when it is the SOP's last step. Called by
     * {@link StepNotifications}' listener, so that a step started costs one event publication, not two.
     */
    void stepStarted(StepStarted started) {
        PermohonanId.fromSubjectRef(started.subjectRef())
                .filter(id -> permohonan.applicantContact(id).isPresent())
                .filter(id -> permohonan.handsOverAt(id, started.activityNumber()))
                .ifPresent(id -> tell(
                        "applicant-ready:" + started.stepId().value(), NotificationKind.APPLICANT_READY, id, Map.of()));
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
                texts.render(kind, StepNotifications.INDONESIAN, values, null));
    }

    /** The phone as the intake stored it ({@code 08…} or {@code +62…}), in the {@code +62…} form users' phones have. */
    static String gatewayPhone(String phone) {
        return phone.startsWith("0") ? "+62" + phone.substring(1) : phone;
    }
}
