package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.alur.platform.AlurUser;
import id.alur.platform.Role;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The national calendar page of the system administrator: a holiday added there moves the due time of a step started
 * after it; a CSV import with a bad line names every bad line and imports nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarAdminIntegrationTests {

    static final AlurUser ADMIN =
            new AlurUser("admin", null, "Admin Sistem", true, null, null, null, Set.of(Role.ADMIN));

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    /** A year no other test touches, so its holiday list starts empty. */
    static int freshYear() {
        return ThreadLocalRandom.current().nextInt(3000, 9000);
    }

    @Test
    void aHolidayAddedOnThePageMovesTheDueTimeOfAStepStartedAfterIt() throws Exception {
        int year = freshYear();
        String office = "cal-admin-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate monday = LocalDate.of(year, 6, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        var start = monday.atTime(10, 0).atZone(WorkingCalendar.DEFAULT_ZONE).toInstant();
        assertThat(calendar.dueAt(office, start, 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(monday.plusDays(1)
                        .atTime(10, 0)
                        .atZone(WorkingCalendar.DEFAULT_ZONE)
                        .toInstant());

        mvc.perform(post("/admin/kalender/libur")
                        .param("date", monday.plusDays(1).toString())
                        .param("name", "Hari Uji")
                        .param("kind", "NATIONAL")
                        .param("source", "SKB uji")
                        .with(user(ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/kalender?tahun=" + year));

        // the step starts after the change: Tuesday is a holiday now, so 1 hari from Monday 10:00 is Wednesday 10:00
        assertThat(calendar.dueAt(office, start, 1, ChronoUnit.DAYS, TimeBasis.WORKING))
                .isEqualTo(monday.plusDays(2)
                        .atTime(10, 0)
                        .atZone(WorkingCalendar.DEFAULT_ZONE)
                        .toInstant());
        String page = mvc.perform(get("/admin/kalender")
                        .param("tahun", String.valueOf(year))
                        .with(user(ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Hari Uji", "SKB uji", "Langkah 1 hari yang dimulai sekarang");
    }

    @Test
    void aHolidayWithoutSourceIsRefusedNamingTheField() throws Exception {
        int year = freshYear();
        String page = mvc.perform(post("/admin/kalender/libur")
                        .param("date", year + "-03-03")
                        .param("name", "Tanpa sumber")
                        .param("kind", "NATIONAL")
                        .param("source", " ")
                        .with(user(ADMIN))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Sumber hari libur (nomor SKB 3 Menteri) wajib diisi.");
        assertThat(calendar.holidays(year)).isEmpty();
    }

    @Test
    void aCsvWithBadLinesIsRefusedNamingEachLineAndNothingIsImported() throws Exception {
        int year = freshYear();
        calendar.addHoliday(LocalDate.of(year, 8, 17), "Hari Kemerdekaan", HolidayKind.NATIONAL, "SKB uji");
        String csv = """
                tanggal,nama,jenis,sumber
                %1$d-01-01,Tahun Baru,NATIONAL,"SKB Nomor 1, Nomor 2"
                %1$d-02-30,Tanggal salah,NATIONAL,SKB uji
                %1$d-05-01,Hari Buruh,LIBUR_DAERAH,SKB uji
                %1$d-08-17,Hari Kemerdekaan,NATIONAL,SKB uji
                %1$d-12-24,Cuti Natal,CUTI_BERSAMA,SKB uji
                """.formatted(year);

        String page = mvc.perform(multipart("/admin/kalender/impor")
                        .file(new MockMultipartFile("file", "libur.csv", "text/csv", csv.getBytes()))
                        .header("Accept-Language", "id")
                        .with(user(ADMIN))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Baris 3: tanggal &quot;" + year + "-02-30&quot; tidak sah")
                .contains("Baris 4: jenis &quot;LIBUR_DAERAH&quot; tidak dikenal")
                .contains("Baris 5: Hari libur &quot;Hari Kemerdekaan&quot; pada tanggal " + year + "-08-17 sudah ada.")
                .doesNotContain("Baris 2", "Baris 6");
        assertThat(calendar.holidays(year)).extracting(HolidayView::name).containsExactly("Hari Kemerdekaan");
    }

    @Test
    void aGoodCsvImportsEveryLine() throws Exception {
        int year = freshYear();
        String csv =
                "tanggal,nama,jenis,sumber\n%1$d-01-01,Tahun Baru,NATIONAL,\"SKB Nomor 1, Nomor 2\"\n\n%1$d-12-24,Cuti Natal,cuti,SKB uji\n"
                        .formatted(year);

        mvc.perform(multipart("/admin/kalender/impor")
                        .file(new MockMultipartFile("file", "libur.csv", "text/csv", csv.getBytes()))
                        .with(user(ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/kalender?tahun=" + year));

        assertThat(calendar.holidays(year))
                .extracting(HolidayView::name, HolidayView::kind, HolidayView::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Tahun Baru", HolidayKind.NATIONAL, "SKB Nomor 1, Nomor 2"),
                        org.assertj.core.groups.Tuple.tuple("Cuti Natal", HolidayKind.CUTI_BERSAMA, "SKB uji"));
    }
}
