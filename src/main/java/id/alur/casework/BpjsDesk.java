package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.platform.ForbiddenException;
import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.Sop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Component;

/**
 * Who works the BPJS exchange (issue 16 items 1 and 3). Each outside party's lane of a service in force is one
 * exchange: its cases go out together.
 *
 * <ul>
 *   <li><b>Sending</b> (a new usulan): the officers at the front desk (own or Plh/Plt) of a service with that lane —
 *       the office decides what leaves it, as the SOPs' rows before the BPJS step are the office's (seed 001 steps 5–6,
 *       seed 002 step 7: the office prepares and sends the usulan).
 *   <li><b>Answering</b> (the batch's file, the answer's upload, preview and application): the same front desk, which
 *       records the outside party's result on its behalf with evidence (DESIGN.md §3, {@code
 *       CaseRules.recordOutsideResult}), and the outside party's own users (BPJS Kesehatan's position of the office),
 *       for the batches of their lane only: the answer is theirs to give.
 * </ul>
 */
@Component
class BpjsDesk {

    /** An outside party's lane and the services (SOP codes) of the office whose cases wait there. */
    record Lane(String code, String name, List<String> sopCodes) {}

    private final Services services;

    BpjsDesk(Services services) {
        this.services = services;
    }

    /** The lanes the officer sends usulan to, by code; empty when the officer is at no such front desk. */
    Map<String, Lane> lanes(CurrentOfficer officer) {
        return collect(officer, (sop, lane) -> atFrontDesk(officer, sop));
    }

    /**
     * The lanes whose batches the officer may answer: those of {@link #lanes} and the outside parties' lanes the
     * officer holds themselves (own or Plh/Plt).
     */
    Map<String, Lane> answering(CurrentOfficer officer) {
        return collect(
                officer,
                (sop, lane) -> atFrontDesk(officer, sop)
                        || ActingOfficer.in(officer, lane.id()).isPresent());
    }

    private static boolean atFrontDesk(CurrentOfficer officer, Sop sop) {
        return ActingOfficer.in(officer, Services.frontDeskLane(sop)).isPresent();
    }

    private Map<String, Lane> collect(CurrentOfficer officer, BiPredicate<Sop, Actor> works) {
        var lanes = new LinkedHashMap<String, Lane>();
        for (var version : services.inForce(officer.officeCode(), officer.today())) {
            var sop = version.sop();
            sop.actors().stream()
                    .filter(a -> a.kind() == ActorKind.OUTSIDE_PARTY)
                    .filter(a -> works.test(sop, a))
                    .forEach(a -> {
                        var lane = lanes.computeIfAbsent(a.id(), code -> new Lane(code, a.name(), new ArrayList<>()));
                        lane.sopCodes().add(version.code());
                    });
        }
        return lanes;
    }

    /**
     * {@link #lanes}, or 403 saying that only the front desk of a service with an outside party sends usulan to it.
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

    /**
     * {@link #answering}, or 403 saying who works the exchange: the front desk of a service with an outside party,
     * and that party's own users.
     */
    Map<String, Lane> requireAnswering(CurrentOfficer officer) {
        var lanes = answering(officer);
        if (lanes.isEmpty()) {
            throw new ForbiddenException(
                    officer.username() + " works no BPJS exchange: no such front desk, no outside party's lane",
                    "casework.bpjs.notExchange");
        }
        return lanes;
    }
}
