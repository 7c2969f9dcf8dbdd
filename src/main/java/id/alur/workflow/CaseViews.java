package id.alur.workflow;

import id.alur.workflow.CaseRepository.CaseRow;
import id.alur.workflow.HistoryRepository.Actor;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Cases and their histories as users see them, the actors' labels in the reader's language. */
@Component
class CaseViews {

    private final CaseRepository cases;
    private final HistoryRepository history;
    private final SopVersions versions;
    private final MessageSource messages;

    CaseViews(CaseRepository cases, HistoryRepository history, SopVersions versions, MessageSource messages) {
        this.cases = cases;
        this.history = history;
        this.versions = versions;
        this.messages = messages;
    }

    /** @throws CaseNotFoundException */
    CaseView read(CaseId caseId) {
        CaseRow row = cases.findCase(caseId.value()).orElseThrow(() -> new CaseNotFoundException(caseId));
        Route route = versions.get(row.sopVersionId()).route();
        StepView current = row.currentStepId() == null
                ? null
                : cases.findStep(row.currentStepId(), route).orElseThrow();
        return of(row, current);
    }

    /** The case as its row and its current step say (as read, or as the transition's writes returned them). */
    static CaseView of(CaseRow row, @Nullable StepView current) {
        Clocks clocks = row.clocks();
        return new CaseView(
                new CaseId(row.id()),
                row.officeCode(),
                row.sopVersionId(),
                row.sopCode(),
                row.sopName(),
                row.subjectRef(),
                row.state(),
                current == null ? List.of() : List.of(current),
                row.resumeAt(),
                row.startedAt(),
                row.startedBy(),
                row.endedAt(),
                row.endReason(),
                Duration.ofSeconds(clocks.office()),
                Duration.ofSeconds(clocks.applicant()),
                Duration.ofSeconds(clocks.outside()),
                row.version());
    }

    /**
     * The case's history with its steps, each row's actor label in {@code locale}.
     *
     * @throws CaseNotFoundException
     */
    Timeline timeline(CaseId caseId, Locale locale) {
        CaseRow row = cases.findCase(caseId.value()).orElseThrow(() -> new CaseNotFoundException(caseId));
        Route route = versions.get(row.sopVersionId()).route();
        List<TimelineEntry> entries = history.entries(caseId.value(), actor -> label(actor, route, locale));
        return new Timeline(caseId, entries, cases.steps(caseId.value(), route));
    }

    /** "Budi", "Budi, Plh. untuk Sri", "Ani atas nama Pemohon", "Ani atas nama BPJS Kesehatan". */
    private String label(Actor actor, Route route, Locale locale) {
        String label = actor.delegationKind() == null
                ? actor.name()
                : messages.getMessage(
                        "workflow.history.actor." + actor.delegationKind().name(),
                        new Object[] {actor.name(), actor.onBehalfOfName()},
                        locale);
        if (actor.recordedFor() == LaneKind.APPLICANT) {
            return messages.getMessage("workflow.history.actor.forApplicant", new Object[] {label}, locale);
        }
        if (actor.recordedFor() == LaneKind.OUTSIDE_PARTY) {
            String party = actor.positionCode() == null ? null : route.laneName(actor.positionCode());
            return messages.getMessage("workflow.history.actor.forOutsideParty", new Object[] {label, party}, locale);
        }
        return label;
    }
}
