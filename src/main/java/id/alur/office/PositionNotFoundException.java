package id.alur.office;

import id.alur.platform.NotFoundException;
import org.jspecify.annotations.Nullable;

/** No such position (or not one the current user may see). */
public class PositionNotFoundException extends NotFoundException {

    public PositionNotFoundException(@Nullable String reference) {
        super("No position " + reference, "office.position.notFound", reference);
    }
}
