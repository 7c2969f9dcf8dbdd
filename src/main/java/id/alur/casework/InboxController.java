package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.sop.ActorKind;
import id.alur.sop.SopVersionView;
import id.alur.workflow.InboxFilter;
import id.alur.workflow.InboxPage;
import id.alur.workflow.InboxRow;
import id.alur.workflow.WorkflowService;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox: the open steps waiting for the signed-in officer's positions today (own and delegated, from
 * {@code OfficeService.actingPositions}), oldest first, paged in the database.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'OUTSIDE_PARTY')")
class InboxController {

    private final WorkflowService workflow;
    private final PermohonanService permohonan;
    private final Services services;
    private final CaseworkSettings settings;

    InboxController(
            WorkflowService workflow, PermohonanService permohonan, Services services, CaseworkSettings settings) {
        this.workflow = workflow;
        this.permohonan = permohonan;
        this.services = services;
        this.settings = settings;
    }

    /** One inbox row: the workflow's step with the permohonan's applicant and tracking number. */
    record Row(InboxRow step, PermohonanView permohonan, Elapsed age) {}

    @GetMapping("/inbox")
    String inbox(
            CurrentOfficer officer,
            @RequestParam(required = false) String sopCode,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Instant now = Instant.now();
        var offered = services.inForce(officer.officeCode(), officer.today());
        String service = sopCode == null || sopCode.isBlank() ? null : sopCode;
        InboxPage result = workflow.inbox(
                officer.officeCode(),
                positions(officer, offered),
                new InboxFilter(mine ? officer.username() : null, false, overdue, service, now),
                Math.max(0, page),
                settings.inboxPageSize());
        var ids = result.rows().stream()
                .map(r -> PermohonanId.fromSubjectRef(r.subjectRef()).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        var heads = permohonan.heads(ids);
        List<Row> rows = result.rows().stream()
                .map(r -> {
                    var head = PermohonanId.fromSubjectRef(r.subjectRef())
                            .map(heads::get)
                            .orElse(null);
                    Instant since = head == null ? r.startedAt() : head.submittedAt();
                    return new Row(r, head, Elapsed.of(Duration.between(since, now)));
                })
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("inboxPage", result);
        model.addAttribute("services", offered);
        model.addAttribute("sopCode", service);
        model.addAttribute("overdue", overdue);
        model.addAttribute("mine", mine);
        model.addAttribute("zone", officer.zone());
        model.addAttribute("now", now);
        return "casework/inbox";
    }

    /**
     * The officer's positions; at the front desk of a service also that service's outside-party lanes, since the
     * front desk records the outside party's result on its behalf (DESIGN.md §3).
     */
    static Set<String> positions(CurrentOfficer officer, List<SopVersionView> offered) {
        var codes = new LinkedHashSet<>(officer.positionCodes());
        for (var version : offered) {
            var sop = version.sop();
            if (ActingOfficer.in(officer, Services.frontDeskLane(sop)).isPresent()) {
                sop.actors().stream()
                        .filter(a -> a.kind() == ActorKind.OUTSIDE_PARTY)
                        .forEach(a -> codes.add(a.id()));
            }
        }
        return codes;
    }
}
