package id.alur.office;

import id.alur.platform.NotFoundException;

/** No such delegation (or not one the current user may see). */
public class DelegationNotFoundException extends NotFoundException {

    public DelegationNotFoundException(String reference) {
        super("No delegation " + reference, "office.delegation.notFound", reference);
    }
}
