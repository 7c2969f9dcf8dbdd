package id.alur.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's notification choices (the profile page): a phone number and whether messages go to it through the
 * gateway, the language of the interface and of their notifications, and the kinds they turned off per channel.
 */
@Repository
class Preferences {

    /** An Indonesian mobile number: 08…, 628… or +628…, 10 to 15 digits in all. */
    static final Pattern MOBILE = Pattern.compile("^(\\+62|62|0)8[1-9][0-9]{6,11}$");

    /** The languages of the interface and of the notifications (DESIGN.md §4: Indonesian first). */
    static final Set<String> LANGUAGES = Set.of("id", "en");

    /**
     * A user's choices; without a row, no phone, no gateway, Indonesian, every kind on.
     *
     * @param language {@code id}, {@code en}, or {@code null} (Indonesian)
     * @param muted the kinds turned off per channel, as {@code KIND:CHANNEL}
     */
    record Preference(
            @Nullable String phone,
            boolean gateway,
            @Nullable String language,
            Set<String> muted) {

        static final Preference NONE = new Preference(null, false);

        Preference {
            muted = Set.copyOf(muted);
        }

        Preference(@Nullable String phone, boolean gateway) {
            this(phone, gateway, null, Set.of());
        }

        /** The phone to send gateway messages to, when the user chose so. */
        @Nullable
        String gatewayPhone() {
            return gateway && phone != null ? phone : null;
        }

        /** Whether the user wants this kind on this channel. */
        boolean wants(NotificationKind kind, Channel channel) {
            return !muted.contains(key(kind, channel));
        }

        /** The language of the user's notifications. */
        Locale locale() {
            return language == null ? StepNotifications.INDONESIAN : Locale.of(language);
        }

        static String key(NotificationKind kind, Channel channel) {
            return kind + ":" + channel;
        }
    }

    /** Every choice of the profile page's table, {@code KIND:CHANNEL}, in the table's order. */
    static List<String> allChoices() {
        return NotificationKind.FOR_USERS.stream()
                .flatMap(kind -> Arrays.stream(Channel.values()).map(channel -> Preference.key(kind, channel)))
                .toList();
    }

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Preference of(String username) {
        var muted = new HashSet<>(jdbc.sql("select kind, channel from notification_muted where username = ?")
                .param(username)
                .query((rs, row) -> rs.getString("kind") + ":" + rs.getString("channel"))
                .list());
        return jdbc.sql("select phone, gateway, language from notification_preference where username = ?")
                .param(username)
                .query((rs, row) -> new Preference(
                        rs.getString("phone"), rs.getBoolean("gateway"), rs.getString("language"), muted))
                .optional()
                .orElse(new Preference(null, false, null, muted));
    }

    /** The language a user chose, if they did. */
    Optional<Locale> language(String username) {
        return jdbc.sql("select language from notification_preference where username = ? and language is not null")
                .param(username)
                .query(String.class)
                .optional()
                .map(Locale::of);
    }

    /** Saves the phone, the gateway, the language and the muted kinds at once (one transaction: all or nothing). */
    @Transactional
    void save(String username, Preference preference, Instant now) {
        jdbc.sql("""
                        insert into notification_preference (username, phone, gateway, language, updated_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (username) do update
                        set phone = excluded.phone, gateway = excluded.gateway, language = excluded.language,
                            updated_at = excluded.updated_at
                        """)
                .params(username, preference.phone(), preference.gateway(), preference.language(), Sql.timestamp(now))
                .update();
        jdbc.sql("delete from notification_muted where username = ?")
                .param(username)
                .update();
        for (String muted : preference.muted()) {
            String[] parts = muted.split(":", 2);
            jdbc.sql("insert into notification_muted (username, kind, channel) values (?, ?, ?)")
                    .params(username, parts[0], parts[1])
                    .update();
        }
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
