package id.alur.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.alur.casework.Intake;
import id.alur.casework.PermohonanService;
import id.alur.casework.PermohonanView;
import id.alur.casework.Sex;
import id.alur.workflow.Acting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public status page, without logging in: status for the right number and digits, nothing personal, a limit. */
@SpringBootTest
@AutoConfigureMockMvc
class StatusPageIntegrationTests {

    /** Each test looks up from its own client address: the rate limit counts per address. */
    static final AtomicInteger CLIENT = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    PermohonanService permohonan;

    @Autowired
    PortalSettings settings;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String newClient() {
        return "10.77.0." + CLIENT.getAndIncrement();
    }

    PermohonanView submitted(String name, String nik) {
        return permohonan.submit(
                new Intake(
                        "dinsosppkb-rembang",
                        "kis-surat-pengantar",
                        new Intake.Applicant(
                                nik,
                                name,
                                LocalDate.of(1985, 8, 17),
                                Sex.FEMALE,
                                "3317011203150007",
                                "Jl. Rahasia 9",
                                "33.17.01.2002",
                                "081299990000"),
                        List.of(),
                        IntStream.range(0, 5)
                                .mapToObj(i -> new Intake.ChecklistEntry(i, true, null))
                                .toList(),
                        Set.of()),
                Acting.self("rembang.petugas-pelayanan", "Dewi Anggraini", "petugas-pelayanan"),
                Instant.now());
    }

    MockHttpServletResponse lookUp(String tracking, String last4, String client) throws Exception {
        return mvc.perform(post("/publik/status")
                        .param("trackingNumber", tracking)
                        .param("nikLast4", last4)
                        .with(csrf())
                        .with(from(client)))
                .andReturn()
                .getResponse();
    }

    @Test
    void showsTheServiceAndTheCurrentStepButNothingPersonal() throws Exception {
        String nik = "331701570885" + "%04d".formatted(1000 + CLIENT.getAndIncrement());
        var view = submitted("Sulastri Rahasia", nik);

        var response = lookUp(view.trackingNumber().toLowerCase().replace("-", " "), nik.substring(12), newClient());

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains(view.trackingNumber());
        assertThat(html).contains("PELAYANAN PENGANTAR PEMBUATAN KARTU INDONESIA SEHAT (KIS)");
        assertThat(html).contains("Melakukan verifikasi permohonan masyarakat");
        assertThat(html)
                .doesNotContain("Sulastri")
                .doesNotContain(nik)
                .doesNotContain("Rahasia 9")
                .doesNotContain("081299990000");
    }

    @Test
    void findsNothingWithTheWrongDigitsOfTheNik() throws Exception {
        String nik = "331701570885" + "%04d".formatted(3000 + CLIENT.getAndIncrement());
        var view = submitted("Tini", nik);
        String wrong = nik.substring(12).equals("9999") ? "9998" : "9999";

        var response = lookUp(view.trackingNumber(), wrong, newClient());

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString())
                .contains("Permohonan tidak ditemukan")
                .doesNotContain("Tini");
    }

    @Test
    void refusesLookUpsOverTheLimitOfAClient() throws Exception {
        String client = newClient();
        for (int i = 0; i < 10; i++) {
            assertThat(lookUp("ALR-2026-0000A" + i, "1234", client).getStatus()).isEqualTo(404);
        }

        var refused = lookUp("ALR-2026-0000AB", "1234", client);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentAsString()).contains("Terlalu banyak pencarian");
        assertThat(lookUp("ALR-2026-0000AB", "1234", newClient()).getStatus()).isEqualTo(404);
    }

    @Test
    void refusesATrackingNumberAfterTenWrongGuessesFromManyAddressesEvenWithTheRightDigits() throws Exception {
        String nik = "331701570885" + "%04d".formatted(5000 + CLIENT.getAndIncrement());
        var view = submitted("Warsini", nik);
        String right = nik.substring(12);
        for (int guess = 0; guess < 10; guess++) {
            String wrong = "%04d".formatted(guess).equals(right) ? "9999" : "%04d".formatted(guess);
            assertThat(lookUp(view.trackingNumber(), wrong, newClient()).getStatus())
                    .isEqualTo(404);
        }

        var refused = lookUp(view.trackingNumber().toLowerCase(), right, newClient());

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("360");
        assertThat(refused.getContentAsString())
                .contains("Terlalu banyak percobaan yang salah untuk nomor registrasi ini")
                .doesNotContain("Warsini");
    }

    @Test
    void countsOnlyTheLookUpsThatFindNothingAgainstATrackingNumber() throws Exception {
        String nik = "331701570885" + "%04d".formatted(7000 + CLIENT.getAndIncrement());
        var view = submitted("Sumiyati", nik);

        for (int i = 0; i < 12; i++) {
            assertThat(lookUp(view.trackingNumber(), nik.substring(12), newClient())
                            .getStatus())
                    .isEqualTo(200);
        }
    }

    @Test
    void refusesLetterVerificationsOverTheLimitOfAClient() throws Exception {
        String client = newClient();
        int answered = 0;
        MockHttpServletResponse refused = null;
        // The bucket refills while the loop runs (greedily, one verification per period/limit), so the refusal may
        // come a few requests after the limit, never before it.
        for (int i = 0; i < 2 * settings.verifications() && refused == null; i++) {
            var response = mvc.perform(get("/publik/verifikasi/TIDAK-ADA-" + i).with(from(client)))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() == 429) {
                refused = response;
            } else {
                assertThat(response.getStatus()).isEqualTo(404);
                answered++;
            }
        }

        assertThat(answered).isGreaterThanOrEqualTo(settings.verifications());
        assertThat(refused).isNotNull();
        assertThat(refused.getHeader("Retry-After"))
                .isEqualTo(Long.toString(
                        Math.max(1, settings.verificationPeriod().toSeconds() / settings.verifications())));
        assertThat(refused.getContentAsString()).contains("Terlalu banyak pemeriksaan surat dari alamat Anda");
        assertThat(mvc.perform(get("/publik/verifikasi/TIDAK-ADA-X").with(from(newClient())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void servesTheFormWithoutLogin() throws Exception {
        var response = mvc.perform(get("/publik/status")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"status-form\"");
    }
}
