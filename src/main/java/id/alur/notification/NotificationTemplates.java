package id.alur.notification;

import id.alur.platform.ConcurrentChangeException;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offices' own texts of the notification kinds (issue 15 item 5), written by the office administrator: a subject
 * and a body with the kind's {@code {placeholders}}, filled in by plain substitution like the standard texts
 * ({@link NotificationTexts}). Saving checks every line: an unknown placeholder, or a brace that opens no placeholder,
 * is refused naming its line, and nothing is saved.
 */
@Repository
class NotificationTemplates {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 4000;

    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private static final Set<String> CASE = Set.of("trackingNumber", "service", "applicant");
    private static final Set<String> STEP =
            Set.of("trackingNumber", "service", "applicant", "activity", "activityName");
    private static final Set<String> APPLICANT =
            Set.of("trackingNumber", "service", "applicant", "office", "statusUrl");

    /** The placeholders each kind's text may use: what the listeners put in its values (docs/notification.md). */
    static final Map<NotificationKind, Set<String>> PLACEHOLDERS = placeholders();

    private static Map<NotificationKind, Set<String>> placeholders() {
        var map = new EnumMap<NotificationKind, Set<String>>(NotificationKind.class);
        map.put(NotificationKind.STEP_ARRIVED, STEP);
        map.put(NotificationKind.STEP_RETURNED, plus(STEP, "reason", "returnedBy"));
        map.put(NotificationKind.STEP_OVERDUE, plus(STEP, "due"));
        map.put(NotificationKind.OUTSIDE_RESULT, plus(CASE, "party", "reference", "resultDate"));
        map.put(NotificationKind.APPLICANT_RECEIVED, APPLICANT);
        map.put(NotificationKind.APPLICANT_RETURNED, plus(APPLICANT, "missing", "reason"));
        map.put(NotificationKind.APPLICANT_REFUSED, plus(APPLICANT, "reason"));
        map.put(NotificationKind.APPLICANT_READY, APPLICANT);
        map.put(NotificationKind.LATE_DIGEST, Set.of("office", "date", "count", "cases"));
        return map;
    }

    private static Set<String> plus(Set<String> base, String... more) {
        var all = new TreeSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /** An office's own text of a kind. */
    record Template(String subject, String body, int version, String updatedBy, Instant updatedAt) {}

    private final JdbcClient jdbc;

    NotificationTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Template> find(String officeCode, NotificationKind kind) {
        return jdbc.sql("select * from notification_template where office_code = ? and kind = ?")
                .params(officeCode, kind.name())
                .query((rs, row) -> new Template(
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("version"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /**
     * Saves the office's text of the kind after checking it; {@code version} is the one read (0 for none yet).
     *
     * @throws InvalidInputException naming {@code subject} or {@code body} and the line of each problem
     * @throws ConcurrentChangeException someone saved it meanwhile
     */
    @Transactional
    void save(
            String officeCode,
            NotificationKind kind,
            @Nullable String subject,
            @Nullable String body,
            int version,
            String by,
            Instant now) {
        var problems = new ArrayList<InputProblem>();
        check("subject", subject, MAX_SUBJECT, kind, problems);
        check("body", body, MAX_BODY, kind, problems);
        if (subject != null && (subject.contains("\n") || subject.contains("\r"))) {
            problems.add(InputProblem.ofField("subject", "notification.template.subjectOneLine"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int updated = version == 0
                ? jdbc.sql("""
                                insert into notification_template
                                (office_code, kind, subject, body, version, updated_by, updated_at)
                                values (?, ?, ?, ?, 1, ?, ?) on conflict do nothing
                                """)
                        .params(officeCode, kind.name(), subject.strip(), body.strip(), by, Sql.timestamp(now))
                        .update()
                : jdbc.sql("""
                                update notification_template set subject = ?, body = ?, version = version + 1,
                                updated_by = ?, updated_at = ? where office_code = ? and kind = ? and version = ?
                                """)
                        .params(subject.strip(), body.strip(), by, Sql.timestamp(now), officeCode, kind.name(), version)
                        .update();
        if (updated == 0) {
            var current = find(officeCode, kind);
            throw new ConcurrentChangeException(
                    "notification.template.changedMeanwhile",
                    current.map(Template::updatedBy).orElse(null),
                    current.map(Template::updatedAt).orElse(null),
                    null);
        }
    }

    /** Goes back to the standard text of the kind. */
    void reset(String officeCode, NotificationKind kind) {
        jdbc.sql("delete from notification_template where office_code = ? and kind = ?")
                .params(officeCode, kind.name())
                .update();
    }

    /** Every problem of one field: empty, too long, control characters, and per line unknown names or loose braces. */
    static void check(
            String field, @Nullable String text, int max, NotificationKind kind, List<InputProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(InputProblem.ofField(field, "notification.template.required"));
            return;
        }
        if (text.length() > max) {
            problems.add(InputProblem.ofField(field, "notification.template.tooLong", max));
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            problems.add(InputProblem.ofField(field, "notification.template.control"));
        }
        var allowed = PLACEHOLDERS.get(kind);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var m = NAME.matcher(lines[i]);
            while (m.find()) {
                if (!allowed.contains(m.group(1))) {
                    problems.add(InputProblem.ofField(field, "notification.template.unknown", i + 1, m.group()));
                }
            }
            String rest = NAME.matcher(lines[i]).replaceAll("");
            if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
                problems.add(InputProblem.ofField(field, "notification.template.brace", i + 1));
            }
        }
    }
}
