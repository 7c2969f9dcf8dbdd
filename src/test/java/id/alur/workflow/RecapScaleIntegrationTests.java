package id.alur.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.alur.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly recap's counts per service read the month's cases, not the office's history (issue 13): 200,000 cases
 * of one office over almost two years, and the planner reads the running cases' and the ended cases' indexes for a
 * recent month, the started cases' index for an old one, instead of scanning the table; the counts are those the
 * generation rule gives.
 */
@SpringBootTest
@Tag("slow")
class RecapScaleIntegrationTests {

    static final int CASES = 200_000;
    static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");

    @Autowired
    WorkflowFigures figures;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    final String office = "rekap-" + System.nanoTime();

    @AfterEach
    void removeTheCases() {
        jdbc.sql("delete from workflow_case where office_code = :office")
                .param("office", office)
                .update();
    }

    /**
     * Case g starts g × 5 minutes after {@link #BASE} and ends two days later, of service {@code kis-b} when g is a
     * multiple of 7 (else {@code kis-a}); every 100th is still running, of the rest g ≡ 25 (mod 50) is refused, g ≡ 10
     * (mod 50) cancelled, the others finished.
     */
    @Test
    void countsAMonthsCasesPerServiceFromTheIndexesAmongTwoHundredThousandCases() {
        generate();
        // a recent month: the cases ended since it began and the running ones
        check(YearMonth.of(2026, 10), "workflow_case_ended_idx");
    }

    @Test
    void anOldMonthReadsTheCasesStartedBeforeItsEndNotEveryCaseEndedSince() {
        generate();
        // February 2025: nearly every case ended after it began; the cases started before March are few (V5_192)
        check(YearMonth.of(2025, 2), "workflow_case_started_idx");
    }

    private void generate() {
        jdbc.sql("""
                        insert into workflow_case (office_code, sop_version_id, sop_code, sop_name, subject_ref, state,
                                                   started_at, started_by, ended_at)
                        select :office, 0, case when g % 7 = 0 then 'kis-b' else 'kis-a' end, 'KIS', 'R-' || g,
                               case when g % 100 = 0 then 'ACTIVE' when g % 50 = 25 then 'REFUSED'
                                    when g % 50 = 10 then 'CANCELLED' else 'FINISHED' end,
                               :base + g * interval '5 minutes', 'x',
                               case when g % 100 = 0 then null else :base + g * interval '5 minutes' + interval '2 days' end
                          from generate_series(1, :cases) g
                        """)
                .param("office", office)
                .param("base", BASE.atOffset(ZoneOffset.UTC))
                .param("cases", CASES)
                .update();
        jdbc.sql("analyze workflow_case").update();
    }

    private void check(YearMonth month, String index) {
        ZoneId zone = calendar.zoneOf(office);
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();

        String plan = String.join(
                "\n",
                jdbc.sql("explain " + DashboardStatistics.SERVICE_COUNTS)
                        .param("office", office)
                        .param("from", from.atOffset(ZoneOffset.UTC))
                        .param("to", to.atOffset(ZoneOffset.UTC))
                        .query(String.class)
                        .list());
        assertThat(plan).contains(index).doesNotContain("Seq Scan on workflow_case");

        var expected = new TreeMap<String, long[]>();
        for (int g = 1; g <= CASES; g++) {
            Instant started = BASE.plus(Duration.ofMinutes(5L * g));
            Instant ended = g % 100 == 0 ? null : started.plus(Duration.ofDays(2));
            if (!started.isBefore(to) || (ended != null && ended.isBefore(from))) {
                continue;
            }
            long[] counts = expected.computeIfAbsent(g % 7 == 0 ? "kis-b" : "kis-a", k -> new long[5]);
            boolean endedInMonth = ended != null && !ended.isBefore(from) && ended.isBefore(to);
            counts[0] += started.isBefore(from) ? 0 : 1;
            counts[1] += endedInMonth && g % 50 != 25 && g % 50 != 10 ? 1 : 0;
            counts[2] += endedInMonth && g % 50 == 25 ? 1 : 0;
            counts[3] += endedInMonth && g % 50 == 10 ? 1 : 0;
            counts[4] += ended == null || !ended.isBefore(to) ? 1 : 0;
        }
        assertThat(expected.get("kis-a")[0])
                .as("a month of cases was generated")
                .isGreaterThan(6000);
        assertThat(figures.serviceCounts(office, StatisticsPeriod.monthOf(month.atDay(1))))
                .extracting(
                        ServiceCounts::sopCode,
                        ServiceCounts::received,
                        ServiceCounts::finished,
                        ServiceCounts::refused,
                        ServiceCounts::withdrawn,
                        ServiceCounts::runningAtEnd)
                .containsExactlyElementsOf(expected.entrySet().stream()
                        .map(e -> {
                            long[] c = e.getValue();
                            return tuple(e.getKey(), c[0], c[1], c[2], c[3], c[4]);
                        })
                        .toList());
    }
}
