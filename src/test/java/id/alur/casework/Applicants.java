package id.alur.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** Applicants with valid, unique NIKs for tests that share one database. */
final class Applicants {

    /** Seeded: the same applicants on every run; the serial keeps their NIKs apart within one. */
    private static final Random random = new Random(20260105L);

    private static final AtomicInteger serial = new AtomicInteger(1 + random.nextInt(5000));

    private Applicants() {}

    /** A NIK registered in Kec. Sumber, Rembang (33.17.01), for the birth date and sex given. */
    static String nik(LocalDate birthDate, Sex sex) {
        int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        return "331701%02d%02d%02d%04d"
                .formatted(
                        day,
                        birthDate.getMonthValue(),
                        birthDate.getYear() % 100,
                        1 + (serial.getAndIncrement() % 9998));
    }

    static LocalDate someBirthDate() {
        return LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
    }

    static Intake.Applicant woman(String name) {
        LocalDate birth = someBirthDate();
        return new Intake.Applicant(
                nik(birth, Sex.FEMALE),
                name,
                birth,
                Sex.FEMALE,
                "3317011203150007",
                "Jl. Pemuda 12 RT 01 RW 02",
                "33.17.01.2002",
                "081234567890");
    }

    /** Every requirement present, the first with a real PDF scan. */
    static List<Intake.ChecklistEntry> allPapers(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Intake.ChecklistEntry(
                        i, true, i == 0 ? new Intake.Upload("kk.pdf", SampleScans.pdf("Kartu Keluarga")) : null))
                .toList();
    }
}
