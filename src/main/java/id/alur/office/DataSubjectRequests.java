package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblems;
import id.alur.platform.NikStructure;
import id.alur.platform.PersonPseudonyms;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of data-subject requests (UU 27/2022 Pasal 32 ayat 2: the controller answers a person's request for
 * their data within 3 × 24 hours of receiving it): each request with who asked, when, how, the NIK's last four digits
 * and its due time; the report downloaded for the NIK ({@link DataSubjectAccess}) answers the open requests of that
 * person. The NIK itself is not stored: the open requests are found by its pseudonym ({@link PersonPseudonyms}).
 */
@Component
class DataSubjectRequests {

    /** UU 27/2022 Pasal 32 ayat (2): "paling lambat 3 x 24 (tiga kali dua puluh empat) jam", hours of the clock. */
    static final int DUE_HOURS = 72;

    static final int MAX_REQUESTER = 200;

    /** How the request reached the office. */
    enum Channel {
        LOKET,
        SURAT,
        EMAIL,
        TELEPON,
        LAINNYA
    }

    /** One request as the register lists it. */
    record Request(
            long id,
            String officeCode,
            String requester,
            String nikLast4,
            Channel channel,
            Instant receivedAt,
            String recordedBy,
            int dueHours,
            @Nullable Instant answeredAt,
            @Nullable String answeredBy,
            @Nullable String answerFormat) {

        public Instant dueAt() {
            return receivedAt.plus(Duration.ofHours(dueHours));
        }

        public boolean answered() {
            return answeredAt != null;
        }

        /** Past its due time unanswered, or answered after it. */
        public boolean late(Instant now) {
            return answeredAt != null ? answeredAt.isAfter(dueAt()) : now.isAfter(dueAt());
        }

        /** Whole hours until the due time; for a late open request, whole hours past it. */
        public long hours(Instant now) {
            return Math.abs(Duration.between(now, dueAt()).toHours());
        }
    }

    private static final String COLUMNS = "id, office_code, requester, nik_last4, channel, received_at, recorded_by,"
            + " due_hours, answered_at, answered_by, answer_format";

    private final JdbcClient jdbc;
    private final PersonPseudonyms persons;
    private final AuditTrail audit;
    private final Clock clock;

    DataSubjectRequests(JdbcClient jdbc, PersonPseudonyms persons, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Records a request received by the office, on the audit trail as {@code data-subject.request-recorded}.
     *
     * @param receivedAt as typed ({@code 2026-03-02T09:30}, in {@code zone}); blank for now
     * @throws id.alur.platform.InvalidInputException naming each field that is missing or wrong; nothing is written
     */
    @Transactional
    Request record(
            String officeCode,
            @Nullable String requester,
            @Nullable String nik,
            @Nullable String channel,
            @Nullable String receivedAt,
            ZoneId zone) {
        var problems = new InputProblems();
        String who = requester == null ? "" : requester.strip();
        if (problems.check(!who.isEmpty(), "requester", "office.dataSubject.request.requesterRequired")) {
            problems.check(
                    who.length() <= MAX_REQUESTER,
                    "requester",
                    "office.dataSubject.request.requesterTooLong",
                    MAX_REQUESTER);
        }
        String typedNik = nik == null ? "" : nik.strip();
        problems.check(
                typedNik.length() == NikStructure.LENGTH && typedNik.chars().allMatch(Character::isDigit),
                "nik",
                "office.dataSubject.nikInvalid");
        Channel how = channel(channel);
        problems.check(how != null, "channel", "office.dataSubject.request.channelInvalid");
        Instant now = clock.instant();
        Instant received = now;
        if (receivedAt != null && !receivedAt.isBlank()) {
            try {
                received = LocalDateTime.parse(receivedAt.strip()).atZone(zone).toInstant();
                problems.check(
                        !received.isAfter(now.plusSeconds(60)),
                        "receivedAt",
                        "office.dataSubject.request.receivedAtFuture");
            } catch (DateTimeParseException e) {
                problems.add("receivedAt", "office.dataSubject.request.receivedAtInvalid", receivedAt.strip());
            }
        }
        problems.throwIfAny();

        String by = AlurUser.current().map(AlurUser::username).orElse("system");
        long id = jdbc.sql("insert into data_subject_request (office_code, requester, nik_last4, person, channel,"
                        + " received_at, recorded_by, due_hours) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        officeCode,
                        who,
                        typedNik.substring(12),
                        persons.of(typedNik).id(),
                        how.name(),
                        Timestamp.from(received),
                        by,
                        DUE_HOURS)
                .query(Long.class)
                .single();
        audit.record(AuditEvent.of("data-subject.request-recorded")
                .about("data-subject-request", id)
                .inOffice(officeCode)
                .detail(how.name() + ", NIK-…" + typedNik.substring(12)));
        return find(id);
    }

    /** The requests of these offices ({@code null}: every office), newest first, at most {@code limit}. */
    List<Request> list(@Nullable List<String> offices, int limit) {
        if (offices != null && offices.isEmpty()) {
            return List.of();
        }
        return offices == null
                ? jdbc.sql("select " + COLUMNS
                                + " from data_subject_request order by received_at desc, id desc limit ?")
                        .param(limit)
                        .query(DataSubjectRequests::read)
                        .list()
                : jdbc.sql("select " + COLUMNS + " from data_subject_request where office_code = any(?)"
                                + " order by received_at desc, id desc limit ?")
                        .params(offices.toArray(String[]::new), limit)
                        .query(DataSubjectRequests::read)
                        .list();
    }

    /**
     * Marks the person's open requests in these offices ({@code null}: every office) answered at {@code at} (the
     * report's time) by the signed-in administrator, in the caller's transaction (the report's); returns their ids.
     */
    List<Long> answer(String nik, @Nullable List<String> offices, String format, Instant at) {
        String by = AlurUser.current().map(AlurUser::username).orElse("system");
        String person = persons.of(nik).id();
        Timestamp now = Timestamp.from(at);
        return offices == null
                ? jdbc.sql("update data_subject_request set answered_at = ?, answered_by = ?, answer_format = ?"
                                + " where person = ? and answered_at is null returning id")
                        .params(now, by, format, person)
                        .query(Long.class)
                        .list()
                : jdbc.sql("update data_subject_request set answered_at = ?, answered_by = ?, answer_format = ?"
                                + " where person = ? and answered_at is null and office_code = any(?) returning id")
                        .params(now, by, format, person, offices.toArray(String[]::new))
                        .query(Long.class)
                        .list();
    }

    /** The person's requests in these offices ({@code null}: every office), oldest first: the report lists them. */
    List<Request> ofPerson(String nik, @Nullable List<String> offices) {
        if (offices != null && offices.isEmpty()) {
            return List.of();
        }
        String person = persons.of(nik).id();
        return offices == null
                ? jdbc.sql("select " + COLUMNS + " from data_subject_request where person = ? order by received_at, id")
                        .param(person)
                        .query(DataSubjectRequests::read)
                        .list()
                : jdbc.sql("select " + COLUMNS + " from data_subject_request where person = ? and office_code = any(?)"
                                + " order by received_at, id")
                        .params(person, offices.toArray(String[]::new))
                        .query(DataSubjectRequests::read)
                        .list();
    }

    Request find(long id) {
        return jdbc.sql("select " + COLUMNS + " from data_subject_request where id = ?")
                .param(id)
                .query(DataSubjectRequests::read)
                .single();
    }

    private static @Nullable Channel channel(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return Channel.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Request read(ResultSet rs, int row) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Request(
                rs.getLong("id"),
                rs.getString("office_code"),
                rs.getString("requester"),
                rs.getString("nik_last4"),
                Channel.valueOf(rs.getString("channel")),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("recorded_by"),
                rs.getInt("due_hours"),
                answered == null ? null : answered.toInstant(),
                rs.getString("answered_by"),
                rs.getString("answer_format"));
    }
}
