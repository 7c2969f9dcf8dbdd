package id.alur.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.alur.casework.PermohonanService;
import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.workflow.WorkflowService;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The office administrator writes the office's own text of a kind on its page: an unknown placeholder is refused naming
 * its line and nothing is saved; a saved text is what the office's officers get by e-mail (GreenMail), while an
 * officer who chose English gets the standard English text; going back to the standard text is one button.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationTemplatesIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String PAGE = "/admin/offices/" + NotificationFixture.REMBANG + "/notifikasi/teks/STEP_ARRIVED";

    @RegisterExtension
    static final TestSmtpServer SMTP = new TestSmtpServer();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        SMTP.configure(properties);
        properties.add("alur.notification.retry-delay", () -> "PT0.1S");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    WorkflowService workflow;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    NotificationTemplates templates;

    @Autowired
    Preferences preferences;

    @Test
    void refusesAnUnknownPlaceholderNamingItsLineThenSendsTheOfficesOwnText() throws Exception {
        var data = new OfficeTestData(offices);
        var admin = data.signedIn(userDetails, data.officeAdmin(NotificationFixture.REMBANG));

        mvc.perform(get(PAGE).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("{activityName}")))
                .andExpect(content().string(containsString("Langkah baru di kotak masuk: {trackingNumber}")));
        mvc.perform(post(PAGE)
                        .with(user(admin))
                        .with(csrf())
                        .param("subject", "Tugas baru: {trackingNumber}")
                        .param("body", "Permohonan {trackingNumber} menunggu.\nBatas {due}, pemohon {nama}.")
                        .param("version", "0"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Baris 2: penanda {due} tidak dikenal")))
                .andExpect(content().string(containsString("Baris 2: penanda {nama} tidak dikenal")));
        assertThat(templates.find(NotificationFixture.REMBANG, NotificationKind.STEP_ARRIVED))
                .isEmpty();

        mvc.perform(post(PAGE)
                        .with(user(admin))
                        .with(csrf())
                        .param("subject", "Tugas baru Dinsos Rembang: {trackingNumber}")
                        .param("body", "Permohonan {applicant} menunggu Anda di langkah {activity}.")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/offices/" + NotificationFixture.REMBANG + "/notifikasi/teks"));

        var first = new NotificationFixture(offices, permohonan, workflow);
        var second = new NotificationFixture(offices, permohonan, workflow);
        first.officer("petugas-pelayanan");
        first.officer("kasi-rehabsos");
        String english = second.officer("kasi-rehabsos");
        preferences.save(english, new Preferences.Preference(null, false, "en", Set.of()), Instant.now());
        var view = first.submit("Siti Teks Kantor");

        await().atMost(PATIENCE)
                .until(() -> !SMTP.mailsTo(first.email("kasi-rehabsos")).isEmpty()
                        && !SMTP.mailsTo(second.email("kasi-rehabsos")).isEmpty());
        var own = SMTP.mailsTo(first.email("kasi-rehabsos")).getFirst();
        assertThat(own.getSubject()).isEqualTo("Tugas baru Dinsos Rembang: " + view.trackingNumber());
        assertThat(GreenMailUtil.getBody(own)).contains("Permohonan Siti Teks Kantor menunggu Anda di langkah 2.");
        assertThat(SMTP.mailsTo(second.email("kasi-rehabsos")).getFirst().getSubject())
                .isEqualTo("New step in your inbox: " + view.trackingNumber());

        mvc.perform(post(PAGE + "/standar").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/offices/" + NotificationFixture.REMBANG + "/notifikasi/teks"));
        assertThat(templates.find(NotificationFixture.REMBANG, NotificationKind.STEP_ARRIVED))
                .isEmpty();
    }
}
