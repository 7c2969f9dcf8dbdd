package id.alur.office;

import id.alur.platform.AlurUser;
import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Form login against the office users: the user starts in the office they last worked in (or their first), with
 * the roles they have there. A disabled user is refused by Spring Security.
 */
@Component
class OfficeUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final SignedInOfficers signedIn;
    private final Clock clock;

    OfficeUserDetailsService(UserRepository users, SignedInOfficers signedIn, ObjectProvider<Clock> clock) {
        this.users = users;
        this.signedIn = signedIn;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        var user =
                users.credentials(normalized).orElseThrow(() -> new UsernameNotFoundException("No user " + normalized));
        return signedIn.signedIn(user, signedIn.startingOffice(user));
    }

    @EventListener
    @Transactional
    void loggedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AlurUser user) {
            users.recordLogin(user.username(), clock.instant());
            if (user.officeCode() != null) {
                users.rememberOffice(user.username(), user.officeCode());
            }
        }
    }
}
