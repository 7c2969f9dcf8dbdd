package id.alur.casework;

import id.alur.office.OfficeService;
import id.alur.platform.AlurUser;
import id.alur.platform.HomeSection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * The front desk's queues on the home page: what waits outside the office — papers returned to the applicant (how
 * long, what is missing), results awaited from an outside party (on that party's own clock: since it was sent, its due
 * time), results ready to hand over. Only for an officer at the front desk of a service in force (own or Plh/Plt), and
 * only that desk's services; an officer of the lane that hands a service's result over (Sop#handingOverLane) sees that
 * service's results ready to hand over. Each row opens the case page, where a returned case is resumed.
 */
@Component
class FrontDeskQueues implements HomeSection {

    /** Rows per queue on the home page; the rest are a click away in the search, filtered by the same state. */
    static final int SHOWN = 10;

    static final List<SearchState> QUEUES = List.of(
            SearchState.RETURNED_TO_APPLICANT, SearchState.WAITING_OUTSIDE_PARTY, SearchState.READY_FOR_HANDOVER);

    /** One queue: its rows, oldest first, each with how long it has waited; {@code more} when rows were left off. */
    record Queue(SearchState state, List<Waiting> rows, boolean more) {}

    record Waiting(QueueRow row, Elapsed waited, boolean overdue) {}

    private final OfficeService offices;
    private final Services services;
    private final SearchRepository repository;

    FrontDeskQueues(OfficeService offices, Services services, SearchRepository repository) {
        this.offices = offices;
        this.services = services;
        this.repository = repository;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String template() {
        return "casework/home-queues";
    }

    @Override
    @Transactional(readOnly = true)
    public boolean addTo(Model model, AlurUser user) {
        var officer = offices.currentOfficer().orElse(null);
        if (officer == null || officer.officeCode() == null) {
            return false;
        }
        var inForce = services.inForce(officer.officeCode(), officer.today());
        List<String> desk = inForce.stream()
                .filter(v -> ActingOfficer.in(officer, Services.frontDeskLane(v.sop()))
                        .isPresent())
                .map(v -> v.code())
                .toList();
        // Issue 12: the lane that hands the result over may record the hand-over, so its results ready to hand over
        // are queued for it too; the other queues stay the front desk's.
        List<String> handing = inForce.stream()
                .filter(v -> desk.contains(v.code())
                        || Services.handingOverLanes(v.sop()).stream()
                                .anyMatch(
                                        lane -> ActingOfficer.in(officer, lane).isPresent()))
                .map(v -> v.code())
                .toList();
        if (handing.isEmpty()) {
            return false;
        }
        Instant now = Instant.now();
        var queues = QUEUES.stream()
                .filter(state -> state == SearchState.READY_FOR_HANDOVER || !desk.isEmpty())
                .map(state -> {
                    var sops = state == SearchState.READY_FOR_HANDOVER ? handing : desk;
                    var rows = repository.queue(officer.officeCode(), state, sops, SHOWN + 1);
                    var waiting = rows.stream()
                            .limit(SHOWN)
                            .map(r -> new Waiting(
                                    r,
                                    Elapsed.of(Duration.between(r.since(), now)),
                                    r.dueAt() != null && now.isAfter(r.dueAt())))
                            .toList();
                    return new Queue(state, waiting, rows.size() > SHOWN);
                })
                .toList();
        model.addAttribute("frontDeskQueues", queues);
        model.addAttribute("queueZone", officer.zone());
        return true;
    }
}
