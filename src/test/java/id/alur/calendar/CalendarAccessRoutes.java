package id.alur.calendar;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.FORBIDDEN;
import static id.alur.platform.AccessRule.Outcome.LOGIN;

import id.alur.platform.AccessFixture;
import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import id.alur.platform.AccessRule.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** The national calendar page: the system administrator only (national data applies to every office). */
class CalendarAccessRoutes implements AccessRoutes {

    /** ANONYMOUS, ADMIN, OFFICE_ADMIN, OFFICE_ADMIN_OTHER, OFFICER, OFFICER_OTHER, OUTSIDE_PARTY. */
    private static final Outcome[] SYSTEM_ADMIN = {LOGIN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    @Override
    public Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
        var holiday = context.getBean(WorkingCalendar.class)
                .addHoliday(LocalDate.of(9500, 3, 3), "Hari matriks " + fixture.office(), HolidayKind.NATIONAL, "uji");
        return Map.of("holiday", Long.toString(holiday.id().value()));
    }

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.get("/admin/kalender").expect(SYSTEM_ADMIN),
                AccessRule.post("/admin/kalender/libur").expect(SYSTEM_ADMIN),
                AccessRule.post("/admin/kalender/libur/{holiday}/hapus")
                        .param("tahun", "9500")
                        .expect(SYSTEM_ADMIN),
                AccessRule.post("/admin/kalender/impor").expect(SYSTEM_ADMIN));
    }
}
