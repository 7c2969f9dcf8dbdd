package id.alur.office;

import id.alur.office.DataSubjectRequests.Channel;
import id.alur.office.DataSubjectRequests.Request;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The register part of the data-subject page: the requests with their due times in the reader's zone, the late ones
 * marked (UU 27/2022 Pasal 32 ayat 2: 3 × 24 hours), and the offices a request may be filed under.
 */
record DataSubjectPage(List<Row> rows, List<OfficeView> offices, List<Channel> channels) {

    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /** One request as listed: {@code state} {@code open}, {@code late}, {@code answered} or {@code answered-late}. */
    record Row(
            Request request,
            String receivedAt,
            String dueAt,
            @Nullable String answeredAt,
            String state,
            long hours) {

        public boolean late() {
            return state.equals("late");
        }
    }

    /** The form as typed, shown again with its problems. */
    record Typed(
            @Nullable String officeCode,
            @Nullable String requester,
            @Nullable String nik,
            @Nullable String channel,
            @Nullable String receivedAt) {}

    DataSubjectPage(List<Request> requests, List<OfficeView> offices, Instant now, ZoneId zone) {
        this(requests.stream().map(r -> row(r, now, zone)).toList(), offices, Arrays.asList(Channel.values()));
    }

    public long lateCount() {
        return rows.stream().filter(Row::late).count();
    }

    private static Row row(Request request, Instant now, ZoneId zone) {
        String state = request.answered()
                ? (request.late(now) ? "answered-late" : "answered")
                : (request.late(now) ? "late" : "open");
        return new Row(
                request,
                DAY_TIME.format(request.receivedAt().atZone(zone)),
                DAY_TIME.format(request.dueAt().atZone(zone)),
                request.answeredAt() == null
                        ? null
                        : DAY_TIME.format(request.answeredAt().atZone(zone)),
                state,
                request.hours(now));
    }
}
