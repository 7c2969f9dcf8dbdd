package id.alur.platform;

import java.io.Serial;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, kept in the (database-stored) session: who, in which office they work now, and their roles
 * there. The office module builds it at login and when the user switches office; every module reads it through
 * {@link #current()}.
 */
public final class AlurUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private @Nullable String passwordHash;
    private final String displayName;
    private final boolean enabled;
    private final @Nullable String officeCode;
    private final @Nullable String officeName;
    private final ZoneId zone;
    private final Set<Role> roles;

    /**
     * @param officeCode the office the user works in now, or {@code null} for a system administrator without one
     * @param zone the time zone of that office (times are shown in it), Asia/Jakarta when there is no office
     */
    public AlurUser(
            String username,
            @Nullable String passwordHash,
            @Nullable String displayName,
            boolean enabled,
            @Nullable String officeCode,
            @Nullable String officeName,
            @Nullable ZoneId zone,
            Set<Role> roles) {
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = passwordHash;
        this.displayName = displayName == null ? username : displayName;
        this.enabled = enabled;
        this.officeCode = officeCode;
        this.officeName = officeName;
        this.zone = zone == null ? ZoneId.of("Asia/Jakarta") : zone;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The user signed in on this request, if any. */
    public static Optional<AlurUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AlurUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    /** The code of the office the user works in now, or {@code null}. */
    public @Nullable String officeCode() {
        return officeCode;
    }

    public @Nullable String officeName() {
        return officeName;
    }

    public ZoneId zone() {
        return zone;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Getters for templates ({@code #authentication.principal.displayName}). */
    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getOfficeCode() {
        return officeCode;
    }

    public @Nullable String getOfficeName() {
        return officeName;
    }

    public ZoneId getZone() {
        return zone;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AlurUser that
                && username.equals(that.username)
                && Objects.equals(officeCode, that.officeCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, officeCode);
    }

    @Override
    public String toString() {
        return "AlurUser[" + username + " in " + officeCode + " as " + roles + "]";
    }
}
