package id.alur.calendar;

import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar tables (V3_x migrations). */
@Repository
class CalendarRepository {

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<LocalDate> allHolidayDates() {
        return new HashSet<>(jdbc.sql("select distinct holiday_date from calendar_holiday")
                .query(LocalDate.class)
                .list());
    }

    List<HolidayView> holidays(int year) {
        return jdbc.sql("""
                        select id, holiday_date, name, kind, source from calendar_holiday
                        where holiday_date >= :from and holiday_date < :to
                        order by holiday_date, kind, name""")
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, row) -> new HolidayView(
                        new HolidayId(rs.getLong("id")),
                        rs.getObject("holiday_date", LocalDate.class),
                        rs.getString("name"),
                        HolidayKind.valueOf(rs.getString("kind")),
                        rs.getString("source")))
                .list();
    }

    /** The new row's id, or empty when that date already has a holiday of that name. */
    Optional<HolidayId> insertHoliday(LocalDate date, String name, HolidayKind kind, String source) {
        return jdbc.sql("""
                        insert into calendar_holiday (holiday_date, name, kind, source)
                        values (:date, :name, :kind, :source)
                        on conflict on constraint calendar_holiday_date_name_key do nothing
                        returning id""")
                .param("date", date)
                .param("name", name)
                .param("kind", kind.name())
                .param("source", source)
                .query(Long.class)
                .optional()
                .map(HolidayId::new);
    }

    /** Whether another holiday than {@code except} has that name on that date. */
    boolean holidayExists(LocalDate date, String name, HolidayId except) {
        return jdbc.sql("""
                        select count(*) from calendar_holiday
                        where holiday_date = :date and name = :name and id <> :id""")
                        .param("date", date)
                        .param("name", name)
                        .param("id", except.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The day of the holiday, empty when there is no such holiday. */
    Optional<LocalDate> holidayDate(HolidayId id) {
        return jdbc.sql("select holiday_date from calendar_holiday where id = :id")
                .param("id", id.value())
                .query(LocalDate.class)
                .optional();
    }

    /** Whether the holiday was there to change. */
    boolean updateHoliday(HolidayId id, LocalDate date, String name, HolidayKind kind, String source) {
        return jdbc.sql("""
                        update calendar_holiday set holiday_date = :date, name = :name, kind = :kind, source = :source
                        where id = :id""")
                        .param("date", date)
                        .param("name", name)
                        .param("kind", kind.name())
                        .param("source", source)
                        .param("id", id.value())
                        .update()
                > 0;
    }

    boolean deleteHoliday(HolidayId id) {
        return jdbc.sql("delete from calendar_holiday where id = :id")
                        .param("id", id.value())
                        .update()
                > 0;
    }

    List<HolidayYearView> holidayYears() {
        return jdbc.sql("select year, source, provisional from calendar_holiday_year order by year")
                .query((rs, row) ->
                        new HolidayYearView(rs.getInt("year"), rs.getString("source"), rs.getBoolean("provisional")))
                .list();
    }

    void upsertHolidayYear(int year, String source, boolean provisional) {
        jdbc.sql("""
                        insert into calendar_holiday_year (year, source, provisional) values (:year, :source, :provisional)
                        on conflict (year) do update set source = excluded.source, provisional = excluded.provisional""")
                .param("year", year)
                .param("source", source)
                .param("provisional", provisional)
                .update();
    }

    Optional<ZoneId> zone(String officeCode) {
        return jdbc.sql("select zone from calendar_office where office_code = :office")
                .param("office", officeCode)
                .query(String.class)
                .optional()
                .map(ZoneId::of);
    }

    void upsertZone(String officeCode, ZoneId zone) {
        jdbc.sql("""
                        insert into calendar_office (office_code, zone) values (:office, :zone)
                        on conflict (office_code) do update set zone = excluded.zone, updated_at = now()""").param("office", officeCode).param("zone", zone.getId()).update();
    }

    List<OfficeExceptionView> officeExceptions(String officeCode) {
        return jdbc.sql("""
                        select office_code, exception_date, kind, reason from calendar_office_exception
                        where office_code = :office order by exception_date""")
                .param("office", officeCode)
                .query((rs, row) -> new OfficeExceptionView(
                        rs.getString("office_code"),
                        rs.getObject("exception_date", LocalDate.class),
                        OfficeExceptionKind.valueOf(rs.getString("kind")),
                        rs.getString("reason")))
                .list();
    }

    /** False when the office already has an exception on that date. */
    boolean insertOfficeException(String officeCode, LocalDate date, OfficeExceptionKind kind, String reason) {
        return jdbc.sql("""
                                insert into calendar_office_exception (office_code, exception_date, kind, reason)
                                values (:office, :date, :kind, :reason)
                                on conflict on constraint calendar_office_exception_office_date_key do nothing""")
                        .param("office", officeCode)
                        .param("date", date)
                        .param("kind", kind.name())
                        .param("reason", reason)
                        .update()
                > 0;
    }

    boolean officeExceptionExists(String officeCode, LocalDate date) {
        return jdbc.sql("""
                        select exists (select 1 from calendar_office_exception
                                        where office_code = :office and exception_date = :date)""")
                .param("office", officeCode)
                .param("date", date)
                .query(Boolean.class)
                .single();
    }

    /** Moves the exception of {@code date} to {@code newDate} with its new kind and reason. */
    void updateOfficeException(
            String officeCode, LocalDate date, LocalDate newDate, OfficeExceptionKind kind, String reason) {
        jdbc.sql("""
                        update calendar_office_exception set exception_date = :newDate, kind = :kind, reason = :reason
                         where office_code = :office and exception_date = :date""")
                .param("office", officeCode)
                .param("date", date)
                .param("newDate", newDate)
                .param("kind", kind.name())
                .param("reason", reason)
                .update();
    }

    boolean deleteOfficeException(String officeCode, LocalDate date) {
        return jdbc.sql("delete from calendar_office_exception where office_code = :office and exception_date = :date")
                        .param("office", officeCode)
                        .param("date", date)
                        .update()
                > 0;
    }

    List<OfficeHoursView> officeHours(String officeCode) {
        return jdbc.sql("""
                        select id, office_code, starts_on, ends_on, kind, opens, break_starts, break_ends, closes, reason
                          from calendar_office_hours where office_code = :office order by starts_on, id""")
                .param("office", officeCode)
                .query((rs, row) -> new OfficeHoursView(
                        rs.getLong("id"),
                        rs.getString("office_code"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        OfficeHoursKind.valueOf(rs.getString("kind")),
                        rs.getObject("opens", LocalTime.class),
                        rs.getObject("break_starts", LocalTime.class),
                        rs.getObject("break_ends", LocalTime.class),
                        rs.getObject("closes", LocalTime.class),
                        rs.getString("reason")))
                .list();
    }

    /** Whether the office already has other hours than period {@code except} on a day of {@code [from, to]}. */
    boolean officeHoursOverlap(String officeCode, LocalDate from, LocalDate to, @Nullable Long except) {
        return jdbc.sql("""
                        select exists (select 1 from calendar_office_hours
                                        where office_code = :office and starts_on <= :to and ends_on >= :from
                                          and id <> :except)""")
                .param("office", officeCode)
                .param("from", from)
                .param("to", to)
                .param("except", except == null ? -1L : except)
                .query(Boolean.class)
                .single();
    }

    /** Stores a new period of other hours (its {@code id} is not read) and returns its id. */
    long insertOfficeHours(OfficeHoursView hours) {
        return jdbc.sql("""
                        insert into calendar_office_hours
                               (office_code, starts_on, ends_on, kind, opens, break_starts, break_ends, closes, reason)
                        values (:office, :startsOn, :endsOn, :kind, :opens, :breakStarts, :breakEnds, :closes, :reason)
                        returning id""")
                .paramSource(hoursParameters(hours))
                .query(Long.class)
                .single();
    }

    void updateOfficeHours(OfficeHoursView hours) {
        jdbc.sql("""
                                update calendar_office_hours
                                   set starts_on = :startsOn, ends_on = :endsOn, kind = :kind, opens = :opens,
                                       break_starts = :breakStarts, break_ends = :breakEnds, closes = :closes,
                                       reason = :reason
                                 where office_code = :office and id = :id""").paramSource(hoursParameters(hours)).update();
    }

    private static MapSqlParameterSource hoursParameters(OfficeHoursView hours) {
        return new MapSqlParameterSource()
                .addValue("office", hours.officeCode())
                .addValue("id", hours.id())
                .addValue("startsOn", hours.startsOn())
                .addValue("endsOn", hours.endsOn())
                .addValue("kind", hours.kind().name())
                .addValue("opens", hours.opens(), Types.TIME)
                .addValue("breakStarts", hours.breakStarts(), Types.TIME)
                .addValue("breakEnds", hours.breakEnds(), Types.TIME)
                .addValue("closes", hours.closes(), Types.TIME)
                .addValue("reason", hours.reason());
    }

    boolean deleteOfficeHours(String officeCode, long id) {
        return jdbc.sql("delete from calendar_office_hours where office_code = :office and id = :id")
                        .param("office", officeCode)
                        .param("id", id)
                        .update()
                > 0;
    }
}
