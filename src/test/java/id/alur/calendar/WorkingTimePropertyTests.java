package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property-style checks of the working-time arithmetic over many random offices, starts and amounts. The seed is
 * fixed, so a failure names a case that can be replayed.
 */
class WorkingTimePropertyTests {

    static final long SEED = 20_250_101L;
    static final int OFFICES = 40;
    static final int CASES_PER_OFFICE = 250;
    static final List<ZoneId> ZONES =
            List.of(ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"), ZoneId.of("Asia/Jayapura"));
    static final LocalDate FIRST = LocalDate.parse("2025-01-01");
    static final int DAYS = 2 * 365;

    @Test
    void workingTimeUntilTheDueTimeIsExactlyTheAmountAndTheDueTimeIsWorkingTime() {
        var random = new Random(SEED);
        for (int office = 0; office < OFFICES; office++) {
            WorkingTimeRules rules = randomOffice(random);
            for (int i = 0; i < CASES_PER_OFFICE; i++) {
                Instant start = randomInstant(random, rules.zone());
                long minutes = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(6_000);
                Duration amount = Duration.ofMinutes(minutes);
                Instant due = rules.plusWorkingTime(start, amount);
                String replay = "office " + office + " case " + i + ": " + start + " + " + minutes + " min = " + due;

                assertThat(rules.workingTimeBetween(start, due)).as(replay).isEqualTo(amount);
                assertThat(rules.isWithinWorkingTime(due)).as(replay).isTrue();
                assertThat(due).as(replay).isAfterOrEqualTo(start);
                if (minutes > 0) {
                    // The earliest such moment: a nanosecond earlier the amount has not yet elapsed.
                    assertThat(rules.workingTimeBetween(start, due.minusNanos(1)))
                            .as(replay)
                            .isLessThan(amount);
                }
            }
        }
    }

    @Test
    void aWorkingDayLaterIsAlwaysOneFullWorkingDayOfWorkingTime() {
        var random = new Random(SEED + 1);
        for (int office = 0; office < OFFICES; office++) {
            WorkingTimeRules rules = randomOffice(random);
            for (int i = 0; i < CASES_PER_OFFICE; i++) {
                Instant start = randomInstant(random, rules.zone());
                int days = random.nextInt(12);
                Instant due = rules.plusWorkingDays(start, days);
                String replay = "office " + office + " case " + i + ": " + start + " + " + days + " hari = " + due;

                // Perpres 21/2023 gives every working day (and an extra day) 7.5 net hours, so nothing is clamped.
                assertThat(rules.workingTimeBetween(start, due)).as(replay).isEqualTo(Duration.ofMinutes(450L * days));
                assertThat(rules.isWithinWorkingTime(due)).as(replay).isTrue();
            }
        }
    }

    @Test
    void workingTimeAddsUpOverAnySplitPoint() {
        var random = new Random(SEED + 2);
        for (int office = 0; office < OFFICES; office++) {
            WorkingTimeRules rules = randomOffice(random);
            for (int i = 0; i < CASES_PER_OFFICE; i++) {
                Instant[] points = {
                    randomInstant(random, rules.zone()),
                    randomInstant(random, rules.zone()),
                    randomInstant(random, rules.zone())
                };
                Arrays.sort(points);
                Duration whole = rules.workingTimeBetween(points[0], points[2]);
                Duration parts = rules.workingTimeBetween(points[0], points[1])
                        .plus(rules.workingTimeBetween(points[1], points[2]));
                assertThat(parts)
                        .as("office %d case %d: %s", office, i, List.of(points))
                        .isEqualTo(whole);
                assertThat(rules.workingTimeBetween(points[2], points[0])).isEqualTo(whole.negated());
            }
        }
    }

    /** A random office: a zone, a random set of non-working dates and a few extra working days. */
    static WorkingTimeRules randomOffice(Random random) {
        Set<LocalDate> nonWorking = new HashSet<>(WorkingTimeRulesTests.HOLIDAYS);
        int closed = random.nextInt(40);
        for (int i = 0; i < closed; i++) {
            LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
            nonWorking.add(day);
            if (random.nextInt(4) == 0) { // runs of closed days, like Idul Fitri with its cuti bersama
                for (int j = 1; j <= random.nextInt(10); j++) {
                    nonWorking.add(day.plusDays(j));
                }
            }
        }
        Set<LocalDate> extra = new HashSet<>();
        int extras = random.nextInt(8);
        for (int i = 0; i < extras; i++) {
            extra.add(FIRST.plusDays(random.nextInt(DAYS)));
        }
        return new WorkingTimeRules(
                OfficeHours.PERPRES_21_2023, ZONES.get(random.nextInt(ZONES.size())), nonWorking, extra);
    }

    /** Any moment in 2025-2026, often on a round minute and often near the edges of the working periods. */
    static Instant randomInstant(Random random, ZoneId zone) {
        LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
        int[] edges = {6 * 60, 7 * 60 + 30, 11 * 60 + 30, 12 * 60, 13 * 60, 16 * 60, 16 * 60 + 30, 23 * 60 + 59};
        long minuteOfDay = random.nextBoolean()
                ? random.nextInt(24 * 60)
                : Math.floorMod(edges[random.nextInt(edges.length)] + random.nextInt(5) - 2, 24 * 60);
        Instant instant = day.atStartOfDay(zone).plusMinutes(minuteOfDay).toInstant();
        return random.nextInt(3) == 0 ? instant.plusNanos(random.nextLong(60_000_000_000L)) : instant;
    }
}
