package id.alur.sop;

import id.alur.platform.NotFoundException;

/** No SOP version has this id (→ 404). */
public class SopVersionNotFoundException extends NotFoundException {

    private final SopVersionId id;

    public SopVersionNotFoundException(SopVersionId id) {
        super("No SOP version " + id.value(), "sop.version.not-found", String.valueOf(id.value()));
        this.id = id;
    }

    public SopVersionId id() {
        return id;
    }
}
