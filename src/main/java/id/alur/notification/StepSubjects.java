package id.alur.notification;

import id.alur.casework.PermohonanId;
import id.alur.casework.PermohonanService;
import id.alur.office.OfficeService;
import id.alur.office.UserView;
import id.alur.workflow.CaseId;
import id.alur.workflow.StepId;
import id.alur.workflow.StepView;
import id.alur.workflow.Timeline;
import id.alur.workflow.WorkflowService;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the step listeners ({@link StepNotifications}, {@link OverdueNotifications}) share: the step they are about,
 * still open, with the values that name it in a message, and the telling of each officer on their channels.
 */
@Component
class StepSubjects {

    private static final Logger log = LoggerFactory.getLogger(StepSubjects.class);

    private final OfficeService offices;
    private final WorkflowService workflow;
    private final PermohonanService permohonan;
    private final Notifier notifier;
    private final Preferences preferences;

    StepSubjects(
            OfficeService offices,
            WorkflowService workflow,
            PermohonanService permohonan,
            Notifier notifier,
            Preferences preferences) {
        this.offices = offices;
        this.workflow = workflow;
        this.permohonan = permohonan;
        this.notifier = notifier;
        this.preferences = preferences;
    }

    /** A step still open, its case's history, and the values naming it ({@code activity}, the applicant…). */
    record OpenStep(
            Timeline history,
            StepView step,
            Map<String, String> values,
            @Nullable String link) {}

    /**
     * The step if it is still open: a step done meanwhile needs nobody. A case of an office the office module does not
     * know (a workflow run without office data) has nobody to tell either; failing would leave the publication
     * incomplete and resubmitted at every start.
     */
    Optional<OpenStep> openStep(
            String officeCode, CaseId caseId, StepId stepId, int activityNumber, String subjectRef) {
        if (offices.findOffice(officeCode).isEmpty()) {
            log.debug("No office {}: nobody to tell of step {}", officeCode, stepId);
            return Optional.empty();
        }
        var history = workflow.history(caseId);
        var step = history.steps().stream().filter(s -> s.id().equals(stepId)).findFirst();
        if (step.isEmpty() || !step.get().state().open()) {
            return Optional.empty();
        }
        var values = new HashMap<String, String>();
        values.put("activity", String.valueOf(activityNumber));
        values.put("activityName", step.get().activityName());
        String link = null;
        var id = PermohonanId.fromSubjectRef(subjectRef);
        if (id.isPresent()) {
            var view = permohonan.find(id.get());
            values.put("trackingNumber", view.trackingNumber());
            values.put("applicant", view.applicant().name());
            values.put("service", view.sopName());
            link = "/permohonan/" + id.get().value();
        } else {
            values.put("trackingNumber", subjectRef);
        }
        return Optional.of(new OpenStep(history, step.get(), values, link));
    }

    /**
     * The users acting today in the office's highest position (rank 1, outside parties left out): the Kepala Dinas or
     * Kepala Kantor of every seed, told of late steps and sent the daily digest.
     */
    List<UserView> heads(String officeCode, LocalDate today) {
        return offices.positions(officeCode).stream()
                .filter(p -> !p.outsideParty())
                .findFirst()
                .map(head -> offices.actingIn(officeCode, head.code(), today))
                .orElse(List.of());
    }

    /**
     * Tells each officer once for the event, in the app, by e-mail and, if they opted in, through the gateway, in the
     * language each chose on the profile page ({@code message} renders the text for a language).
     */
    void tell(
            String eventKey,
            NotificationKind kind,
            String officeCode,
            Collection<UserView> users,
            Function<Locale, Message> message) {
        for (var user : users) {
            var preference = preferences.of(user.username());
            notifier.notify(
                    eventKey,
                    kind,
                    officeCode,
                    Recipient.user(user.username(), user.email(), preference.gatewayPhone(), preference.locale()),
                    message.apply(preference.locale()));
        }
    }
}
