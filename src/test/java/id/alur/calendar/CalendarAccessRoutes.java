package id.alur.calendar;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.FORBIDDEN;
import static id.alur.platform.AccessRule.Outcome.LOGIN;
import static id.alur.platform.AccessRule.Outcome.NOT_FOUND;
import static id.alur.platform.AccessRule.Outcome.UNAUTHORIZED;

import id.alur.platform.AccessFixture;
import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import id.alur.platform.AccessRule.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The national calendar page: the system administrator only (national data applies to every office). An office's
 * calendar page: the system administrator and that office's administrator (another office's: 404). The same for the
 * calendar API with tokens.
 */
class CalendarAccessRoutes implements AccessRoutes {

    /** ANONYMOUS, ADMIN, OFFICE_ADMIN, OFFICE_ADMIN_OTHER, OFFICER, OFFICER_OTHER, OUTSIDE_PARTY. */
    private static final Outcome[] SYSTEM_ADMIN = {LOGIN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    private static final Outcome[] OWN_OFFICE_ADMINS = {
        LOGIN, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    /** The same with API tokens: no token is 401. */
    private static final Outcome[] API_SYSTEM_ADMIN = {
        UNAUTHORIZED, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    private static final Outcome[] API_OWN_OFFICE_ADMINS = {
        UNAUTHORIZED, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN
    };

    @Override
    public Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
        var calendar = context.getBean(WorkingCalendar.class);
        calendar.addOfficeException(fixture.office(), LocalDate.of(9500, 3, 4), OfficeExceptionKind.CLOSED, "uji");
        var holiday = calendar.addHoliday(
                LocalDate.of(9500, 3, 3), "Hari matriks " + fixture.office(), HolidayKind.NATIONAL, "uji");
        var hours = calendar.addOfficeHours(
                fixture.office(),
                LocalDate.of(9500, 3, 6),
                null,
                OfficeHoursKind.RAMADAN,
                null,
                null,
                null,
                null,
                "uji");
        return Map.of(
                "holiday",
                Long.toString(holiday.id().value()),
                "exceptionDate",
                "9500-03-04",
                "hours",
                Long.toString(hours.id()));
    }

    @Override
    public List<AccessRule> rules() {
        String office = "/admin/offices/{office}/kalender";
        return List.of(
                AccessRule.get("/admin/kalender").expect(SYSTEM_ADMIN),
                AccessRule.post("/admin/kalender/libur").expect(SYSTEM_ADMIN),
                AccessRule.post("/admin/kalender/libur/{holiday}/hapus")
                        .param("tahun", "9500")
                        .expect(SYSTEM_ADMIN),
                AccessRule.post("/admin/kalender/impor").expect(SYSTEM_ADMIN),
                AccessRule.post("/admin/kalender/libur/{holiday}").expect(SYSTEM_ADMIN),
                AccessRule.get("/api/calendar/holidays").param("year", "9500").expect(API_SYSTEM_ADMIN),
                AccessRule.post("/api/calendar/holidays").expect(API_SYSTEM_ADMIN),
                AccessRule.put("/api/calendar/holidays/{holiday}").expect(API_SYSTEM_ADMIN),
                AccessRule.delete("/api/calendar/holidays/{holiday}").expect(API_SYSTEM_ADMIN),
                AccessRule.get("/api/offices/{office}/calendar/exceptions").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.post("/api/offices/{office}/calendar/exceptions").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.delete("/api/offices/{office}/calendar/exceptions/{exceptionDate}")
                        .expect(API_OWN_OFFICE_ADMINS),
                AccessRule.put("/api/offices/{office}/calendar/exceptions/{exceptionDate}")
                        .expect(API_OWN_OFFICE_ADMINS),
                AccessRule.get("/api/offices/{office}/calendar/zone").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.put("/api/offices/{office}/calendar/zone").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.get("/api/offices/{office}/calendar/hours").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.post("/api/offices/{office}/calendar/hours").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.put("/api/offices/{office}/calendar/hours/{hours}").expect(API_OWN_OFFICE_ADMINS),
                AccessRule.delete("/api/offices/{office}/calendar/hours/{hours}")
                        .expect(API_OWN_OFFICE_ADMINS),
                AccessRule.post("/admin/kalender/tahun")
                        .param("tahun", "9500")
                        .param("source", "uji")
                        .expect(SYSTEM_ADMIN),
                AccessRule.get(office).expect(OWN_OFFICE_ADMINS),
                AccessRule.post(office + "/pengecualian").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(office + "/pengecualian/{exceptionDate}/hapus").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(office).param("ubah", "{exceptionDate}").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(office + "/pengecualian/{exceptionDate}").expect(OWN_OFFICE_ADMINS),
                AccessRule.get(office).param("ubahJam", "{hours}").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(office + "/jam-kerja/{hours}").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(office + "/zona").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(office + "/jam-kerja").expect(OWN_OFFICE_ADMINS),
                AccessRule.post(office + "/jam-kerja/{hours}/hapus").expect(OWN_OFFICE_ADMINS));
    }
}
