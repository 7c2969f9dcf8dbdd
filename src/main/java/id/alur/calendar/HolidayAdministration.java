package id.alur.calendar;

import static id.alur.calendar.CalendarInput.MAX_NAME;
import static id.alur.calendar.CalendarInput.MAX_SOURCE;
import static id.alur.calendar.CalendarInput.requireText;
import static id.alur.calendar.CalendarInput.requireYear;

import id.alur.calendar.OfficeCalendarChanged.Change;
import id.alur.platform.InputProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The national holidays and cuti bersama days and each year's decree, as {@link WorkingCalendar} offers them: checks,
 * writes and records. The facade holds the transactions; a check that fails has written nothing.
 */
final class HolidayAdministration {

    private final CalendarRepository repository;
    private final CalendarChanges changes;

    HolidayAdministration(CalendarRepository repository, CalendarChanges changes) {
        this.repository = repository;
        this.changes = changes;
    }

    List<HolidayView> holidays(int year) {
        requireYear(year);
        return repository.holidays(year);
    }

    List<HolidayYearView> holidayYears() {
        return repository.holidayYears();
    }

    HolidayYearView setHolidayYear(int year, @Nullable String source, boolean provisional) {
        requireYear(year);
        String cleanSource = requireText("source", "calendar.holidayYear.source", source, MAX_SOURCE);
        repository.upsertHolidayYear(year, cleanSource, provisional);
        changes.recorded("calendar.holiday-year-set", null, year, (provisional ? "provisional, " : "") + cleanSource);
        return new HolidayYearView(year, cleanSource, provisional);
    }

    HolidayView addHoliday(
            @Nullable LocalDate date, @Nullable String name, @Nullable HolidayKind kind, @Nullable String source) {
        HolidayView added = insertHoliday(date, name, kind, source);
        changes.moved(OfficeCalendarChanged.days(null, Change.HOLIDAYS, added.date(), added.date()));
        return added;
    }

    /** Adds a holiday as {@link #addHoliday} does, announcing nothing: an import announces its days once. */
    private HolidayView insertHoliday(
            @Nullable LocalDate date, @Nullable String name, @Nullable HolidayKind kind, @Nullable String source) {
        var checked = checkHoliday(date, name, kind, source);
        HolidayId id = repository
                .insertHoliday(checked.date(), checked.name(), checked.kind(), checked.source())
                .orElseThrow(() -> new InvalidCalendarDataException(
                        "name", "calendar.holiday.duplicate", checked.date(), checked.name()));
        changes.changed("calendar.holiday-added", null, id.value(), checked.date() + " " + checked.name());
        return new HolidayView(id, checked.date(), checked.name(), checked.kind(), checked.source());
    }

    HolidayView updateHoliday(
            HolidayId id,
            @Nullable LocalDate date,
            @Nullable String name,
            @Nullable HolidayKind kind,
            @Nullable String source) {
        Objects.requireNonNull(id, "id");
        var checked = checkHoliday(date, name, kind, source);
        if (repository.holidayExists(checked.date(), checked.name(), id)) {
            throw new InvalidCalendarDataException("name", "calendar.holiday.duplicate", date, checked.name());
        }
        LocalDate before = repository
                .holidayDate(id)
                .orElseThrow(() -> new CalendarEntryNotFoundException("calendar.holiday.notFound", id.value()));
        if (!repository.updateHoliday(id, checked.date(), checked.name(), checked.kind(), checked.source())) {
            throw new CalendarEntryNotFoundException("calendar.holiday.notFound", id.value());
        }
        changes.changed("calendar.holiday-updated", null, id.value(), checked.date() + " " + checked.name());
        if (!before.equals(checked.date())) {
            // a new name, kind or decree leaves the day a holiday: no working time moves
            changes.moved(
                    OfficeCalendarChanged.days(null, Change.HOLIDAYS, before, before, checked.date(), checked.date()));
        }
        return new HolidayView(id, checked.date(), checked.name(), checked.kind(), checked.source());
    }

    /** The fields of a holiday as adding and changing one check them (the id is a stand-in). */
    private static HolidayView checkHoliday(
            @Nullable LocalDate date, @Nullable String name, @Nullable HolidayKind kind, @Nullable String source) {
        if (date == null) {
            throw new InvalidCalendarDataException("date", "calendar.holiday.date.required");
        }
        requireYear(date.getYear());
        String cleanName = requireText("name", "calendar.holiday.name", name, MAX_NAME);
        if (kind == null) {
            throw new InvalidCalendarDataException("kind", "calendar.holiday.kind.required");
        }
        String cleanSource = requireText("source", "calendar.holiday.source", source, MAX_SOURCE);
        return new HolidayView(new HolidayId(0), date, cleanName, kind, cleanSource);
    }

    /** Every line checked as the add form is; the caller's transaction rolls back the lines added before a bad one. */
    List<HolidayView> importHolidays(@Nullable String csv) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidCalendarDataException("file", "calendar.import.empty");
        }
        HolidayCsv.Parsed parsed = HolidayCsv.parse(csv);
        List<InputProblem> problems = new ArrayList<>(parsed.problems());
        List<HolidayView> added = new ArrayList<>();
        for (HolidayCsv.Row row : parsed.rows()) {
            try {
                added.add(insertHoliday(row.date(), row.name(), row.kind(), row.source()));
            } catch (InvalidCalendarDataException e) {
                for (InputProblem problem : e.problems()) {
                    problems.add(InputProblem.ofRow(
                            row.line(),
                            "file",
                            "calendar.import.line",
                            row.line(),
                            new DefaultMessageSourceResolvable(
                                    new String[] {problem.messageKey()},
                                    problem.arguments().toArray())));
                }
            }
        }
        if (parsed.rows().isEmpty() && problems.isEmpty()) {
            throw new InvalidCalendarDataException("file", "calendar.import.empty");
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(p -> p.row() == null ? 0 : p.row()));
            // rolls back the lines already inserted: all or nothing
            throw new InvalidCalendarDataException(problems);
        }
        changes.moved(OfficeCalendarChanged.days(
                null,
                Change.HOLIDAYS,
                added.stream().map(HolidayView::date).min(LocalDate::compareTo).orElseThrow(),
                added.stream().map(HolidayView::date).max(LocalDate::compareTo).orElseThrow()));
        return added;
    }

    void removeHoliday(HolidayId id) {
        Objects.requireNonNull(id, "id");
        LocalDate date = repository
                .holidayDate(id)
                .orElseThrow(() -> new CalendarEntryNotFoundException("calendar.holiday.notFound", id.value()));
        if (!repository.deleteHoliday(id)) {
            throw new CalendarEntryNotFoundException("calendar.holiday.notFound", id.value());
        }
        changes.changed("calendar.holiday-removed", null, id.value(), null);
        changes.moved(OfficeCalendarChanged.days(null, Change.HOLIDAYS, date, date));
    }
}
