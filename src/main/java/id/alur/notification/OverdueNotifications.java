package id.alur.notification;

import id.alur.casework.PermohonanId;
import id.alur.casework.PermohonanService;
import id.alur.office.OfficeService;
import id.alur.office.PositionView;
import id.alur.office.UserView;
import id.alur.workflow.StepOverdue;
import id.alur.workflow.WorkflowService;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the holder of a step that passed its due time (the officer who took it, or the lane's officers while nobody
 * has) and the office's head (the holders of its highest position), once: the workflow's overdue scan publishes
 * {@link StepOverdue} once per step, and the ledger keys the deliveries by the step. Durable like
 * {@link StepNotifications}.
 */
@Component
class OverdueNotifications {

    private static final Logger log = LoggerFactory.getLogger(OverdueNotifications.class);

    static final String STEP_OVERDUE_LISTENER = NotificationResubmission.LISTENER_PREFIX + "step-overdue";

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final OfficeService offices;
    private final WorkflowService workflow;
    private final PermohonanService permohonan;
    private final NotificationTexts texts;
    private final Notifier notifier;
    private final Preferences preferences;

    OverdueNotifications(
            OfficeService offices,
            WorkflowService workflow,
            PermohonanService permohonan,
            NotificationTexts texts,
            Notifier notifier,
            Preferences preferences) {
        this.offices = offices;
        this.workflow = workflow;
        this.permohonan = permohonan;
        this.texts = texts;
        this.notifier = notifier;
        this.preferences = preferences;
    }

    @Async(NotificationConfiguration.THREADS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @TransactionalEventListener(id = STEP_OVERDUE_LISTENER)
    void on(StepOverdue overdue) {
        // A case of an office the office module does not know (a workflow run without office data) has nobody to tell;
        // failing would leave the publication incomplete and resubmitted at every start.
        if (offices.findOffice(overdue.officeCode()).isEmpty()) {
            log.debug("No office {}: nobody to tell of step {}", overdue.officeCode(), overdue.stepId());
            return;
        }
        var step = workflow.history(overdue.caseId()).steps().stream()
                .filter(s -> s.id().equals(overdue.stepId()))
                .findFirst();
        if (step.isEmpty() || !step.get().state().open()) {
            return;
        }
        var today = offices.today(overdue.officeCode());
        Map<String, UserView> recipients = new LinkedHashMap<>();
        String holder = step.get().claimedBy();
        if (holder != null) {
            offices.findUser(holder).ifPresent(u -> recipients.put(u.username(), u));
        } else {
            offices.actingIn(overdue.officeCode(), overdue.positionCode(), today)
                    .forEach(u -> recipients.put(u.username(), u));
        }
        offices.positions(overdue.officeCode()).stream()
                .filter(p -> !p.outsideParty())
                .findFirst()
                .map(PositionView::code)
                .ifPresent(head -> offices.actingIn(overdue.officeCode(), head, today)
                        .forEach(u -> recipients.put(u.username(), u)));

        var values = new HashMap<String, String>();
        values.put("activity", String.valueOf(overdue.activityNumber()));
        values.put("activityName", step.get().activityName());
        values.put(
                "due",
                DUE.format(overdue.dueAt()
                        .atZone(offices.office(overdue.officeCode()).zone())));
        String link = null;
        var id = PermohonanId.fromSubjectRef(overdue.subjectRef());
        if (id.isPresent()) {
            var view = permohonan.find(id.get());
            values.put("trackingNumber", view.trackingNumber());
            values.put("applicant", view.applicant().name());
            values.put("service", view.sopName());
            link = "/permohonan/" + id.get().value();
        } else {
            values.put("trackingNumber", overdue.subjectRef());
        }
        var message = texts.render(NotificationKind.STEP_OVERDUE, StepNotifications.INDONESIAN, values, link);
        String eventKey = "step-overdue:" + overdue.stepId().value();
        for (var user : recipients.values()) {
            notifier.notify(
                    eventKey,
                    NotificationKind.STEP_OVERDUE,
                    overdue.officeCode(),
                    Recipient.user(
                            user.username(),
                            user.email(),
                            preferences.of(user.username()).gatewayPhone(),
                            StepNotifications.INDONESIAN),
                    message);
        }
    }
}
