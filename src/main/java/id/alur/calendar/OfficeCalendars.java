package id.alur.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every office's working calendar kept in memory ({@link WorkingTimeRules}: all holiday dates, the office's zone,
 * exceptions and other hours), so that a due time costs no database access. Bounded Caffeine caches, entries kept for the time to
 * live ({@code alur.calendar.cache-ttl}): a change made on another node sharing the database is seen here after at
 * most that long.
 *
 * <p>Entries are keyed by the generation they were loaded in. A change made here bumps the generation once its
 * transaction has committed (before any other after-commit callback) or rolled back, so no entry loaded before is read again, not even one another thread loaded while the
 * change was still uncommitted (an eviction alone would let that one stay for its time to live).
 */
final class OfficeCalendars {

    /** Far more offices than one deployment serves: the bound is against a runaway, not a working limit. */
    private static final int MAX_OFFICES = 10_000;

    private record Key(String officeCode, long generation) {}

    private final CalendarRepository repository;
    private final AtomicLong generation = new AtomicLong();
    private final Cache<Key, WorkingTimeRules> offices;
    private final Cache<Long, Set<LocalDate>> holidays;

    OfficeCalendars(CalendarRepository repository, Duration timeToLive) {
        this.repository = repository;
        this.offices = Caffeine.newBuilder()
                .maximumSize(MAX_OFFICES)
                .expireAfterWrite(timeToLive)
                .build();
        this.holidays = Caffeine.newBuilder()
                .maximumSize(2)
                .expireAfterWrite(timeToLive)
                .build();
    }

    /**
     * The office's calendar. Loaded outside the cache's lock (a concurrent first read may load it twice), so that no
     * reader waits on another office's database reads.
     */
    WorkingTimeRules rules(String officeCode) {
        long current = generation.get();
        var key = new Key(officeCode, current);
        WorkingTimeRules cached = offices.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Set<LocalDate> nonWorking = new HashSet<>(holidayDates(current));
        Set<LocalDate> extraWorking = new HashSet<>();
        for (OfficeExceptionView exception : repository.officeExceptions(officeCode)) {
            (exception.kind() == OfficeExceptionKind.CLOSED ? nonWorking : extraWorking).add(exception.date());
        }
        Map<LocalDate, DaySchedule> otherHours = new HashMap<>();
        for (OfficeHoursView period : repository.officeHours(officeCode)) {
            for (LocalDate day = period.startsOn(); !day.isAfter(period.endsOn()); day = day.plusDays(1)) {
                otherHours.put(day, scheduleOf(period, day));
            }
        }
        ZoneId zone = repository.zone(officeCode).orElse(WorkingCalendar.DEFAULT_ZONE);
        var rules = new WorkingTimeRules(OfficeHours.PERPRES_21_2023, zone, nonWorking, extraWorking, otherHours);
        offices.put(key, rules);
        return rules;
    }

    /** The hours of {@code day} within {@code period}. */
    static DaySchedule scheduleOf(OfficeHoursView period, LocalDate day) {
        if (period.kind() == OfficeHoursKind.RAMADAN) {
            return OfficeHours.RAMADAN.working(day.getDayOfWeek());
        }
        return DaySchedule.of(
                Objects.requireNonNull(period.opens()),
                period.breakStarts(),
                period.breakEnds(),
                Objects.requireNonNull(period.closes()));
    }

    private Set<LocalDate> holidayDates(long current) {
        Set<LocalDate> cached = holidays.getIfPresent(current);
        if (cached != null) {
            return cached;
        }
        Set<LocalDate> dates = Set.copyOf(repository.allHolidayDates());
        holidays.put(current, dates);
        return dates;
    }

    /** Makes every calendar loaded so far stale once the current transaction ends (at once without one). */
    void evictAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                // first of the after-commit callbacks: the listeners called after the commit (workflow's recount of
                // working time, OfficeCalendarChanged) must read the calendar as changed
                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }

                @Override
                public void afterCommit() {
                    evict();
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        evict();
                    }
                }
            });
        } else {
            evict();
        }
    }

    private void evict() {
        generation.incrementAndGet();
        offices.invalidateAll();
        holidays.invalidateAll();
    }
}
