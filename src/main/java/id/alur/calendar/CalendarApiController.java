package id.alur.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national holidays and cuti bersama days as an API, for the system administrator's tokens (national data applies
 * to every office): the year's list, add, change in place, remove. The same checks as the page: a missing or bad field
 * is 422 naming it, a second holiday of that name on that date 422 on {@code name}, an unknown id 404. A change moves
 * the due times of steps started after it, not of steps already open (docs/calendar.md).
 */
@RestController
@RequestMapping("/api/calendar/holidays")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Calendar", description = "National holidays and cuti bersama; an office's exceptions")
class CalendarApiController {

    /** A holiday as the API gives it. */
    record HolidayDocument(
            long id,
            LocalDate date,
            String name,

            @Schema(description = "NATIONAL (libur nasional) or CUTI_BERSAMA")
            HolidayKind kind,

            @Schema(description = "the decree declaring it, e.g. the SKB 3 Menteri")
            String source) {

        static HolidayDocument of(HolidayView view) {
            return new HolidayDocument(view.id().value(), view.date(), view.name(), view.kind(), view.source());
        }
    }

    /** A new holiday, or the new state of one. */
    record HolidayInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-03-20") @Nullable
            LocalDate date,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            HolidayKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String source) {}

    private final WorkingCalendar calendar;

    CalendarApiController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping
    @Operation(summary = "The holidays and cuti bersama days of a year, by date")
    List<HolidayDocument> holidays(@RequestParam int year) {
        return calendar.holidays(year).stream().map(HolidayDocument::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a holiday or cuti bersama day for every office")
    HolidayDocument add(@RequestBody(required = false) @Nullable HolidayInput input) {
        var in = input == null ? new HolidayInput(null, null, null, null) : input;
        return HolidayDocument.of(calendar.addHoliday(in.date(), in.name(), in.kind(), in.source()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a holiday in place (date, name, kind, decree)")
    HolidayDocument change(@PathVariable long id, @RequestBody(required = false) @Nullable HolidayInput input) {
        var in = input == null ? new HolidayInput(null, null, null, null) : input;
        return HolidayDocument.of(
                calendar.updateHoliday(new HolidayId(id), in.date(), in.name(), in.kind(), in.source()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes a holiday")
    void remove(@PathVariable long id) {
        calendar.removeHoliday(new HolidayId(id));
    }
}
