package id.alur.notification;

import id.alur.casework.PermohonanId;
import id.alur.casework.PermohonanService;
import id.alur.office.OfficeService;
import id.alur.workflow.HistoryAction;
import id.alur.workflow.LaneKind;
import id.alur.workflow.StepStarted;
import id.alur.workflow.TimelineEntry;
import id.alur.workflow.WorkflowService;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the officers of a lane that a step landed in it: new in their inbox, or returned to them after a Tidak decision
 * with the reason. A durable listener: its publication is written with the transition and completed when every
 * delivery is done, so a crash before that resubmits it at the next start and {@link Notifier}'s ledger skips what
 * went out already. It runs after the transition's commit and outside any transaction: it cannot hold up or roll back
 * the transition.
 */
@Component
class StepNotifications {

    private static final Logger log = LoggerFactory.getLogger(StepNotifications.class);

    static final Locale INDONESIAN = Locale.of("id");

    /** The listener's id in the event publication registry, fixed so a renamed method still finds its publications. */
    static final String STEP_STARTED_LISTENER = NotificationResubmission.LISTENER_PREFIX + "step-started";

    private final OfficeService offices;
    private final WorkflowService workflow;
    private final PermohonanService permohonan;
    private final NotificationTexts texts;
    private final Notifier notifier;
    private final Preferences preferences;

    StepNotifications(
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
    @TransactionalEventListener(id = STEP_STARTED_LISTENER)
    void on(StepStarted started) {
        // A case of an office the office module does not know (a workflow run without office data) has nobody to tell;
        // failing would leave the publication incomplete and resubmitted at every start.
        if (offices.findOffice(started.officeCode()).isEmpty()) {
            log.debug("No office {}: nobody to tell of step {}", started.officeCode(), started.stepId());
            return;
        }
        // The applicant's and an outside party's steps are recorded by the front desk, told by other notifications.
        if (started.laneKind() != LaneKind.POSITION) {
            return;
        }
        var history = workflow.history(started.caseId());
        var step = history.steps().stream()
                .filter(s -> s.id().equals(started.stepId()))
                .findFirst();
        // A step already done needs nobody: the intake's own step, done as it starts, or one taken in the meantime.
        if (step.isEmpty() || !step.get().state().open()) {
            return;
        }
        var values = new HashMap<String, String>();
        values.put("activity", String.valueOf(started.activityNumber()));
        values.put("activityName", step.get().activityName());
        String link = null;
        var id = PermohonanId.fromSubjectRef(started.subjectRef());
        if (id.isPresent()) {
            var view = permohonan.find(id.get());
            values.put("trackingNumber", view.trackingNumber());
            values.put("applicant", view.applicant().name());
            values.put("service", view.sopName());
            link = "/permohonan/" + id.get().value();
        } else {
            values.put("trackingNumber", started.subjectRef());
        }
        var returnedBy = returnedBy(history.entries(), started);
        NotificationKind kind = NotificationKind.STEP_ARRIVED;
        if (returnedBy.isPresent()) {
            kind = NotificationKind.STEP_RETURNED;
            values.put("reason", Optional.ofNullable(returnedBy.get().note()).orElse("-"));
            values.put("returnedBy", returnedBy.get().actorName());
        }
        String eventKey = "step-started:" + started.stepId().value();
        for (var user :
                offices.actingIn(started.officeCode(), started.positionCode(), offices.today(started.officeCode()))) {
            var message = texts.render(kind, INDONESIAN, values, link);
            String phone = preferences.of(user.username()).gatewayPhone();
            notifier.notify(
                    eventKey,
                    kind,
                    started.officeCode(),
                    Recipient.user(user.username(), user.email(), phone, INDONESIAN),
                    message);
        }
    }

    /** The Tidak decision that sent the case back to the started step, if that is how it came there. */
    private static Optional<TimelineEntry> returnedBy(java.util.List<TimelineEntry> entries, StepStarted started) {
        return entries.stream()
                .filter(e -> e.toActivity() != null && e.toActivity() == started.activityNumber())
                .filter(e -> !e.at().isAfter(started.startedAt()))
                .max(Comparator.comparingLong(TimelineEntry::sequence))
                .filter(e -> e.action() == HistoryAction.DECIDED_TIDAK
                        && e.fromActivity() != null
                        && e.fromActivity() >= started.activityNumber());
    }
}
