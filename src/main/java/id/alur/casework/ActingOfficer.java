package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.office.PositionAssignment;
import id.alur.platform.ForbiddenException;
import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.Sop;
import id.alur.workflow.Acting;
import id.alur.workflow.DelegationKind;
import id.alur.workflow.LaneKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/** Turns the signed-in officer's positions of today (own and delegated) into the workflow's {@link Acting}. */
final class ActingOfficer {

    private ActingOfficer() {}

    /** The positions (SOP lanes) the officer may act in today in the office they work in now, own and delegated. */
    static Set<String> positions(CurrentOfficer officer) {
        return officer.positions().stream()
                .filter(p -> p.officeCode().equals(officer.officeCode()))
                .map(PositionAssignment::positionCode)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the officer acts in any lane of the SOP (and so may write notes and upload scans on its cases). */
    static boolean inSopLane(CurrentOfficer officer, Sop sop) {
        var positions = positions(officer);
        return sop.actors().stream().map(Actor::id).anyMatch(positions::contains);
    }

    /** Acting in the position, in one's own right when held so, else as Plh/Plt. */
    static Optional<Acting> in(CurrentOfficer officer, String positionCode) {
        return officer.positions().stream()
                .filter(p -> p.officeCode().equals(officer.officeCode()))
                .filter(p -> p.positionCode().equals(positionCode))
                .min(Comparator.comparing(PositionAssignment::delegated))
                .map(p -> acting(officer, p));
    }

    /** Acting in the first of the positions the officer holds, in the given order. */
    static Optional<Acting> inAnyOf(CurrentOfficer officer, Collection<String> positionCodes) {
        return positionCodes.stream()
                .map(code -> in(officer, code))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * The officer acting on the case's current step: in its lane, or at the front desk for a step of the applicant's
     * or an outside party's lane (DESIGN.md §3). Without an open step, in any lane of the SOP, so that the workflow
     * can say why nothing can be done (ended, returned).
     *
     * @throws AccessDeniedException the officer holds no such position today
     */
    static Acting onStep(CaseActions.Loaded loaded, CurrentOfficer officer, long stepId) {
        var step = loaded.caseView()
                .currentStep()
                .filter(s -> s.id().value() == stepId)
                .or(() -> loaded.caseView().currentStep());
        if (step.isEmpty()) {
            return inSop(officer, loaded.sop());
        }
        String lane = step.get().positionCode();
        return in(officer, lane)
                .or(() -> step.get().laneKind() == LaneKind.APPLICANT
                        ? handingOverLane(loaded.sop(), step.get().activityNumber())
                                .flatMap(handing -> in(officer, handing))
                        : Optional.empty())
                .or(() -> switch (step.get().laneKind()) {
                    case APPLICANT, OUTSIDE_PARTY -> in(officer, Services.frontDeskLane(loaded.sop()));
                    case POSITION -> Optional.empty();
                })
                .orElseThrow(() -> new AccessDeniedException("Not in the lane of step " + stepId));
    }

    /**
     * The office lane that hands the applicant what an applicant's step receives (the row before it, {@link
     * Sop#handingOverLane}): it records the hand-over in its own name, as the front desk may (issue 12 item 9).
     */
    private static Optional<String> handingOverLane(Sop sop, int activityNumber) {
        return sop.activity(activityNumber).flatMap(sop::handingOverLane);
    }

    /** The officer in any lane of the SOP (for notes and uploads). */
    static Acting inSop(CurrentOfficer officer, Sop sop) {
        return inAnyOf(officer, sop.actors().stream().map(Actor::id).toList())
                .orElseThrow(() -> new AccessDeniedException(
                        "Holds no lane of SOP " + sop.header().name()));
    }

    /**
     * The officer in an office position of the SOP (not an outside party's lane), the front desk first: who may cancel
     * a case.
     */
    static Acting inOfficeLane(CurrentOfficer officer, Sop sop) {
        var lanes = new ArrayList<String>();
        lanes.add(Services.frontDeskLane(sop));
        sop.actors().stream()
                .filter(actor -> actor.kind() == ActorKind.POSITION)
                .map(Actor::id)
                .forEach(lanes::add);
        return inAnyOf(officer, lanes)
                .orElseThrow(() -> new AccessDeniedException(
                        "Holds no office position of SOP " + sop.header().name()));
    }

    /**
     * The officer who may take an intake of the SOP (issue 12 item 9): acting in its front-desk lane, in a position the
     * office marked "Petugas loket" ({@code PositionAssignment#frontDesk}). Empty when the officer holds no such
     * position (the lane unmarked, or not held).
     */
    static Optional<Acting> atIntakeDesk(CurrentOfficer officer, Sop sop) {
        String lane = Services.frontDeskLane(sop);
        return officer.positions().stream()
                .filter(p -> p.officeCode().equals(officer.officeCode()))
                .filter(p -> p.positionCode().equals(lane) && p.frontDesk())
                .min(Comparator.comparing(PositionAssignment::delegated))
                .map(p -> acting(officer, p));
    }

    /** {@link #atIntakeDesk}, or refused with 403 saying that only the front desk takes applications in. */
    static Acting requireIntakeDesk(CurrentOfficer officer, Sop sop) {
        return atIntakeDesk(officer, sop).orElseThrow(() -> notAtIntakeDesk(officer));
    }

    static ForbiddenException notAtIntakeDesk(CurrentOfficer officer) {
        return new ForbiddenException(
                officer.username() + " holds no Petugas loket position of this SOP's front desk",
                "casework.intake.notFrontDesk");
    }

    /** The officer at the SOP's front desk. */
    static Acting atFrontDesk(CurrentOfficer officer, Sop sop) {
        return in(officer, Services.frontDeskLane(sop))
                .orElseThrow(() -> new AccessDeniedException(
                        "Not at the front desk of " + sop.header().name()));
    }

    private static Acting acting(CurrentOfficer officer, PositionAssignment position) {
        // A Plt of a vacant position acts for nobody: the workflow records it in the Plt's own name.
        if (position.kind() == null || position.onBehalfOfUsername() == null) {
            return Acting.self(officer.username(), officer.fullName(), position.positionCode());
        }
        return Acting.standIn(
                officer.username(),
                officer.fullName(),
                position.positionCode(),
                DelegationKind.valueOf(position.kind().name()),
                position.onBehalfOfUsername(),
                position.onBehalfOfName());
    }
}
