package id.alur.office;

import id.alur.platform.NotFoundException;
import org.jspecify.annotations.Nullable;

/** No such delegation (or not one the current user may see). */
public class DelegationNotFoundException extends NotFoundException {

    public DelegationNotFoundException(@Nullable String reference) {
        super("No delegation " + reference, "office.delegation.notFound", reference);
    }
}
