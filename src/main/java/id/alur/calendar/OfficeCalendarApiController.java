package id.alur.calendar;

import id.alur.platform.AlurUser;
import id.alur.platform.InputProblems;
import id.alur.platform.KnownOffices;
import id.alur.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An office's own calendar as an API — its time zone, its exceptions to the national calendar (days it is closed,
 * extra working days) and its other working hours (Ramadan, shortened days) — for the tokens of the system
 * administrator and of that office's administrators; another office is 404 as on the page
 * ({@link OfficeCalendarAdminController}), an officer's token 403. The same checks as the page: 422 naming the field,
 * in the caller's language; every change is on the audit trail. A change moves the due times of steps started after
 * it, not of steps already open (docs/calendar.md).
 */
@RestController
@RequestMapping("/api/offices/{office}/calendar")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN')")
@Tag(name = "Calendar", description = "National holidays and cuti bersama; an office's zone, exceptions and hours")
class OfficeCalendarApiController {

    /** A day the office is closed or works although the national calendar says otherwise. */
    record ExceptionInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-08-20") @Nullable
            LocalDate date,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            OfficeExceptionKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String reason) {}

    /** The office's time zone. */
    record ZoneDocument(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Asia/Jakarta or Asia/Pontianak (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)",
                    example = "Asia/Makassar")
            @Nullable
            String zone) {}

    /**
     * A period of other working hours; the times only for SHORTENED, as HH:mm. The times are read here, not by the JSON
     * reader, so that one that is no time ("25:00", "8.00") is a 422 naming its field like every other input problem,
     * not an unreadable body (400).
     */
    record HoursInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-02-08") @Nullable
            LocalDate startsOn,

            @Schema(description = "the last day, included; none for one day", example = "2027-03-09") @Nullable
            LocalDate endsOn,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "RAMADAN (Perpres 21/2023) or SHORTENED")
            @Nullable
            OfficeHoursKind kind,

            @Schema(type = "string", pattern = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$", example = "07:30") @Nullable
            String opens,

            @Schema(type = "string", pattern = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$", example = "10:00") @Nullable
            String breakStarts,

            @Schema(type = "string", pattern = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$", example = "10:15") @Nullable
            String breakEnds,

            @Schema(type = "string", pattern = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$", example = "11:00") @Nullable
            String closes,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String reason) {

        static final HoursInput NONE = new HoursInput(null, null, null, null, null, null, null, null);

        private static final DateTimeFormatter HH_MM =
                DateTimeFormatter.ofPattern("HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

        /**
         * The times as read.
         *
         * @throws id.alur.platform.InvalidInputException naming every time that is not one, as HH:mm
         */
        Times times() {
            var problems = new InputProblems();
            var times = new Times(
                    time("opens", opens, problems),
                    time("breakStarts", breakStarts, problems),
                    time("breakEnds", breakEnds, problems),
                    time("closes", closes, problems));
            problems.throwIfAny();
            return times;
        }

        private static @Nullable LocalTime time(String field, @Nullable String text, InputProblems problems) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalTime.parse(text.strip(), HH_MM);
            } catch (DateTimeParseException e) {
                problems.add(field, "calendar.hours.timeInvalid", text.strip());
                return null;
            }
        }
    }

    /** The times of a period of hours, read. */
    record Times(
            @Nullable LocalTime opens,
            @Nullable LocalTime breakStarts,
            @Nullable LocalTime breakEnds,
            @Nullable LocalTime closes) {}

    private final WorkingCalendar calendar;
    private final ObjectProvider<KnownOffices> offices;

    OfficeCalendarApiController(WorkingCalendar calendar, ObjectProvider<KnownOffices> offices) {
        this.calendar = calendar;
        this.offices = offices;
    }

    @GetMapping("/zone")
    @Operation(summary = "The office's time zone (WIB unless set)")
    ZoneDocument zone(@PathVariable String office) {
        return new ZoneDocument(calendar.zoneOf(administrable(office)).getId());
    }

    @PutMapping("/zone")
    @Operation(summary = "Sets the office's time zone: WIB, WITA or WIT")
    ZoneDocument setZone(@PathVariable String office, @RequestBody(required = false) @Nullable ZoneDocument input) {
        String code = administrable(office);
        String given = input == null ? null : input.zone();
        ZoneId zone = WorkingCalendar.INDONESIAN_ZONES.stream()
                .filter(z -> z.getId().equals(given))
                .findFirst()
                .orElse(null);
        if (zone == null) {
            // Any other text, a zone of another country or no zone ZoneId knows, is refused by name.
            throw given == null || given.isBlank()
                    ? new InvalidCalendarDataException("zone", "calendar.zone.required")
                    : new InvalidCalendarDataException("zone", "calendar.zone.notIndonesian", given);
        }
        calendar.setZone(code, zone);
        return new ZoneDocument(zone.getId());
    }

    @GetMapping("/exceptions")
    @Operation(summary = "The office's exceptions, by date")
    List<OfficeExceptionView> exceptions(@PathVariable String office) {
        return calendar.officeExceptions(administrable(office));
    }

    @PostMapping("/exceptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds an exception: a day the office is closed (CLOSED) or works (EXTRA_WORKING_DAY)")
    OfficeExceptionView add(
            @PathVariable String office, @RequestBody(required = false) @Nullable ExceptionInput input) {
        // The body is read after the office is checked: another office's admin learns nothing from a 422.
        String code = administrable(office);
        var in = input == null ? new ExceptionInput(null, null, null) : input;
        return calendar.addOfficeException(code, in.date(), in.kind(), in.reason());
    }

    @PutMapping("/exceptions/{date}")
    @Operation(summary = "Changes the exception of that day in place: its day, kind or reason")
    OfficeExceptionView change(
            @PathVariable String office,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestBody(required = false) @Nullable ExceptionInput input) {
        String code = administrable(office);
        var in = input == null ? new ExceptionInput(null, null, null) : input;
        return calendar.updateOfficeException(code, date, in.date(), in.kind(), in.reason());
    }

    @DeleteMapping("/exceptions/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes the office's exception of that day")
    void remove(
            @PathVariable String office, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendar.removeOfficeException(administrable(office), date);
    }

    @GetMapping("/hours")
    @Operation(summary = "The office's periods of other working hours (Ramadan, shortened days), by first day")
    List<OfficeHoursView> hours(@PathVariable String office) {
        return calendar.officeHours(administrable(office));
    }

    @PostMapping("/hours")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a period of other working hours (at most 62 days, not overlapping another)")
    OfficeHoursView addHours(@PathVariable String office, @RequestBody(required = false) @Nullable HoursInput input) {
        String code = administrable(office);
        var in = input == null ? HoursInput.NONE : input;
        var times = in.times();
        return calendar.addOfficeHours(
                code,
                in.startsOn(),
                in.endsOn(),
                in.kind(),
                times.opens(),
                times.breakStarts(),
                times.breakEnds(),
                times.closes(),
                in.reason());
    }

    @PutMapping("/hours/{id}")
    @Operation(summary = "Changes a period of other working hours in place")
    OfficeHoursView changeHours(
            @PathVariable String office,
            @PathVariable long id,
            @RequestBody(required = false) @Nullable HoursInput input) {
        String code = administrable(office);
        var in = input == null ? HoursInput.NONE : input;
        var times = in.times();
        return calendar.updateOfficeHours(
                code,
                id,
                in.startsOn(),
                in.endsOn(),
                in.kind(),
                times.opens(),
                times.breakStarts(),
                times.breakEnds(),
                times.closes(),
                in.reason());
    }

    @DeleteMapping("/hours/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes a period of other working hours")
    void removeHours(@PathVariable String office, @PathVariable long id) {
        calendar.removeOfficeHours(administrable(office), id);
    }

    /** The office, when the caller administers it and it exists; else 404 (office isolation). */
    private String administrable(String office) {
        AlurUser user = AlurUser.current().orElseThrow();
        boolean own = user.hasRole(Role.OFFICE_ADMIN) && office.equals(user.officeCode());
        KnownOffices known = offices.getIfAvailable();
        if ((!user.hasRole(Role.ADMIN) && !own) || (known != null && !known.exists(office))) {
            throw new CalendarEntryNotFoundException("calendar.office.notFound", office);
        }
        return office;
    }
}
