package id.alur.report.compliance;

import id.alur.office.OfficeService;
import id.alur.report.ReportReaders;
import id.alur.workflow.StatisticsPeriod;
import id.alur.workflow.WorkflowFigures;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Mutu Baku compliance page of an office ({@code /laporan/{office}/kepatuhan}) and its drill-down to the late
 * steps and cases, for the office's head and administrators and the system administrator ({@link ReportReaders}).
 */
@Controller
class ComplianceController {

    private final ReportReaders access;
    private final ComplianceReport report;
    private final WorkflowFigures workflow;
    private final OfficeService offices;

    ComplianceController(
            ReportReaders access, ComplianceReport report, WorkflowFigures workflow, OfficeService offices) {
        this.access = access;
        this.report = report;
        this.workflow = workflow;
        this.offices = offices;
    }

    @GetMapping("/laporan/{office}/kepatuhan")
    String compliance(
            @PathVariable String office,
            @RequestParam(name = "dari", required = false) @Nullable String from,
            @RequestParam(name = "sampai", required = false) @Nullable String to,
            Model model) {
        access.requireReports(office);
        StatisticsPeriod period = ReportPeriod.of(from, to, offices.today(office));
        model.addAttribute("office", offices.office(office));
        model.addAttribute("report", report.of(office, period));
        return "report/compliance";
    }

    @GetMapping("/laporan/{office}/kepatuhan/terlambat")
    String late(
            @PathVariable String office,
            @RequestParam(name = "dari", required = false) @Nullable String from,
            @RequestParam(name = "sampai", required = false) @Nullable String to,
            @RequestParam(name = "versi", required = false) @Nullable Long versionId,
            @RequestParam(name = "langkah", required = false) @Nullable Integer activity,
            Model model) {
        access.requireReports(office);
        StatisticsPeriod period = ReportPeriod.of(from, to, offices.today(office));
        model.addAttribute("office", offices.office(office));
        model.addAttribute("period", period);
        model.addAttribute("versionId", versionId);
        model.addAttribute("activity", activity);
        model.addAttribute("steps", workflow.lateSteps(office, period, versionId, activity));
        model.addAttribute(
                "cases",
                versionId == null || activity != null ? List.of() : workflow.lateCases(office, period, versionId));
        return "report/late";
    }
}
