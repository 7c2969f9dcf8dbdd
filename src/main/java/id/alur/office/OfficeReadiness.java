package id.alur.office;

import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.ReadinessCheck;
import id.alur.sop.ReadinessItem;
import id.alur.sop.Sop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's part of "siap dijalankan": every lane of the SOP but the applicant's is a position of the office and
 * has a holder, the office has a front desk (it records intake and hand-over, DESIGN.md §3) and a public address (it
 * stands on the receipt and the letters). An outside party's lane without a holder only warns: the office may record
 * its steps on its behalf. An office code the office module does not know gets no items: such a version exists only
 * where the office module is not used (the command line, module tests); every page and API that creates one starts
 * from an existing office.
 */
@Component
class OfficeReadiness implements ReadinessCheck {

    private final Offices offices;
    private final Memberships memberships;

    OfficeReadiness(Offices offices, Memberships memberships) {
        this.offices = offices;
        this.memberships = memberships;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReadinessItem> check(String officeCode, Sop sop) {
        Optional<OfficeView> found = offices.find(officeCode);
        if (found.isEmpty()) {
            return List.of();
        }
        OfficeView office = found.get();
        String page = "/admin/offices/" + office.code();
        List<ReadinessItem> items = new ArrayList<>();
        Map<String, PositionView> positions = offices.positions(office.code()).stream()
                .collect(Collectors.toMap(PositionView::code, Function.identity()));
        Set<String> held = memberships.ofOffice(office.code()).stream()
                .map(MembershipView::positionCode)
                .collect(Collectors.toSet());
        for (Actor lane : sop.actors()) {
            if (lane.kind() == ActorKind.APPLICANT) {
                continue;
            }
            PositionView position = positions.get(lane.id());
            if (position == null) {
                items.add(ReadinessItem.blocking(
                        page + "/positions/new", "office.readiness.lane-without-position", lane.name(), lane.id()));
            } else if (!held.contains(position.code())) {
                String key = "office.readiness.position-without-holder";
                items.add(
                        lane.kind() == ActorKind.OUTSIDE_PARTY
                                ? ReadinessItem.warning("/admin/users", key, position.title(), position.code())
                                : ReadinessItem.blocking("/admin/users", key, position.title(), position.code()));
            }
        }
        if (positions.values().stream().noneMatch(PositionView::frontDesk)) {
            items.add(ReadinessItem.blocking(page, "office.readiness.no-front-desk"));
        }
        if (office.address() == null || office.address().isBlank()) {
            items.add(ReadinessItem.blocking(page, "office.readiness.address-unset"));
        }
        return items;
    }
}
