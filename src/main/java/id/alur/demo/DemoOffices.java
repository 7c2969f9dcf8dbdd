package id.alur.demo;

import id.alur.office.OfficeDetails;
import id.alur.office.OfficeKind;
import id.alur.office.OfficeService;
import id.alur.office.PositionDetails;
import id.alur.office.UserProfile;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The five seed offices with their positions (the lanes of their SOPs, titles as in the seeds, highest first), one
 * user per position and office, an office administrator per office and the system administrator {@code admin}.
 * Usernames are {@code <office short name>.<position code>} (e.g. {@code rembang.kepala-dinas}) and
 * {@code <office short name>.admin}; every demo password is {@value #PASSWORD}. The applicant lane
 * ({@code pemohon}, seeds 001 and 004) is not a position: the front desk acts for the applicant.
 *
 * <p>Only when the demo data is wanted ({@link ConditionalOnDemoData}). Idempotent: what exists is left as it is (an edited demo user keeps
 * its edits and password). Runs before the other demo loaders, which need the offices: they use
 * {@code @Order(DemoOffices.ORDER + 10)} or later.
 */
@Component
@ConditionalOnDemoData
@Order(DemoOffices.ORDER)
public class DemoOffices implements ApplicationRunner {

    public static final int ORDER = 100;

    /** The password of every demo user (README). Never used outside the demo. */
    public static final String PASSWORD = "alur-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoOffices.class);

    record Position(String code, String title, boolean frontDesk, boolean outsideParty, String holderName) {}

    record Office(
            String code,
            String shortName,
            String name,
            OfficeKind kind,
            String address,
            String zone,
            String adminName,
            List<Position> positions) {}

    /** In rank order, highest first; holder names are invented. */
    static final List<Office> OFFICES = List.of(
            new Office(
                    "dinsosppkb-rembang",
                    "rembang",
                    "Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Rembang",
                    OfficeKind.REGENCY_AGENCY,
                    "Kabupaten Rembang, Jawa Tengah",
                    "Asia/Jakarta",
                    "Rina Kusumawati",
                    List.of(
                            position("kepala-dinas", "Kepala Dinas", "Bambang Setiawan"),
                            position(
                                    "kabid-rehabilitasi-jamsos",
                                    "Kabid Rehabilitasi dan Jaminan Sosial",
                                    "Sri Lestari"),
                            position("kasi-rehabsos", "Kasi Rehabsos", "Agus Prasetyo"),
                            frontDesk("petugas-pelayanan", "Petugas Pelayanan", "Dewi Anggraini"))),
            new Office(
                    "dinsos-solok",
                    "solok",
                    "Dinas Sosial Kabupaten Solok",
                    OfficeKind.REGENCY_AGENCY,
                    "Kabupaten Solok, Sumatera Barat",
                    "Asia/Jakarta",
                    "Fitri Handayani",
                    List.of(
                            position("kepala-dinas", "Kepala Dinas", "Yulizar Ramadhan"),
                            position("kepala-bidang", "Kepala Bidang", "Nurhayati Syafitri"),
                            position("koordinator-pelayanan", "Koordinator Pelayanan", "Rizki Firmansyah"),
                            frontDesk("petugas-pelayanan", "Petugas Pelayanan", "Mega Puspita"),
                            outsideParty("bpjs-kesehatan", "BPJS Kesehatan", "Hendra Gunawan"))),
            new Office(
                    "kemenag-jaksel",
                    "jaksel",
                    "Kantor Kementerian Agama Kota Jakarta Selatan",
                    OfficeKind.MINISTRY_OFFICE,
                    "Kota Jakarta Selatan, DKI Jakarta",
                    "Asia/Jakarta",
                    "Siti Rahmawati",
                    List.of(
                            position("kepala-kantor", "Kepala Kantor", "Ahmad Fauzi"),
                            position("kasubbag-tu", "Kasubbag TU", "Muhammad Ridwan"),
                            frontDesk("ptsp", "PTSP", "Nur Aisyah"),
                            position("korpel", "Korpel", "Ilham Maulana"),
                            outsideParty("bpjs-kesehatan", "BPJS Kesehatan", "Yanti Susanti"))),
            new Office(
                    "dinsos-kaltara",
                    "kaltara",
                    "Dinas Sosial Provinsi Kalimantan Utara",
                    OfficeKind.PROVINCE_AGENCY,
                    "Tanjung Selor, Kalimantan Utara",
                    "Asia/Makassar",
                    "Lina Marlina",
                    List.of(
                            position("kepala-dinas", "Kepala Dinas", "Yohanes Paulus"),
                            position("kabid-linjamsos", "Kepala Bidang Linjamsos", "Suryani Hasan"),
                            position("subkoor-jaminan-sosial", "Sub Koordinator Jaminan Sosial", "Andi Saputra"),
                            frontDesk("pengadministrasi-umum", "Pengadministrasi Umum", "Maria Ulfa"))),
            new Office(
                    "dinkes-belitung",
                    "belitung",
                    "Dinas Kesehatan Kabupaten Belitung, Bidang Pelayanan Kesehatan",
                    OfficeKind.REGENCY_AGENCY,
                    "Tanjung Pandan, Kepulauan Bangka Belitung",
                    "Asia/Jakarta",
                    "Erwin Syahputra",
                    List.of(
                            position("kabid-yankes", "Kepala Bidang Pelayanan Kesehatan", "Heru Susanto"),
                            position("kasi-yankes-rujukan", "Kepala Seksi Pelayanan Kesehatan Rujukan", "Ratna Dewi"),
                            frontDesk("staf-yankes", "Staf Bidang Pelayanan Kesehatan (YANKES)", "Yusuf Hidayat"))));

    /** Pangkat/golongan (PP 99/2000) by rank; invented for the demo people. */
    private static final List<String> PANGKAT = List.of(
            "Pembina Utama Muda (IV/c)", "Pembina Tk. I (IV/b)", "Penata Tk. I (III/d)", "Penata Muda Tk. I (III/b)");

    private final OfficeService offices;
    private final TransactionTemplate transaction;

    DemoOffices(OfficeService offices, TransactionTemplate transaction) {
        this.offices = offices;
        this.transaction = transaction;
    }

    /** The demo usernames in the order of {@link #OFFICES}: the administrators, then one per position. */
    public static List<String> usernames() {
        var names = new ArrayList<String>();
        names.add("admin");
        for (Office office : OFFICES) {
            names.add(office.shortName() + ".admin");
            office.positions().forEach(p -> names.add(office.shortName() + "." + p.code()));
        }
        return List.copyOf(names);
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> load());
    }

    void load() {
        int created = 0;
        if (offices.findUser("admin").isEmpty()) {
            offices.createUser("admin", new UserProfile("Administrator Sistem", null, null, null), PASSWORD);
            offices.setSystemAdmin("admin", true);
            created++;
        }
        int serial = 1;
        for (Office office : OFFICES) {
            if (offices.findOffice(office.code()).isEmpty()) {
                offices.createOffice(
                        office.code(),
                        new OfficeDetails(office.name(), office.kind(), office.address(), office.zone()));
            }
            String adminUsername = office.shortName() + ".admin";
            if (offices.findUser(adminUsername).isEmpty()) {
                offices.createUser(
                        adminUsername,
                        new UserProfile(office.adminName(), nip(serial, 2), PANGKAT.get(3), null),
                        PASSWORD);
                offices.grantOfficeAdmin(adminUsername, office.code());
                created++;
            }
            serial++;
            int rank = 1;
            for (Position position : office.positions()) {
                if (offices.findPosition(office.code(), position.code()).isEmpty()) {
                    offices.createPosition(
                            office.code(),
                            position.code(),
                            new PositionDetails(position.title(), rank, position.frontDesk(), position.outsideParty()));
                }
                String username = office.shortName() + "." + position.code();
                if (offices.findUser(username).isEmpty()) {
                    // An outside party's staff (BPJS) are not civil servants: no NIP, no pangkat.
                    UserProfile profile = position.outsideParty()
                            ? new UserProfile(position.holderName(), null, null, null)
                            : new UserProfile(
                                    position.holderName(),
                                    nip(serial, rank % 2 + 1),
                                    PANGKAT.get(Math.min(rank, PANGKAT.size()) - 1),
                                    null);
                    offices.createUser(username, profile, PASSWORD);
                    offices.addMembership(username, office.code(), position.code());
                    created++;
                }
                serial++;
                rank++;
            }
        }
        if (created > 0) {
            log.info("Demo offices loaded: {} user(s) created, password {}", created, PASSWORD);
        }
    }

    /** An invented NIP of the right shape: birth date, month of appointment, sex, serial number. */
    static String nip(int serial, int sex) {
        int birthYear = 1966 + serial % 25;
        return "%04d%02d%02d%04d%02d%d%03d"
                .formatted(birthYear, serial % 12 + 1, serial % 27 + 1, birthYear + 24, serial % 12 + 1, sex, serial);
    }

    private static Position position(String code, String title, String holder) {
        return new Position(code, title, false, false, holder);
    }

    private static Position frontDesk(String code, String title, String holder) {
        return new Position(code, title, true, false, holder);
    }

    private static Position outsideParty(String code, String title, String holder) {
        return new Position(code, title, false, true, holder);
    }
}
