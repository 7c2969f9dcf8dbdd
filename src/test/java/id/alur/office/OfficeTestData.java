package id.alur.office;

import id.alur.platform.AlurUser;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds office data for tests on the shared database: every call makes new, uniquely named offices and users, so
 * tests never see each other's data. Usable from every module's tests:
 *
 * <pre>{@code
 * var data = new OfficeTestData(officeService);
 * String office = data.office();                       // positions kepala, kabid, petugas (front desk), bpjs
 * String kepala = data.user(office, OfficeTestData.KEPALA);
 * AlurUser signedIn = data.signedIn(userDetailsService, kepala);   // for MockMvc: .with(user(signedIn))
 * }</pre>
 */
public final class OfficeTestData {

    public static final String KEPALA = "kepala";
    public static final String KABID = "kabid";
    public static final String PETUGAS = "petugas";
    public static final String BPJS = "bpjs";
    public static final String PASSWORD = "test-password-1";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private final OfficeService offices;

    public OfficeTestData(OfficeService offices) {
        this.offices = offices;
    }

    /** A unique name, e.g. {@code t-k3f9-12}. */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A new office in Asia/Jakarta with positions kepala (1), kabid (2), petugas (3, front desk), bpjs (outside). */
    public String office() {
        return office("Asia/Jakarta");
    }

    public String office(String zone) {
        String code = unique("t");
        offices.createOffice(
                code,
                new OfficeDetails("Kantor Uji " + code, OfficeKind.REGENCY_AGENCY, "Jl. Uji No. 1, Kota Uji", zone));
        offices.createPosition(code, KEPALA, new PositionDetails("Kepala Dinas", 1, false, false));
        offices.createPosition(code, KABID, new PositionDetails("Kepala Bidang", 2, false, false));
        offices.createPosition(code, PETUGAS, new PositionDetails("Petugas Pelayanan", 3, true, false));
        offices.createPosition(code, BPJS, new PositionDetails("BPJS Kesehatan", 9, false, true));
        return code;
    }

    /** A new enabled user holding the position; returns the username. */
    public String user(String officeCode, String positionCode) {
        String username = unique("u");
        offices.createUser(username, new UserProfile("Pegawai " + username, null, null, null), PASSWORD);
        offices.addMembership(username, officeCode, positionCode);
        return username;
    }

    /** A new administrator of the office (holding no position). */
    public String officeAdmin(String officeCode) {
        String username = unique("oa");
        offices.createUser(username, new UserProfile("Admin " + username, null, null, null), PASSWORD);
        offices.grantOfficeAdmin(username, officeCode);
        return username;
    }

    /** A new system administrator. */
    public String systemAdmin() {
        String username = unique("sa");
        offices.createUser(username, new UserProfile("Admin Sistem " + username, null, null, null), PASSWORD);
        offices.setSystemAdmin(username, true);
        return username;
    }

    /** The user as Spring Security signs them in (their office, roles), without a password. */
    public AlurUser signedIn(UserDetailsService users, String username) {
        return (AlurUser) users.loadUserByUsername(username);
    }
}
