package id.alur.workflow;

import java.util.List;

/** The whole history of a case, oldest first, with each step's actual against its standard time. */
public record Timeline(CaseId caseId, List<TimelineEntry> entries, List<StepView> steps) {

    public Timeline {
        entries = List.copyOf(entries);
        steps = List.copyOf(steps);
    }
}
