package id.alur.notification;

import static id.alur.platform.AccessRule.Outcome.ALLOWED;
import static id.alur.platform.AccessRule.Outcome.FORBIDDEN;
import static id.alur.platform.AccessRule.Outcome.LOGIN;
import static id.alur.platform.AccessRule.Outcome.NOT_FOUND;

import id.alur.platform.AccessFixture;
import id.alur.platform.AccessRoutes;
import id.alur.platform.AccessRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The notification list and the profile's notification choices: every signed-in user has their own; another user's
 * notification is 404. An office's failed deliveries and its notification texts: its administrators and the system
 * administrator.
 */
class NotificationAccessRoutes implements AccessRoutes {

    @Override
    public Map<String, String> prepare(AccessFixture fixture, ApplicationContext context) {
        return Map.of(
                "notificationKind",
                NotificationKind.STEP_ARRIVED.name(),
                "notification",
                String.valueOf(NotificationPagesIntegrationTests.notify(
                        context.getBean(Deliveries.class),
                        context.getBean(InAppNotifications.class),
                        fixture.officer(),
                        fixture.office(),
                        "access-" + Instant.now().toEpochMilli() + "-" + System.nanoTime())));
    }

    @Override
    public List<AccessRule> rules() {
        return List.of(
                //                  ANONYMOUS ADMIN OFFICE_ADMIN OFFICE_ADMIN_OTHER OFFICER OFFICER_OTHER OUTSIDE_PARTY
                AccessRule.get("/notifikasi").expect(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
                AccessRule.post("/notifikasi/{notification}/baca")
                        .expect(LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, ALLOWED, NOT_FOUND, NOT_FOUND),
                AccessRule.post("/notifikasi/baca-semua")
                        .expect(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
                AccessRule.post("/profil/notifikasi")
                        .expect(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
                AccessRule.get("/admin/offices/{office}/notifikasi")
                        .expect(LOGIN, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                AccessRule.get("/admin/offices/{office}/notifikasi/teks")
                        .expect(LOGIN, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                AccessRule.get("/admin/offices/{office}/notifikasi/teks/{notificationKind}")
                        .expect(LOGIN, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                AccessRule.post("/admin/offices/{office}/notifikasi/teks/{notificationKind}")
                        .expect(LOGIN, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                AccessRule.post("/admin/offices/{office}/notifikasi/teks/{notificationKind}/standar")
                        .expect(LOGIN, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN));
    }
}
