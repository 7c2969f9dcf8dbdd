package id.alur.report.compliance;

import id.alur.office.OfficeService;
import id.alur.platform.NotFoundException;
import id.alur.report.ReportReaders;
import id.alur.workflow.Finding;
import id.alur.workflow.StatisticsPeriod;
import id.alur.workflow.WorkflowFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluation report of an SOP version ({@code /laporan/{office}/evaluasi/{version}}, issue 13 item 7): per step
 * the obstacles, deviations and proposals officers recorded on the case pages beside the step's Mutu Baku compliance,
 * over a period (the last twelve months by default), for those who read the office's reports. A version of another
 * office, or none, is 404.
 */
@Controller
class EvaluationController {

    private final ReportReaders access;
    private final ComplianceReport report;
    private final WorkflowFigures workflow;
    private final OfficeService offices;

    EvaluationController(
            ReportReaders access, ComplianceReport report, WorkflowFigures workflow, OfficeService offices) {
        this.access = access;
        this.report = report;
        this.workflow = workflow;
        this.offices = offices;
    }

    @GetMapping("/laporan/{office}/evaluasi/{version}")
    String evaluation(
            @PathVariable String office,
            @PathVariable long version,
            @RequestParam(name = "dari", required = false) @Nullable String from,
            @RequestParam(name = "sampai", required = false) @Nullable String to,
            Model model) {
        access.requireReports(office);
        if (!workflow.sopVersionOffice(version).map(office::equals).orElse(false)) {
            throw new NotFoundException("No SOP version " + version + " of " + office, "report.office.notFound");
        }
        LocalDate today = offices.today(office);
        StatisticsPeriod period = blank(from) && blank(to)
                ? new StatisticsPeriod(today.minusYears(1).plusDays(1), today)
                : ReportPeriod.of(from, to, today);
        List<Finding> findings = workflow.findings(office, version, period);
        Map<Integer, List<Finding>> byStep = findings.stream().collect(Collectors.groupingBy(Finding::activityNumber));
        model.addAttribute("office", offices.office(office));
        model.addAttribute("period", period);
        model.addAttribute("version", report.version(office, period, version));
        model.addAttribute("versionId", version);
        model.addAttribute("findingsByStep", byStep);
        model.addAttribute("findingCount", findings.size());
        return "report/evaluation";
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
