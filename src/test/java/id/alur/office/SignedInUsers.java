package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.Role;
import java.time.ZoneId;
import java.util.Set;

/** Signed-in users for the web slices ({@link OfficeWebSlice}), as the office module signs them in. */
final class SignedInUsers {

    static final String OFFICE = "dinsos-uji";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private SignedInUsers() {}

    static AlurUser systemAdmin() {
        return new AlurUser("admin", null, "Admin Sistem", true, null, null, null, Set.of(Role.ADMIN));
    }

    /** The administrator of {@link #OFFICE}, working there. */
    static AlurUser officeAdmin() {
        return new AlurUser("oa-uji", null, "Admin Kantor", true, OFFICE, "Dinas Uji", WIB, Set.of(Role.OFFICE_ADMIN));
    }

    /** An officer of {@link #OFFICE}, working there. */
    static AlurUser officer() {
        return new AlurUser("kabid-uji", null, "Kepala Bidang", true, OFFICE, "Dinas Uji", WIB, Set.of(Role.OFFICER));
    }

    static OfficeView office() {
        return new OfficeView(OFFICE, "Dinas Uji", OfficeKind.REGENCY_AGENCY, null, WIB, 3);
    }
}
