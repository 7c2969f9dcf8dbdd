package id.alur.casework;

import id.alur.platform.NotFoundException;

/** No such permohonan, or it belongs to another office (answered the same, so nobody can probe other offices). */
public class PermohonanNotFoundException extends NotFoundException {

    public PermohonanNotFoundException(PermohonanId id) {
        super("No permohonan " + id.value() + " here", "casework.permohonan.notFound", id.value());
    }
}
