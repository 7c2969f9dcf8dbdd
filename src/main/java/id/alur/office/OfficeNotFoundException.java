package id.alur.office;

import id.alur.platform.NotFoundException;

/** No such office (or not one the current user may see). */
public class OfficeNotFoundException extends NotFoundException {

    public OfficeNotFoundException(String reference) {
        super("No office " + reference, "office.office.notFound", reference);
    }
}
