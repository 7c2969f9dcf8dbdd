package id.alur.workflow;

import id.alur.sop.SopVersionView;
import id.alur.workflow.CaseRepository.CaseRow;
import id.alur.workflow.CaseRepository.Closing;
import id.alur.workflow.InboxRepository.OverdueStep;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The news of transitions, published in the transition's own transaction (STYLE.md "Module API": a transition and its
 * history are one transaction; listeners that must follow the commit use the event publication registry). One method
 * per thing that happened, so the transition's code says what it announces.
 */
@Component
class TransitionEvents {

    private final ApplicationEventPublisher events;

    TransitionEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void caseStarted(CaseRow kase, SopVersionView version, Acting acting, Instant at) {
        events.publishEvent(new CaseStarted(
                new CaseId(kase.id()),
                kase.officeCode(),
                version.code(),
                version.id().value(),
                kase.subjectRef(),
                acting.username(),
                at));
    }

    void stepStarted(CaseRow kase, StepView step) {
        events.publishEvent(new StepStarted(
                new CaseId(kase.id()),
                step.id(),
                kase.officeCode(),
                kase.subjectRef(),
                step.activityNumber(),
                step.positionCode(),
                step.laneKind(),
                step.startedAt(),
                step.dueAt()));
    }

    /**
     * A step closed: {@link StepCompleted} when it was done (not cancelled with its case), and
     * {@link OutsideResultRecorded} when it closed with an outside party's result.
     *
     * @param recordedFor set when the office recorded the step of the applicant's or an outside party's lane
     */
    void stepClosed(CaseRow kase, StepView step, Closing closing, @Nullable LaneKind recordedFor) {
        if (closing.state() == StepState.DONE) {
            events.publishEvent(new StepCompleted(
                    new CaseId(kase.id()),
                    step.id(),
                    kase.officeCode(),
                    kase.subjectRef(),
                    step.activityNumber(),
                    step.positionCode(),
                    closing.action(),
                    closing.by().username(),
                    closing.at(),
                    Duration.ofSeconds(closing.workingSeconds()),
                    closing.withinStandard()));
        }
        OutsideResult result = closing.result();
        if (closing.action() == HistoryAction.OUTSIDE_RESULT_RECORDED && result != null) {
            events.publishEvent(new OutsideResultRecorded(
                    new CaseId(kase.id()),
                    step.id(),
                    kase.officeCode(),
                    kase.subjectRef(),
                    step.positionCode(),
                    result.reference(),
                    result.date(),
                    result.attachmentRef(),
                    closing.by().username(),
                    recordedFor != null,
                    closing.at()));
        }
    }

    void resumed(CaseRow kase, int activity, Duration applicantTime, Instant at) {
        events.publishEvent(new CaseResumed(
                new CaseId(kase.id()), kase.officeCode(), kase.subjectRef(), activity, applicantTime, at));
    }

    void returnedToApplicant(CaseRow kase, int resumeAt, @Nullable String note, Instant at) {
        events.publishEvent(new CaseReturnedToApplicant(
                new CaseId(kase.id()), kase.officeCode(), kase.subjectRef(), resumeAt, note, at));
    }

    void finished(CaseRow kase, Instant at) {
        events.publishEvent(new CaseFinished(new CaseId(kase.id()), kase.officeCode(), kase.subjectRef(), at));
    }

    void refused(CaseRow kase, @Nullable String reason, Instant at) {
        events.publishEvent(new CaseRefused(new CaseId(kase.id()), kase.officeCode(), kase.subjectRef(), reason, at));
    }

    /** Cancelled by the office or withdrawn by the applicant. */
    void cancelled(CaseRow kase, CaseState state, @Nullable String reason, Instant at) {
        events.publishEvent(
                new CaseCancelled(new CaseId(kase.id()), kase.officeCode(), kase.subjectRef(), state, reason, at));
    }

    void overdue(OverdueStep step, Instant flaggedAt) {
        events.publishEvent(new StepOverdue(
                new CaseId(step.caseId()),
                new StepId(step.stepId()),
                step.officeCode(),
                step.subjectRef(),
                step.activityNumber(),
                step.positionCode(),
                step.laneKind(),
                step.dueAt(),
                flaggedAt));
    }
}
