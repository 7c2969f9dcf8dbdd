package id.alur.platform;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import id.alur.platform.AccessRule.Who;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The people of the authorization matrix: two new offices (own and other) and one user per {@link Who}, each
 * signed in for pages and holding an API token for {@code /api/**}.
 *
 * @param office the own office (placeholder {@code {office}})
 * @param otherOffice the other office (placeholder {@code {otherOffice}})
 * @param officer the username of the own office's OFFICER (placeholder {@code {officer}}), a kepala
 */
public record AccessFixture(
        String office,
        String otherOffice,
        String officer,
        Map<Who, AlurUser> users,
        Map<Who, String> tokens,
        OfficeTestData data) {

    static AccessFixture create(OfficeService offices, UserDetailsService userDetails) {
        var data = new OfficeTestData(offices);
        String own = data.office();
        String other = data.office();
        var usernames = new EnumMap<Who, String>(Who.class);
        usernames.put(Who.ADMIN, data.systemAdmin());
        usernames.put(Who.OFFICE_ADMIN, data.officeAdmin(own));
        usernames.put(Who.OFFICE_ADMIN_OTHER, data.officeAdmin(other));
        usernames.put(Who.OFFICER, data.user(own, OfficeTestData.KEPALA));
        usernames.put(Who.OFFICER_OTHER, data.user(other, OfficeTestData.KEPALA));
        usernames.put(Who.OUTSIDE_PARTY, data.user(own, OfficeTestData.BPJS));
        var users = new EnumMap<Who, AlurUser>(Who.class);
        var tokens = new EnumMap<Who, String>(Who.class);
        usernames.forEach((who, username) -> {
            users.put(who, data.signedIn(userDetails, username));
            tokens.put(who, offices.issueApiToken(username, "matrix").token());
        });
        return new AccessFixture(own, other, usernames.get(Who.OFFICER), users, tokens, data);
    }
}
