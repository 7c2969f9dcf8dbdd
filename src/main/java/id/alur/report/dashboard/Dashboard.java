package id.alur.report.dashboard;

import id.alur.report.dashboard.SvgChart.Bar;
import id.alur.report.dashboard.SvgChart.Segment;
import id.alur.workflow.ActivityStandard;
import id.alur.workflow.LaneKind;
import id.alur.workflow.MonthFigures;
import id.alur.workflow.OpenSteps;
import id.alur.workflow.StatisticsPeriod;
import id.alur.workflow.StepFigures;
import id.alur.workflow.StepGrouping;
import id.alur.workflow.WorkflowFigures;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The head's dashboard of an office (issue 13 item 5) for a month: the open steps now and how many are late, the cases
 * finished that month against the month before, the lead-time trend over twelve months ending with it, and the slowest
 * of the office's steps against their Mutu Baku over the three months ending with it. Every figure is workflow's.
 */
@Component
public class Dashboard {

    /** The months of the lead-time trend. */
    static final int TREND_MONTHS = 12;

    /** The months the slowest steps are measured over. */
    static final int SLOWEST_MONTHS = 3;

    /** How many of the slowest steps are shown. */
    static final int SLOWEST = 5;

    /** An office step whose median working time ran longest against its standard. */
    public record SlowStep(
            long sopVersionId,
            String sopCode,
            int activityNumber,
            String activityName,
            String standardText,
            long standardSeconds,
            double medianSeconds,
            long steps) {

        /** The median over the standard: 1.5 is half as long again as the Mutu Baku. */
        public double ratio() {
            return medianSeconds / standardSeconds;
        }
    }

    /** Everything the page shows. */
    public record Figures(
            YearMonth month,
            List<OpenSteps> open,
            long openTotal,
            long overdueTotal,
            MonthFigures thisMonth,
            MonthFigures lastMonth,
            List<MonthFigures> trend,
            StatisticsPeriod slowestPeriod,
            List<SlowStep> slowest,
            SvgChart openChart,
            SvgChart finishedChart,
            SvgChart trendChart,
            SvgChart slowestChart) {}

    private final WorkflowFigures workflow;

    Dashboard(WorkflowFigures workflow) {
        this.workflow = workflow;
    }

    public Figures of(String officeCode, YearMonth month, Instant now, Locale locale) {
        List<OpenSteps> open = workflow.openSteps(officeCode, now);
        List<MonthFigures> trend = workflow.finishedPerMonth(officeCode, month.minusMonths(TREND_MONTHS - 1), month);
        MonthFigures thisMonth = trend.getLast();
        MonthFigures lastMonth = trend.get(trend.size() - 2);
        StatisticsPeriod slowestPeriod =
                new StatisticsPeriod(month.minusMonths(SLOWEST_MONTHS - 1).atDay(1), month.atEndOfMonth());
        List<SlowStep> slowest = slowest(officeCode, slowestPeriod);
        NumberFormat minutes = NumberFormat.getNumberInstance(locale);
        minutes.setMinimumFractionDigits(1);
        minutes.setMaximumFractionDigits(1);
        return new Figures(
                month,
                open,
                open.stream().mapToLong(OpenSteps::open).sum(),
                open.stream().mapToLong(OpenSteps::overdue).sum(),
                thisMonth,
                lastMonth,
                trend,
                slowestPeriod,
                slowest,
                SvgChart.horizontal(
                        open.stream()
                                .map(o -> new Bar(
                                        o.sopCode() + " " + o.activityNumber() + ". " + o.activityName(),
                                        List.of(
                                                new Segment(o.open() - o.overdue(), "chart-ok"),
                                                new Segment(o.overdue(), "chart-late")),
                                        o.open() + (o.overdue() > 0 ? " (" + o.overdue() + ")" : "")))
                                .toList(),
                        true),
                SvgChart.horizontal(
                        List.of(
                                new Bar(
                                        lastMonth.month().toString(),
                                        List.of(new Segment(lastMonth.finished(), "chart-bar")),
                                        Long.toString(lastMonth.finished())),
                                new Bar(
                                        thisMonth.month().toString(),
                                        List.of(new Segment(thisMonth.finished(), "chart-ok")),
                                        Long.toString(thisMonth.finished()))),
                        true),
                SvgChart.vertical(trend.stream()
                        .map(m -> new Bar(
                                m.month().toString().substring(2),
                                List.of(new Segment(m.medianOfficeSeconds() / 60, "chart-bar")),
                                m.finished() == 0 ? "" : minutes.format(m.medianOfficeSeconds() / 60)))
                        .toList()),
                SvgChart.horizontal(
                        slowest.stream()
                                .map(s -> new Bar(
                                        s.sopCode() + " " + s.activityNumber() + ". " + s.activityName(),
                                        List.of(
                                                new Segment(s.medianSeconds() / 60, "chart-late"),
                                                new Segment(s.standardSeconds() / 60.0, "chart-standard")),
                                        minutes.format(s.medianSeconds() / 60) + " / "
                                                + minutes.format(s.standardSeconds() / 60.0)))
                                .toList(),
                        false));
    }

    /** The office's own steps with a standard, by median over standard, longest first; ties by version and number. */
    List<SlowStep> slowest(String officeCode, StatisticsPeriod period) {
        Map<Long, Map<Integer, ActivityStandard>> standards = new HashMap<>();
        List<SlowStep> steps = new ArrayList<>();
        for (StepFigures f : workflow.stepFigures(officeCode, period, StepGrouping.STEP)) {
            if (f.laneKind() != LaneKind.POSITION) {
                continue;
            }
            int number = Integer.parseInt(f.key());
            Optional<ActivityStandard> standard = Optional.ofNullable(standards
                            .computeIfAbsent(f.sopVersionId(), this::standardsOf)
                            .get(number))
                    .filter(a -> a.standardSeconds() != null && a.standardSeconds() > 0);
            standard.ifPresent(a -> steps.add(new SlowStep(
                    f.sopVersionId(),
                    f.sopCode() == null ? "" : f.sopCode(),
                    number,
                    f.label(),
                    a.standardText() == null ? "" : a.standardText(),
                    a.standardSeconds(),
                    f.medianSeconds(),
                    f.steps())));
        }
        return steps.stream()
                .sorted(Comparator.comparingDouble(SlowStep::ratio)
                        .reversed()
                        .thenComparingLong(SlowStep::sopVersionId)
                        .thenComparingInt(SlowStep::activityNumber))
                .limit(SLOWEST)
                .toList();
    }

    private Map<Integer, ActivityStandard> standardsOf(long versionId) {
        Map<Integer, ActivityStandard> byNumber = new HashMap<>();
        workflow.standards(versionId).forEach(a -> byNumber.put(a.number(), a));
        return byNumber;
    }
}
