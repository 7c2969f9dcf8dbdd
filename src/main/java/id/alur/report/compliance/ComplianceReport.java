package id.alur.report.compliance;

import id.alur.workflow.ActivityStandard;
import id.alur.workflow.CaseFigures;
import id.alur.workflow.StatisticsPeriod;
import id.alur.workflow.StepFigures;
import id.alur.workflow.StepGrouping;
import id.alur.workflow.WorkflowFigures;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Mutu Baku compliance of an office in a period (issue 13 item 4): per SOP version every activity with its standard
 * and the figures of the steps that closed, the whole cases against the SOP's total, and the office's own steps per
 * position, officer and month. The figures are workflow's, from the working time stored at each step's close.
 */
@Component
public class ComplianceReport {

    /** An activity of a version beside the figures of its steps, {@code null} when none closed in the period. */
    public record Row(ActivityStandard activity, @Nullable StepFigures figures) {}

    /** One SOP version: its activities and its finished cases against the total. */
    public record Version(
            long versionId,
            String sopCode,
            List<Row> rows,
            @Nullable CaseFigures cases) {}

    /** The whole report. */
    public record Figures(
            StatisticsPeriod period,
            List<Version> versions,
            List<StepFigures> positions,
            List<StepFigures> officers,
            List<StepFigures> months) {}

    private final WorkflowFigures workflow;

    ComplianceReport(WorkflowFigures workflow) {
        this.workflow = workflow;
    }

    /** One version's rows in the period: every activity, with the figures of its steps that closed in it. */
    public Version version(String officeCode, StatisticsPeriod period, long versionId) {
        // only the versions' rows: the evaluation page shows no position, officer or month table, so their three
        // reads of the stored figures are not made for it
        return versions(officeCode, period).stream()
                .filter(v -> v.versionId() == versionId)
                .findFirst()
                .orElseGet(() -> new Version(
                        versionId,
                        "",
                        workflow.standards(versionId).stream()
                                .map(a -> new Row(a, null))
                                .toList(),
                        null));
    }

    public Figures of(String officeCode, StatisticsPeriod period) {
        return new Figures(
                period,
                versions(officeCode, period),
                workflow.stepFigures(officeCode, period, StepGrouping.POSITION),
                workflow.stepFigures(officeCode, period, StepGrouping.OFFICER),
                workflow.stepFigures(officeCode, period, StepGrouping.MONTH));
    }

    /** Every version with steps closed or cases finished in the period: its activities' rows and its whole cases. */
    private List<Version> versions(String officeCode, StatisticsPeriod period) {
        List<StepFigures> steps = workflow.stepFigures(officeCode, period, StepGrouping.STEP);
        Map<Long, CaseFigures> cases = workflow.caseFigures(officeCode, period).stream()
                .collect(Collectors.toMap(CaseFigures::sopVersionId, Function.identity()));
        Set<Long> versionIds = new LinkedHashSet<>();
        steps.forEach(s -> versionIds.add(s.sopVersionId()));
        versionIds.addAll(cases.keySet());
        List<Version> versions = new ArrayList<>();
        for (long versionId : versionIds) {
            Map<String, StepFigures> byActivity = steps.stream()
                    .filter(s -> s.sopVersionId() == versionId)
                    .collect(Collectors.toMap(StepFigures::key, Function.identity()));
            List<Row> rows = workflow.standards(versionId).stream()
                    .map(a -> new Row(a, byActivity.get(Integer.toString(a.number()))))
                    .toList();
            CaseFigures caseFigures = cases.get(versionId);
            String sopCode = caseFigures != null
                    ? caseFigures.sopCode()
                    : steps.stream()
                            .filter(s -> s.sopVersionId() == versionId)
                            .map(StepFigures::sopCode)
                            .findFirst()
                            .orElse("");
            versions.add(new Version(versionId, sopCode, rows, caseFigures));
        }
        return versions;
    }
}
