package id.alur.notification;

import id.alur.office.OfficeService;
import id.alur.workflow.HistoryAction;
import id.alur.workflow.LaneKind;
import id.alur.workflow.StepStarted;
import id.alur.workflow.TimelineEntry;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the officers of a lane that a step landed in it: new in their inbox, or returned to them after a Tidak decision
 * with the reason. A durable listener: its publication is written with the transition and completed when every
 * delivery is done, so a crash before that has it resubmitted ({@code EventResubmission}) and {@link Notifier}'s ledger skips what
 * went out already. It runs after the transition's commit and outside any transaction: it cannot hold up or roll back
 * the transition.
 */
@Component
class StepNotifications {

    static final Locale INDONESIAN = Locale.of("id");

    /** The listener's id in the event publication registry, fixed so a renamed method still finds its publications. */
    static final String STEP_STARTED_LISTENER = NotificationConfiguration.LISTENER_PREFIX + "step-started";

    private final OfficeService offices;
    private final StepSubjects subjects;
    private final NotificationTexts texts;
    private final ApplicantNotifications applicants;

    StepNotifications(
            OfficeService offices, StepSubjects subjects, NotificationTexts texts, ApplicantNotifications applicants) {
        this.offices = offices;
        this.subjects = subjects;
        this.texts = texts;
        this.applicants = applicants;
    }

    @Async(NotificationConfiguration.THREADS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @TransactionalEventListener(id = STEP_STARTED_LISTENER)
    void on(StepStarted started) {
        // The applicant, when this step hands the result over: "ready to collect".
        applicants.stepStarted(started);
        // The applicant's and an outside party's steps are recorded by the front desk, told by other notifications.
        if (started.laneKind() != LaneKind.POSITION) {
            return;
        }
        // A step already done needs nobody: the intake's own step, done as it starts, or one taken in the meantime.
        var open = subjects.openStep(
                started.officeCode(),
                started.caseId(),
                started.stepId(),
                started.activityNumber(),
                started.subjectRef());
        if (open.isEmpty()) {
            return;
        }
        var values = open.get().values();
        var returnedBy = returnedBy(open.get().history().entries(), started);
        NotificationKind kind = NotificationKind.STEP_ARRIVED;
        if (returnedBy.isPresent()) {
            kind = NotificationKind.STEP_RETURNED;
            values.put("reason", Optional.ofNullable(returnedBy.get().note()).orElse("-"));
            values.put("returnedBy", returnedBy.get().actorName());
        }
        NotificationKind told = kind;
        subjects.tell(
                "step-started:" + started.stepId().value(),
                told,
                started.officeCode(),
                offices.actingIn(started.officeCode(), started.positionCode(), offices.today(started.officeCode())),
                locale -> texts.render(
                        started.officeCode(), told, locale, values, open.get().link()));
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
