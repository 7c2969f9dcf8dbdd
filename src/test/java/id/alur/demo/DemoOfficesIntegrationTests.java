package id.alur.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.office.OfficeService;
import id.alur.office.PositionView;
import id.alur.platform.AlurUser;
import id.alur.platform.Role;
import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.SopFormat;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo offices of the five seeds (COMMON.md "Shared identifiers"), loaded once and again without change. */
@SpringBootTest
class DemoOfficesIntegrationTests {

    @Autowired
    OfficeService offices;

    @Autowired
    DemoOffices demo;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheFiveSeedOfficesWithTheLanesOfTheirSopsAsPositions() {
        Map<String, String> lanes = Map.of(
                "dinsosppkb-rembang", "kepala-dinas kabid-rehabilitasi-jamsos kasi-rehabsos petugas-pelayanan",
                "dinsos-solok", "kepala-dinas kepala-bidang koordinator-pelayanan petugas-pelayanan bpjs-kesehatan",
                "kemenag-jaksel", "kepala-kantor kasubbag-tu ptsp korpel bpjs-kesehatan",
                "dinsos-kaltara", "kepala-dinas kabid-linjamsos subkoor-jaminan-sosial pengadministrasi-umum",
                "dinkes-belitung", "kabid-yankes kasi-yankes-rujukan staf-yankes");
        lanes.forEach((office, codes) -> assertThat(offices.positions(office))
                .as("positions of %s, highest first", office)
                .extracting(PositionView::code)
                .containsExactly(codes.split(" ")));
        assertThat(offices.office("dinsos-kaltara").zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(offices.office("dinsos-solok").zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(offices.findPosition("dinsos-solok", "pemohon"))
                .as("the applicant is no position")
                .isEmpty();
        assertThat(offices.findPosition("dinkes-belitung", "pemohon")).isEmpty();
        assertThat(offices.position("kemenag-jaksel", "bpjs-kesehatan").outsideParty())
                .isTrue();
        assertThat(offices.position("kemenag-jaksel", "ptsp").frontDesk()).isTrue();
        assertThat(offices.position("dinsosppkb-rembang", "kabid-rehabilitasi-jamsos")
                        .title())
                .isEqualTo("Kabid Rehabilitasi dan Jaminan Sosial");
    }

    @Test
    void everyOfficeOrOutsidePartyLaneOfTheSeedSopsIsAPositionWithTheSameTitle() {
        for (DemoOffices.Office office : DemoOffices.OFFICES) {
            for (Actor actor : SopFormat.seed(office.code()).actors()) {
                if (actor.kind() == ActorKind.APPLICANT) {
                    assertThat(offices.findPosition(office.code(), actor.id())).isEmpty();
                    continue;
                }
                PositionView position = offices.position(office.code(), actor.id());
                assertThat(position.title())
                        .as("title of %s/%s", office.code(), actor.id())
                        .isEqualTo(actor.name());
                assertThat(position.outsideParty()).isEqualTo(actor.kind() == ActorKind.OUTSIDE_PARTY);
            }
        }
    }

    @Test
    void everyDemoUserSignsInWithTheDemoPasswordInTheRightRole() {
        assertThat(DemoOffices.usernames())
                .hasSize(1 + 5 + 21)
                .contains("rembang.kepala-dinas", "solok.bpjs-kesehatan");
        for (String username : DemoOffices.usernames()) {
            AlurUser user = (AlurUser) userDetails.loadUserByUsername(username);
            assertThat(passwords.matches(DemoOffices.PASSWORD, user.getPassword()))
                    .as("password of %s", username)
                    .isTrue();
            assertThat(user.roles()).as("roles of %s", username).isNotEmpty();
        }
        assertThat(role("admin")).containsExactly(Role.ADMIN);
        assertThat(role("kaltara.admin")).containsExactly(Role.OFFICE_ADMIN);
        assertThat(role("solok.bpjs-kesehatan")).containsExactly(Role.OUTSIDE_PARTY);
        assertThat(role("belitung.staf-yankes")).containsExactly(Role.OFFICER);
        assertThat(offices.user("rembang.kepala-dinas").nip()).hasSize(18);
        assertThat(offices.user("solok.bpjs-kesehatan").nip())
                .as("BPJS staff are no civil servants")
                .isNull();
    }

    @Test
    void loadingAgainChangesNothing() {
        int users = count("app_user");
        int positions = count("position");
        int memberships = count("membership");

        demo.load();

        assertThat(count("app_user")).isEqualTo(users);
        assertThat(count("position")).isEqualTo(positions);
        assertThat(count("membership")).isEqualTo(memberships);
    }

    private Set<Role> role(String username) {
        return ((AlurUser) userDetails.loadUserByUsername(username)).roles();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
