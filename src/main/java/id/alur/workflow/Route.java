package id.alur.workflow;

import id.alur.sop.Activity;
import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.Branch;
import id.alur.sop.Decision;
import id.alur.sop.Sop;
import id.alur.sop.Symbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The paths through one SOP: which activity follows which, where a decision sends the case, who acts in each lane. The
 * SOP is the process definition; this class only reads it.
 */
final class Route {

    /** Where the case goes after an activity. */
    sealed interface Next {
        record ToActivity(Activity activity) implements Next {}

        /** The papers go back to the applicant; the case resumes at {@code resumeAt} when they return. */
        record BackToApplicant(Activity resumeAt) implements Next {}

        record End() implements Next {}

        /** The decision branched to the refusal end: the case ends as refused. */
        record Refused() implements Next {}
    }

    private final Sop sop;
    private final Map<Integer, Integer> indexByNumber = new HashMap<>();
    private final Map<String, Actor> lanes = new HashMap<>();
    private final String frontDeskLane;

    Route(Sop sop) {
        this.sop = sop;
        if (sop.activities().isEmpty()) {
            throw new IllegalArgumentException("SOP has no activities");
        }
        sop.actors().forEach(actor -> lanes.put(actor.id(), actor));
        List<Activity> activities = sop.activities();
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            indexByNumber.put(activity.number(), i);
            if (!lanes.containsKey(activity.actorId())) {
                throw new IllegalArgumentException(
                        "Activity " + activity.number() + " names unknown lane " + activity.actorId());
            }
        }
        for (Activity activity : activities) {
            targets(activity).forEach(target -> {
                if (!indexByNumber.containsKey(target)) {
                    throw new IllegalArgumentException(
                            "Activity " + activity.number() + " leads to missing activity " + target);
                }
            });
        }
        frontDeskLane = activities.stream()
                .filter(a -> laneKind(a) == LaneKind.POSITION)
                .map(Activity::actorId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("SOP has no activity in an office position"));
    }

    Sop sop() {
        return sop;
    }

    Activity first() {
        return sop.first();
    }

    Activity last() {
        return sop.last();
    }

    Activity activity(int number) {
        Integer index = indexByNumber.get(number);
        if (index == null) {
            throw new IllegalArgumentException(
                    "No activity " + number + " in SOP " + sop.header().name());
        }
        return sop.activities().get(index);
    }

    boolean hasActivity(int number) {
        return indexByNumber.containsKey(number);
    }

    Actor lane(Activity activity) {
        return lanes.get(activity.actorId());
    }

    /** The name of the lane (the SOP's actor) with the given id, as the form prints it; the id when there is none. */
    String laneName(String positionCode) {
        Actor actor = lanes.get(positionCode);
        return actor == null ? positionCode : actor.name();
    }

    LaneKind laneKind(Activity activity) {
        return kindOf(lane(activity).kind());
    }

    boolean isPositionLane(String positionCode) {
        Actor actor = lanes.get(positionCode);
        return actor != null && actor.kind() == ActorKind.POSITION;
    }

    /**
     * The office position that does the intake and records the applicant's and outside parties' steps: the lane of
     * the first activity done by an office position (the one that receives the papers). The lane order of the form
     * cannot be used: it runs highest position first, but seed 001 prints Koordinator Pelayanan after Petugas
     * Pelayanan, who is the one receiving the papers.
     */
    String frontDeskLane() {
        return frontDeskLane;
    }

    /**
     * The second inbox of an applicant's step ({@code workflow_step.handing_position}, V5_240): the office lane that
     * hands the applicant what the step receives ({@link Sop#handingOverLane}, issue 12 item 9), unless that lane is
     * the front desk, whose inbox the step waits in anyway. {@code null} for every other step. Used when a step opens
     * and by the back-fill of the steps opened before V5_240 ({@link HandingPositions}), so both decide alike.
     */
    @Nullable
    String handingPosition(Activity activity) {
        if (laneKind(activity) != LaneKind.APPLICANT) {
            return null;
        }
        return sop.handingOverLane(activity)
                .filter(lane -> !lane.equals(frontDeskLane))
                .orElse(null);
    }

    /**
     * Who may record the hand-over at an activity of the applicant's lane: the front desk, which records the applicant's
     * steps (DESIGN.md §3), and the lane that hands the letter over (issue 12 item 9, {@link Sop#handingOverLane}).
     */
    Set<String> handOverLanes(Activity activity) {
        var lanes = new HashSet<String>();
        lanes.add(frontDeskLane);
        sop.handingOverLane(activity).ifPresent(lanes::add);
        return lanes;
    }

    /** The first activity after intake counts as the intake when it sits in the applicant's lane. */
    boolean isIntake(Activity activity) {
        return activity.number() == first().number() && laneKind(activity) == LaneKind.APPLICANT;
    }

    boolean isDecision(Activity activity) {
        return activity.symbol() == Symbol.DECISION && activity.decision() != null;
    }

    /** The activity that follows one that is not a decision: its {@code next}, else the following row, else the end. */
    Next after(Activity activity) {
        if (activity.next() != null) {
            return new Next.ToActivity(activity(activity.next()));
        }
        int index = indexByNumber.get(activity.number());
        List<Activity> activities = sop.activities();
        return index + 1 < activities.size() ? new Next.ToActivity(activities.get(index + 1)) : new Next.End();
    }

    /** Where a decision sends the case on the given verdict. */
    Next branch(Activity activity, Verdict verdict) {
        Decision decision = activity.decision();
        Branch branch = decision == null ? null : verdict == Verdict.YA ? decision.ya() : decision.tidak();
        return switch (branch) {
            case null -> after(activity);
            case Branch.ToStep(int number) -> new Next.ToActivity(activity(number));
            case Branch.ToApplicant() -> new Next.BackToApplicant(activity);
            case Branch.Refuse() -> new Next.Refused();
        };
    }

    /** Whether the verdict at this decision ends the application as refused. */
    boolean refuses(Activity activity, Verdict verdict) {
        return branch(activity, verdict) instanceof Next.Refused;
    }

    /** The verdict whose branch returns the papers to the applicant, if the SOP gives this activity one. */
    Optional<Verdict> returnVerdict(Activity activity) {
        if (!isDecision(activity)) {
            return Optional.empty();
        }
        if (activity.decision().tidak() instanceof Branch.ToApplicant) {
            return Optional.of(Verdict.TIDAK);
        }
        if (activity.decision().ya() instanceof Branch.ToApplicant) {
            return Optional.of(Verdict.YA);
        }
        return Optional.empty();
    }

    static LaneKind kindOf(ActorKind kind) {
        return switch (kind) {
            case POSITION -> LaneKind.POSITION;
            case APPLICANT -> LaneKind.APPLICANT;
            case OUTSIDE_PARTY -> LaneKind.OUTSIDE_PARTY;
        };
    }

    private static List<Integer> targets(Activity activity) {
        var targets = new ArrayList<Integer>();
        if (activity.next() != null) {
            targets.add(activity.next());
        }
        if (activity.decision() != null) {
            for (Branch branch :
                    new Branch[] {activity.decision().ya(), activity.decision().tidak()}) {
                if (branch instanceof Branch.ToStep(int number)) {
                    targets.add(number);
                }
            }
        }
        return targets;
    }
}
