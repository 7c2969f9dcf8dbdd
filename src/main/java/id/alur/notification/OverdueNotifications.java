package id.alur.notification;

import id.alur.office.OfficeService;
import id.alur.office.UserView;
import id.alur.workflow.StepOverdue;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
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

    static final String STEP_OVERDUE_LISTENER = NotificationConfiguration.LISTENER_PREFIX + "step-overdue";

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final OfficeService offices;
    private final StepSubjects subjects;
    private final NotificationTexts texts;

    OverdueNotifications(OfficeService offices, StepSubjects subjects, NotificationTexts texts) {
        this.offices = offices;
        this.subjects = subjects;
        this.texts = texts;
    }

    @Async(NotificationConfiguration.THREADS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @TransactionalEventListener(id = STEP_OVERDUE_LISTENER)
    void on(StepOverdue overdue) {
        var open = subjects.openStep(
                overdue.officeCode(),
                overdue.caseId(),
                overdue.stepId(),
                overdue.activityNumber(),
                overdue.subjectRef());
        if (open.isEmpty()) {
            return;
        }
        var today = offices.today(overdue.officeCode());
        Map<String, UserView> recipients = new LinkedHashMap<>();
        String holder = open.get().step().claimedBy();
        if (holder != null) {
            offices.findUser(holder).ifPresent(u -> recipients.put(u.username(), u));
        } else {
            offices.actingIn(overdue.officeCode(), overdue.positionCode(), today)
                    .forEach(u -> recipients.put(u.username(), u));
        }
        subjects.heads(overdue.officeCode(), today).forEach(u -> recipients.put(u.username(), u));

        var values = open.get().values();
        values.put(
                "due",
                DUE.format(overdue.dueAt()
                        .atZone(offices.office(overdue.officeCode()).zone())));
        subjects.tell(
                "step-overdue:" + overdue.stepId().value(),
                NotificationKind.STEP_OVERDUE,
                overdue.officeCode(),
                recipients.values(),
                locale -> texts.render(
                        overdue.officeCode(),
                        NotificationKind.STEP_OVERDUE,
                        locale,
                        values,
                        open.get().link()));
    }
}
