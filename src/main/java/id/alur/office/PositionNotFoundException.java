package id.alur.office;

import id.alur.platform.NotFoundException;

/** No such position (or not one the current user may see). */
public class PositionNotFoundException extends NotFoundException {

    public PositionNotFoundException(String reference) {
        super("No position " + reference, "office.position.notFound", reference);
    }
}
