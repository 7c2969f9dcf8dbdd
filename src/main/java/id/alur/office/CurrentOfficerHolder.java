package id.alur.office;

import id.alur.platform.AlurUser;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * The signed-in officer of one request, kept once read: a page asks for it twice (its model and its handler), an
 * API call has it from the token's check, and its positions are read once per request (docs/workflow.md, "Cost of a
 * transition"). No proxy: outside a request there is no holder ({@code ObjectProvider.getIfAvailable()} gives
 * {@code null}) and the officer is read on every call.
 */
@Component
@RequestScope(proxyMode = ScopedProxyMode.NO)
class CurrentOfficerHolder {

    private @Nullable CurrentOfficer officer;

    /** The officer kept, when it is this user in the office they work in now. */
    Optional<CurrentOfficer> kept(AlurUser user) {
        CurrentOfficer known = officer;
        return known != null
                        && known.username().equals(user.username())
                        && Objects.equals(known.officeCode(), user.officeCode())
                ? Optional.of(known)
                : Optional.empty();
    }

    /** Keeps the officer for the rest of the request; returns it. */
    CurrentOfficer keep(CurrentOfficer officer) {
        this.officer = officer;
        return officer;
    }
}
