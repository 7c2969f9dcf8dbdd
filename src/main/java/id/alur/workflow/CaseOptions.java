package id.alur.workflow;

import id.alur.sop.Activity;
import id.alur.workflow.CaseRules.CaseStatus;
import id.alur.workflow.CaseRules.StepSnapshot;
import java.util.Set;

/**
 * What an officer may do on a case now, as the case page and the API offer it ({@link StepOptions}): each flag is the
 * operation of {@link CaseRules} of that name that would not be refused for who asks and where the case stands. Apart
 * from the rules because it answers for every operation at once, for a reader, while the rules decide one operation for
 * a writer; both read the same {@link Route}, and {@code StepOptionsTests} holds the two to each other.
 */
final class CaseOptions {

    private CaseOptions() {}

    static StepOptions of(Route route, CaseStatus status, String username, Set<String> positions) {
        if (status.state().ended()) {
            return StepOptions.NONE;
        }
        boolean atFrontDesk = positions.contains(route.frontDeskLane());
        StepSnapshot step = status.current();
        Activity activity = step == null ? null : route.activity(step.activity());
        LaneKind lane = activity == null ? null : route.laneKind(activity);
        boolean inLane = activity != null && positions.contains(activity.actorId());
        boolean office = lane == LaneKind.POSITION;
        boolean mine = office && inLane && step.heldBy(username);
        boolean decision = office && route.isDecision(activity);
        boolean returns = office && route.returnVerdict(activity).isPresent();
        boolean heldByOther = office && step.state() == StepState.CLAIMED && !step.heldBy(username);
        // DESIGN.md §3: an outside party's user records its result; the front desk may, on its behalf with evidence.
        boolean outside = lane == LaneKind.OUTSIDE_PARTY;
        return new StepOptions(
                office && inLane && step.state() == StepState.OPEN,
                mine,
                mine && !decision,
                mine && decision,
                mine && returns,
                office
                        && route.returnVerdict(activity)
                                .filter(v -> v == Verdict.TIDAK)
                                .isPresent(),
                activity != null && activity.number() == route.last().number(),
                outside && (inLane || atFrontDesk),
                outside && !inLane,
                lane == LaneKind.APPLICANT
                        && route.handOverLanes(activity).stream().anyMatch(positions::contains),
                atFrontDesk && status.state() == CaseState.RETURNED_TO_APPLICANT,
                positions.stream().anyMatch(route::isPositionLane),
                atFrontDesk,
                heldByOther ? (step.holderName() == null ? step.holder() : step.holderName()) : null,
                heldByOther ? step.heldSince() : null);
    }
}
