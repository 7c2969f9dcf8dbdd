package id.alur.report.recap;

import id.alur.letter.LetterService;
import id.alur.letter.LetterheadView;
import id.alur.office.OfficeService;
import id.alur.office.OfficeView;
import id.alur.office.PositionView;
import id.alur.office.UserView;
import id.alur.report.compliance.ComplianceReport;
import id.alur.workflow.ServiceCounts;
import id.alur.workflow.StatisticsPeriod;
import id.alur.workflow.WorkflowFigures;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The monthly recap of an office (laporan bulanan, issue 13 item 6): its letterhead, the month, the cases per service
 * (received, finished, refused, cancelled or withdrawn, running at the month's end), the Mutu Baku compliance per step
 * of that month, and the signer block of the office's head.
 */
@Component
public class MonthlyRecap {

    /** The kop as printed: the letter settings' letterhead, or the office's name when it has none. */
    public record Kop(
            @Nullable String governmentName,
            String officeName,
            @Nullable String address,
            @Nullable String contact,
            @Nullable String logoDataUri) {}

    /** Who signs: the head's position and, when someone holds it (or stands in) on the day, their name and NIP. */
    public record Signer(
            String positionTitle,
            @Nullable String name,
            @Nullable String nip,
            @Nullable String place) {}

    /** Counts over every service. */
    public record Totals(long received, long finished, long refused, long withdrawn, long runningAtEnd) {}

    public record Figures(
            OfficeView office,
            Kop kop,
            YearMonth month,
            StatisticsPeriod period,
            List<ServiceCounts> services,
            Totals totals,
            ComplianceReport.Figures compliance,
            Signer signer,
            LocalDate printedOn) {}

    private final WorkflowFigures workflow;
    private final OfficeService offices;
    private final LetterService letters;
    private final ComplianceReport compliance;

    MonthlyRecap(WorkflowFigures workflow, OfficeService offices, LetterService letters, ComplianceReport compliance) {
        this.workflow = workflow;
        this.offices = offices;
        this.letters = letters;
        this.compliance = compliance;
    }

    public Figures of(String officeCode, YearMonth month) {
        OfficeView office = offices.office(officeCode);
        StatisticsPeriod period = StatisticsPeriod.monthOf(month.atDay(1));
        List<ServiceCounts> services = workflow.serviceCounts(officeCode, period);
        LocalDate today = offices.today(officeCode);
        return new Figures(
                office,
                kop(office),
                month,
                period,
                services,
                new Totals(
                        services.stream().mapToLong(ServiceCounts::received).sum(),
                        services.stream().mapToLong(ServiceCounts::finished).sum(),
                        services.stream().mapToLong(ServiceCounts::refused).sum(),
                        services.stream().mapToLong(ServiceCounts::withdrawn).sum(),
                        services.stream().mapToLong(ServiceCounts::runningAtEnd).sum()),
                compliance.of(officeCode, period),
                signer(officeCode, today),
                today);
    }

    private Kop kop(OfficeView office) {
        LetterheadView head = letters.letterhead(office.code()).orElse(null);
        String logo = letters.logo(office.code())
                .map(l -> "data:" + l.mediaType() + ";base64,"
                        + Base64.getEncoder().encodeToString(l.bytes()))
                .orElse(null);
        if (head == null || head.officeName() == null) {
            return new Kop(null, office.name(), null, null, logo);
        }
        return new Kop(head.governmentName(), head.officeName(), head.address(), head.contact(), logo);
    }

    private Signer signer(String officeCode, LocalDate today) {
        String place = letters.letterhead(officeCode).map(LetterheadView::place).orElse(null);
        PositionView head = offices.positions(officeCode).stream()
                .filter(p -> !p.outsideParty())
                .min(Comparator.comparingInt(PositionView::rankOrder))
                .orElse(null);
        if (head == null) {
            return new Signer("", null, null, place);
        }
        UserView holder = offices.actingIn(officeCode, head.code(), today).stream()
                .findFirst()
                .orElse(null);
        return new Signer(
                head.title(), holder == null ? null : holder.fullName(), holder == null ? null : holder.nip(), place);
    }
}
