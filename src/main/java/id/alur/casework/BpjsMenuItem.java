package id.alur.casework;

import id.alur.office.OfficeService;
import id.alur.platform.MenuItem;
import org.springframework.stereotype.Component;

/**
 * "Usulan BPJS" in the navigation: only for an officer who works the exchange ({@link BpjsDesk#answering}: the front
 * desk of a service with an outside party's lane, and that party's own users), since its pages refuse everyone else
 * with 403.
 */
@Component
class BpjsMenuItem implements MenuItem {

    private final OfficeService offices;
    private final BpjsDesk desk;

    BpjsMenuItem(OfficeService offices, BpjsDesk desk) {
        this.offices = offices;
        this.desk = desk;
    }

    @Override
    public String name() {
        return "bpjs-exchange";
    }

    @Override
    public boolean visible() {
        return offices.currentOfficer()
                .filter(o -> o.officeCode() != null)
                .map(o -> !desk.answering(o).isEmpty())
                .orElse(false);
    }
}
