package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.office.PositionAssignment;
import id.alur.sop.Activity;
import id.alur.sop.Sop;
import id.alur.workflow.Timeline;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an outside party (BPJS Kesehatan, seeds 001 and 002) sees of a permohonan (issue 14): only the cases that have
 * reached a step of its lane, now or before, and of those only what its step needs — seed 001 step 7 lists "Pengantar
 * dan usulan beserta berkas kelengkapan syarat": the application, its household and the papers of its checklist, plus
 * what was filed and noted at its own steps. The office's internal notes, scans filed at the office's steps and the
 * office's steps in the timeline stay inside the office. An officer who holds any office position sees the whole case.
 */
final class OutsideLane {

    private OutsideLane() {}

    /**
     * The outside-party lanes the officer works in, when those are all they work in today in their office; empty
     * for everyone who holds an office position (own or delegated), whom this scope does not narrow.
     */
    static Set<String> onlyLanes(CurrentOfficer officer) {
        var own = officer.positions().stream()
                .filter(p -> Objects.equals(p.officeCode(), officer.officeCode()))
                .toList();
        if (own.isEmpty() || !own.stream().allMatch(PositionAssignment::outsideParty)) {
            return Set.of();
        }
        return own.stream().map(PositionAssignment::positionCode).collect(Collectors.toUnmodifiableSet());
    }

    /** The permohonan as the officer may see it: narrowed by {@link #permohonan} for an outside party only. */
    static PermohonanView forOfficer(PermohonanView view, Sop sop, CurrentOfficer officer) {
        var lanes = onlyLanes(officer);
        return lanes.isEmpty() ? view : permohonan(view, sop, lanes);
    }

    /** The timeline as the officer may see it: narrowed by {@link #timeline} for an outside party only. */
    static Timeline forOfficer(Timeline timeline, CurrentOfficer officer) {
        var lanes = onlyLanes(officer);
        return lanes.isEmpty() ? timeline : timeline(timeline, lanes);
    }

    /** Whether the case has had a step in one of the lanes (open or closed). */
    static boolean reached(Timeline timeline, Set<String> lanes) {
        return timeline.steps().stream().anyMatch(s -> lanes.contains(s.positionCode()));
    }

    /** The timeline with only the steps and entries of the lanes. */
    static Timeline timeline(Timeline timeline, Set<String> lanes) {
        return new Timeline(
                timeline.caseId(),
                timeline.entries().stream()
                        .filter(e -> e.positionCode() != null && lanes.contains(e.positionCode()))
                        .toList(),
                timeline.steps().stream()
                        .filter(s -> lanes.contains(s.positionCode()))
                        .toList());
    }

    /**
     * The permohonan with the scans of its checklist and of the lanes' steps, and the notes written in the lanes.
     */
    static PermohonanView permohonan(PermohonanView view, Sop sop, Set<String> lanes) {
        Set<Integer> ownSteps = sop.activities().stream()
                .filter(a -> lanes.contains(a.actorId()))
                .map(Activity::number)
                .collect(Collectors.toUnmodifiableSet());
        Set<DocumentId> papers = view.checklist().stream()
                .map(ChecklistItemView::documentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
        var documents = view.documents().stream()
                .filter(d -> papers.contains(d.id()) || d.stepNumber() != null && ownSteps.contains(d.stepNumber()))
                .toList();
        var notes = view.notes().stream()
                .filter(n -> lanes.contains(n.positionCode()))
                .toList();
        return new PermohonanView(
                view.id(),
                view.trackingNumber(),
                view.officeCode(),
                view.sopCode(),
                view.applicant(),
                view.householdMembers(),
                view.checklist(),
                view.workflowCaseId(),
                view.status(),
                view.submittedAt(),
                view.sopName(),
                view.incomplete(),
                view.submittedBy(),
                documents,
                notes,
                view.handover());
    }
}
