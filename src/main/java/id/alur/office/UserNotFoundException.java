package id.alur.office;

import id.alur.platform.NotFoundException;
import org.jspecify.annotations.Nullable;

/** No such user (or not one the current user may see). */
public class UserNotFoundException extends NotFoundException {

    public UserNotFoundException(@Nullable String reference) {
        super("No user " + reference, "office.user.notFound", reference);
    }
}
