package id.alur.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The in-app list: the header counts the unread ones; opening one marks it read and goes to its page. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Deliveries deliveries;

    @Autowired
    InAppNotifications inApp;

    @Autowired
    Preferences preferences;

    /** Delivers an in-app notification about {@code /permohonan/1} to the user; returns its id. */
    static long notify(Deliveries deliveries, InAppNotifications inApp, String username, String office, String key) {
        var delivery = deliveries.claim(
                key, username, Channel.IN_APP, office, NotificationKind.STEP_ARRIVED, username, Instant.now());
        inApp.deliver(
                delivery.id(),
                username,
                office,
                NotificationKind.STEP_ARRIVED,
                new Message("Langkah baru di kotak masuk: " + key, "Permohonan menunggu Anda.", "/permohonan/1"),
                Instant.now());
        return inApp.list(username, 1).getFirst().id();
    }

    @Test
    void countsTheUnreadInTheHeaderAndMarksOneReadWhenItIsOpened() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String username = data.user(office, OfficeTestData.KEPALA);
        var officer = data.signedIn(userDetails, username);
        long first = notify(deliveries, inApp, username, office, "pages-1-" + username);
        notify(deliveries, inApp, username, office, "pages-2-" + username);

        mvc.perform(get("/").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unread-count\"")))
                .andExpect(content().string(containsString("2 belum dibaca")));
        mvc.perform(get("/notifikasi").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Langkah baru di kotak masuk: pages-1-" + username)))
                .andExpect(content().string(containsString("Langkah baru di kotak masuk: pages-2-" + username)));

        mvc.perform(post("/notifikasi/{id}/baca", first).with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/permohonan/1"));
        assertThat(inApp.unread(username)).isEqualTo(1);

        mvc.perform(post("/notifikasi/baca-semua").with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/notifikasi"));
        assertThat(inApp.unread(username)).isZero();
        mvc.perform(get("/notifikasi").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"unread-count\""))));
    }

    @Test
    void answersNotFoundForAnotherUsersNotification() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        String owner = data.user(office, OfficeTestData.KEPALA);
        var other = data.signedIn(userDetails, data.user(office, OfficeTestData.PETUGAS));
        long id = notify(deliveries, inApp, owner, office, "pages-other-" + owner);

        mvc.perform(post("/notifikasi/{id}/baca", id).with(user(other)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(inApp.unread(owner)).isEqualTo(1);
    }

    @Test
    void listsTheOfficesFailedDeliveriesForItsAdministrator() throws Exception {
        var data = new OfficeTestData(offices);
        String office = data.office();
        var admin = data.signedIn(userDetails, data.officeAdmin(office));
        var delivery = deliveries.claim(
                "pages-failed-" + office,
                "petugas-" + office,
                Channel.GATEWAY,
                office,
                NotificationKind.STEP_ARRIVED,
                "+6281234567890",
                Instant.now());
        deliveries.tried(delivery.id(), "GatewayException: Gateway answered 500: down", true);

        mvc.perform(get("/admin/offices/{office}/notifikasi", office).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("petugas-" + office)))
                .andExpect(content().string(containsString("+6281234567890")))
                .andExpect(content().string(containsString("Gateway answered 500: down")))
                // no spring.mail.host in the tests' configuration: e-mail is off, and the page says so
                .andExpect(content().string(containsString("id=\"mail-warning-0\"")))
                .andExpect(content().string(containsString("Notifikasi e-mail mati")));
    }

    @Test
    void savesTheOwnPhoneForTheGatewayAndRefusesAnInvalidNumberNamingTheField() throws Exception {
        var data = new OfficeTestData(offices);
        String username = data.user(data.office(), OfficeTestData.PETUGAS);
        var officer = data.signedIn(userDetails, username);

        mvc.perform(post("/profil/notifikasi")
                        .with(user(officer))
                        .with(csrf())
                        .param("phone", "12345")
                        .param("gateway", "true"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Nomor ponsel tidak valid")));
        assertThat(preferences.of(username)).isEqualTo(Preferences.Preference.NONE);

        mvc.perform(post("/profil/notifikasi").with(user(officer)).with(csrf()).param("gateway", "true"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Isi nomor ponsel")));

        mvc.perform(post("/profil/notifikasi")
                        .with(user(officer))
                        .with(csrf())
                        .param("phone", "0812-3456-7890")
                        .param("gateway", "true"))
                .andExpect(redirectedUrl("/profil"));
        assertThat(preferences.of(username)).isEqualTo(new Preferences.Preference("+6281234567890", true));
        mvc.perform(get("/profil").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"+6281234567890\"")));
    }

    @Test
    void savesTheLanguageAndTheKindsPerChannelTogetherAndRefusesAnUnknownChoiceNamingTheField() throws Exception {
        var data = new OfficeTestData(offices);
        String username = data.user(data.office(), OfficeTestData.KEPALA);
        var head = data.signedIn(userDetails, username);

        // A head who wants only the digest, by e-mail, and the interface in English.
        mvc.perform(post("/profil/notifikasi")
                        .with(user(head))
                        .with(csrf())
                        .param("language", "en")
                        .param("_channels", "on")
                        .param("channels", "LATE_DIGEST:EMAIL"))
                .andExpect(redirectedUrl("/profil"))
                .andExpect(cookie().value("alur-lang", "en"));
        var saved = preferences.of(username);
        assertThat(saved.language()).isEqualTo("en");
        assertThat(saved.wants(NotificationKind.LATE_DIGEST, Channel.EMAIL)).isTrue();
        assertThat(saved.wants(NotificationKind.LATE_DIGEST, Channel.IN_APP)).isFalse();
        assertThat(saved.wants(NotificationKind.STEP_OVERDUE, Channel.EMAIL)).isFalse();
        assertThat(saved.wants(NotificationKind.STEP_ARRIVED, Channel.IN_APP)).isFalse();
        mvc.perform(get("/profil").with(user(head)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ringkasan harian kasus terlambat")))
                .andExpect(content().string(containsString("<option value=\"en\" selected=\"selected\">")));

        // An unknown language or choice: 422 naming it, and nothing of the post is saved.
        mvc.perform(post("/profil/notifikasi")
                        .with(user(head))
                        .with(csrf())
                        .param("language", "fr")
                        .param("_channels", "on"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Pilih bahasa Indonesia (id) atau Inggris (en).")));
        mvc.perform(post("/profil/notifikasi")
                        .with(user(head))
                        .with(csrf())
                        .param("language", "id")
                        .param("channels", "LATE_DIGEST:FAX"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Pilihan saluran notifikasi tidak dikenal.")));
        assertThat(preferences.of(username)).isEqualTo(saved);
    }
}
