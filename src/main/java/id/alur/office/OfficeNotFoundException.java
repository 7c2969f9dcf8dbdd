package id.alur.office;

import id.alur.platform.NotFoundException;
import org.jspecify.annotations.Nullable;

/** No such office (or not one the current user may see). */
public class OfficeNotFoundException extends NotFoundException {

    public OfficeNotFoundException(@Nullable String reference) {
        super("No office " + reference, "office.office.notFound", reference);
    }
}
