package id.alur.office;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * What signing in needs about a user: the password hash, whether the account may sign in, and the office they last
 * worked in. Never leaves the module.
 */
record Credentials(
        long id,
        String username,
        String fullName,
        String passwordHash,
        boolean enabled,
        boolean systemAdmin,
        @Nullable String lastOfficeCode) {

    /** The columns {@link #read} maps, of {@code app_user u} left-joined to its last office {@code o}. */
    static final String COLUMNS = "u.id, u.username, u.full_name, u.password_hash, u.enabled, u.system_admin,"
            + " o.code as last_office_code";

    static Credentials read(ResultSet rs) throws SQLException {
        return new Credentials(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getBoolean("system_admin"),
                rs.getString("last_office_code"));
    }
}
