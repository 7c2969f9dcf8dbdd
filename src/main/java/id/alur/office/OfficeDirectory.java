package id.alur.office;

import id.alur.platform.KnownOffices;
import org.springframework.stereotype.Component;

/** Tells the modules that may not use office (the calendar) whether an office code is an office. */
@Component
class OfficeDirectory implements KnownOffices {

    private final OfficeRepository offices;

    OfficeDirectory(OfficeRepository offices) {
        this.offices = offices;
    }

    @Override
    public boolean exists(String officeCode) {
        return offices.idOf(officeCode).isPresent();
    }
}
