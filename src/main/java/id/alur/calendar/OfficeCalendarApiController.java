package id.alur.calendar;

import id.alur.platform.AlurUser;
import id.alur.platform.KnownOffices;
import id.alur.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An office's exceptions to the national calendar as an API (days it is closed, extra working days), for the tokens of
 * the system administrator and of that office's administrators; another office is 404 as on the page
 * ({@link OfficeCalendarAdminController}), an officer's token 403. The same checks as the page: 422 naming the field.
 */
@RestController
@RequestMapping("/api/offices/{office}/calendar/exceptions")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN')")
@Tag(name = "Calendar", description = "National holidays and cuti bersama; an office's exceptions")
class OfficeCalendarApiController {

    /** A day the office is closed or works although the national calendar says otherwise. */
    record ExceptionInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-08-20") @Nullable
            LocalDate date,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            OfficeExceptionKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String reason) {}

    private final WorkingCalendar calendar;
    private final ObjectProvider<KnownOffices> offices;

    OfficeCalendarApiController(WorkingCalendar calendar, ObjectProvider<KnownOffices> offices) {
        this.calendar = calendar;
        this.offices = offices;
    }

    @GetMapping
    @Operation(summary = "The office's exceptions, by date")
    List<OfficeExceptionView> exceptions(@PathVariable String office) {
        return calendar.officeExceptions(administrable(office));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds an exception: a day the office is closed (CLOSED) or works (EXTRA_WORKING_DAY)")
    OfficeExceptionView add(
            @PathVariable String office, @RequestBody(required = false) @Nullable ExceptionInput input) {
        // The body is read after the office is checked: another office's admin learns nothing from a 422.
        String code = administrable(office);
        var in = input == null ? new ExceptionInput(null, null, null) : input;
        return calendar.addOfficeException(code, in.date(), in.kind(), in.reason());
    }

    @DeleteMapping("/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes the office's exception of that day")
    void remove(
            @PathVariable String office, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendar.removeOfficeException(administrable(office), date);
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
