package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.platform.ForbiddenException;
import id.alur.sop.ActorKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who works the BPJS exchange: the officers at the front desk (own or Plh/Plt) of a service in force that has an
 * outside party's lane — the same officers who record that party's result on its behalf with evidence (DESIGN.md §3,
 * {@code CaseRules.recordOutsideResult}). Each such lane is one exchange: its cases go out together.
 */
@Component
class BpjsDesk {

    /** An outside party's lane and the services (SOP codes) of the office whose cases wait there. */
    record Lane(String code, String name, List<String> sopCodes) {}

    private final Services services;

    BpjsDesk(Services services) {
        this.services = services;
    }

    /** The lanes the officer exchanges with, by code; empty when the officer is at no such front desk. */
    Map<String, Lane> lanes(CurrentOfficer officer) {
        var lanes = new LinkedHashMap<String, Lane>();
        for (var version : services.inForce(officer.officeCode(), officer.today())) {
            var sop = version.sop();
            if (ActingOfficer.in(officer, Services.frontDeskLane(sop)).isEmpty()) {
                continue;
            }
            sop.actors().stream()
                    .filter(a -> a.kind() == ActorKind.OUTSIDE_PARTY)
                    .forEach(a -> {
                        var lane = lanes.computeIfAbsent(a.id(), code -> new Lane(code, a.name(), new ArrayList<>()));
                        lane.sopCodes().add(version.code());
                    });
        }
        return lanes;
    }

    /**
     * {@link #lanes}, or 403 saying that only the front desk of a service with an outside party exchanges files with
     * it.
     */
    Map<String, Lane> require(CurrentOfficer officer) {
        var lanes = lanes(officer);
        if (lanes.isEmpty()) {
            throw new ForbiddenException(
                    officer.username() + " is at no front desk of a service with an outside party",
                    "casework.bpjs.notDesk");
        }
        return lanes;
    }
}
