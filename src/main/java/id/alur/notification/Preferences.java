package id.alur.notification;

import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each user's notification choices: a phone number and whether messages go to it through the gateway. */
@Repository
class Preferences {

    /** An Indonesian mobile number: 08…, 628… or +628…, 10 to 15 digits in all. */
    static final Pattern MOBILE = Pattern.compile("^(\\+62|62|0)8[1-9][0-9]{6,11}$");

    /** A user's choices; without a row, no phone and no gateway. */
    record Preference(@Nullable String phone, boolean gateway) {

        static final Preference NONE = new Preference(null, false);

        /** The phone to send gateway messages to, when the user chose so. */
        @Nullable
        String gatewayPhone() {
            return gateway && phone != null ? phone : null;
        }
    }

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Preference of(String username) {
        return jdbc.sql("select phone, gateway from notification_preference where username = ?")
                .param(username)
                .query((rs, row) -> new Preference(rs.getString("phone"), rs.getBoolean("gateway")))
                .optional()
                .orElse(Preference.NONE);
    }

    void save(String username, Preference preference, Instant now) {
        jdbc.sql("""
                        insert into notification_preference (username, phone, gateway, updated_at) values (?, ?, ?, ?)
                        on conflict (username) do update
                        set phone = excluded.phone, gateway = excluded.gateway, updated_at = excluded.updated_at
                        """)
                .params(username, preference.phone(), preference.gateway(), Sql.timestamp(now))
                .update();
    }

    /** The number as stored: digits with a leading {@code +62}, or null when blank. */
    static @Nullable String normalize(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String compact = phone.replaceAll("[\\s.-]", "");
        if (!MOBILE.matcher(compact).matches()) {
            return compact;
        }
        if (compact.startsWith("0")) {
            return "+62" + compact.substring(1);
        }
        return compact.startsWith("+") ? compact : "+" + compact;
    }
}
