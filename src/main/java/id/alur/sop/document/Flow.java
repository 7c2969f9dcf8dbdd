package id.alur.sop.document;

import id.alur.sop.Activity;
import id.alur.sop.ActorKind;
import id.alur.sop.Branch;
import id.alur.sop.Sop;
import java.util.ArrayList;
import java.util.List;

/**
 * One arrow of the flowchart, between rows of the table (indices into {@link Sop#activities()}).
 *
 * @param branch {@code null} for a plain flow, else the decision's branch it draws
 */
record Flow(int from, int to, BranchLabel branch) {

    enum BranchLabel {
        YA,
        TIDAK
    }

    /** Whether the arrow simply goes down to the next row. */
    boolean sequential() {
        return to == from + 1;
    }

    /**
     * The arrows of an SOP: each activity flows to the row it names or else to the next row; a decision flows to its
     * two branches; the last row ends the chart. A branch that returns the papers to the applicant is drawn back to
     * the applicant's first activity (their submission) when the applicant has a lane, else back to the first row,
     * where the papers come in again.
     */
    static List<Flow> of(Sop sop) {
        List<Activity> activities = sop.activities();
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            if (activity.decision() != null) {
                // A refusal ends the application: no arrow; the row's Keterangan says so on the form.
                if (!(activity.decision().ya() instanceof Branch.Refuse)) {
                    flows.add(new Flow(i, target(sop, activity.decision().ya()), BranchLabel.YA));
                }
                if (!(activity.decision().tidak() instanceof Branch.Refuse)) {
                    flows.add(new Flow(i, target(sop, activity.decision().tidak()), BranchLabel.TIDAK));
                }
            } else if (activity.next() != null) {
                flows.add(new Flow(i, indexOf(sop, activity.next()), null));
            } else if (i + 1 < activities.size()) {
                flows.add(new Flow(i, i + 1, null));
            }
        }
        return List.copyOf(flows);
    }

    private static int target(Sop sop, Branch branch) {
        return switch (branch) {
            case Branch.ToStep step -> indexOf(sop, step.number());
            case Branch.ToApplicant ignored -> applicantEntry(sop);
            case Branch.Refuse ignored -> throw new IllegalArgumentException("A refusal has no target row");
        };
    }

    private static int applicantEntry(Sop sop) {
        List<Activity> activities = sop.activities();
        for (int i = 0; i < activities.size(); i++) {
            String actorId = activities.get(i).actorId();
            boolean applicant =
                    sop.actor(actorId).map(a -> a.kind() == ActorKind.APPLICANT).orElse(false);
            if (applicant) {
                return i;
            }
        }
        return 0;
    }

    private static int indexOf(Sop sop, int number) {
        List<Activity> activities = sop.activities();
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i).number() == number) {
                return i;
            }
        }
        throw new IllegalArgumentException("SOP has no activity number " + number);
    }
}
