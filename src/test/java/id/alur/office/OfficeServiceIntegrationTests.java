package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import id.alur.platform.AlurUser;
import id.alur.platform.ConcurrentChangeException;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import id.alur.platform.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@SpringBootTest
class OfficeServiceIntegrationTests {

    @Autowired
    OfficeService offices;

    @Autowired
    UserAccounts users;

    @Autowired
    Delegations delegations;

    @Autowired
    SignedInOfficers signedIn;

    @Autowired
    UserDetailsService userDetails;

    OfficeTestData data;
    String office;
    String kepala;
    String kabid;
    LocalDate today;

    @BeforeEach
    void createOffice() {
        data = new OfficeTestData(offices);
        office = data.office();
        kepala = data.user(office, OfficeTestData.KEPALA);
        kabid = data.user(office, OfficeTestData.KABID);
        today = offices.today(office);
    }

    private DelegationView plh(String holder, String standIn, LocalDate from, LocalDate to) {
        return offices.delegate(new NewDelegation(
                office, OfficeTestData.KEPALA, holder, standIn, DelegationKind.PLH, from, to, "Cuti tahunan"));
    }

    private static List<String> fieldsOf(InvalidInputException e) {
        return e.problems().stream().map(InputProblem::field).toList();
    }

    @Test
    void actsForTheAbsentHolderOnlyOnTheDaysOfTheDelegation() {
        LocalDate from = today.plusDays(10);
        plh(kepala, kabid, from, from.plusDays(4));

        assertThat(offices.actingPositions(kabid, from.minusDays(1)))
                .extracting(PositionAssignment::positionCode)
                .containsExactly(OfficeTestData.KABID);
        for (LocalDate day = from; !day.isAfter(from.plusDays(4)); day = day.plusDays(1)) {
            assertThat(offices.actingPositions(kabid, day))
                    .as("on %s", day)
                    .containsExactly(
                            new PositionAssignment(
                                    office, OfficeTestData.KABID, "Kepala Bidang", 2, false, false, null, null, null),
                            new PositionAssignment(
                                    office,
                                    OfficeTestData.KEPALA,
                                    "Kepala Dinas",
                                    1,
                                    false,
                                    false,
                                    kepala,
                                    "Pegawai " + kepala,
                                    DelegationKind.PLH));
        }
        assertThat(offices.actingPositions(kabid, from.plusDays(5)))
                .extracting(PositionAssignment::positionCode)
                .containsExactly(OfficeTestData.KABID);
        assertThat(offices.actingPositions(kepala, from))
                .extracting(PositionAssignment::positionCode, PositionAssignment::kind)
                .containsExactly(tuple(OfficeTestData.KEPALA, null));
    }

    @Test
    void endingEarlyStopsTheStandInFromThatDay() {
        LocalDate from = today.plusDays(3);
        DelegationView delegation = plh(kepala, kabid, from, from.plusDays(9));

        DelegationView ended = delegations.endEarly(delegation.id(), from.plusDays(2));

        assertThat(ended.endedOn()).isEqualTo(from.plusDays(2));
        assertThat(ended.lastDay()).isEqualTo(from.plusDays(1));
        assertThat(offices.actingPositions(kabid, from.plusDays(1))).hasSize(2);
        assertThat(offices.actingPositions(kabid, from.plusDays(2))).hasSize(1);
        assertThatThrownBy(() -> delegations.endEarly(delegation.id(), from.plusDays(3)))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "office.delegation.alreadyEnded");
        // Once ended, the days it no longer covers are free for another stand-in.
        String other = data.user(office, OfficeTestData.PETUGAS);
        assertThat(plh(kepala, other, from.plusDays(2), from.plusDays(4)).standInUsername())
                .isEqualTo(other);
    }

    @Test
    void pltFillsAVacantPositionForNobody() {
        String vacancy = offices.createPosition(
                        office, "sekretaris", new PositionDetails("Sekretaris", 2, false, false))
                .code();
        offices.delegate(new NewDelegation(
                office, vacancy, null, kabid, DelegationKind.PLT, today, today.plusMonths(3), "Jabatan lowong"));

        assertThat(offices.actingPositions(kabid, today))
                .filteredOn(PositionAssignment::delegated)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.positionCode()).isEqualTo("sekretaris");
                    assertThat(p.kind()).isEqualTo(DelegationKind.PLT);
                    assertThat(p.onBehalfOfUsername()).isNull();
                    assertThat(p.displayTitle()).isEqualTo("Plt Sekretaris");
                });
    }

    @Test
    void refusesADelegationThatBreaksTheRulesNamingEveryField() {
        String stranger = data.user(data.office(), OfficeTestData.KABID);
        var refused = (InvalidInputException) catchThrowable(() -> offices.delegate(new NewDelegation(
                office,
                OfficeTestData.KEPALA,
                kabid, // does not hold kepala
                stranger, // works in another office
                DelegationKind.PLH,
                today.minusDays(1), // backdated
                today.plusMonths(4), // longer than three months
                " ")));
        assertThat(fieldsOf(refused))
                .containsExactlyInAnyOrder("holderUsername", "standInUsername", "startsOn", "endsOn", "reason");
        assertThat(refused.problems())
                .extracting(InputProblem::messageKey)
                .contains(
                        "office.delegation.holderNotInPosition",
                        "office.delegation.standInNotMember",
                        "office.delegation.backdated",
                        "office.delegation.tooLong",
                        "office.delegation.reasonRequired");
    }

    @Test
    void refusesPlhWithoutHolderDelegatingAnOutsidePartyAndTwoStandInsAtOnce() {
        assertThatThrownBy(() -> offices.delegate(new NewDelegation(
                        office, OfficeTestData.KEPALA, null, kabid, DelegationKind.PLH, today, today, "Dinas luar")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(fieldsOf(e)).containsExactly("holderUsername"));
        String bpjs = data.user(office, OfficeTestData.BPJS);
        assertThatThrownBy(() -> offices.delegate(new NewDelegation(
                        office, OfficeTestData.BPJS, bpjs, kabid, DelegationKind.PLH, today, today, "Cuti")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::messageKey)
                                .contains("office.delegation.outsideParty"));

        plh(kepala, kabid, today.plusDays(1), today.plusDays(5));
        String petugas = data.user(office, OfficeTestData.PETUGAS);
        assertThatThrownBy(() -> plh(kepala, petugas, today.plusDays(5), today.plusDays(6)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::messageKey)
                                .containsExactly("office.delegation.overlaps"));
    }

    @Test
    void aDisabledUserActsInNoPosition() {
        plh(kepala, kabid, today, today);
        users.setEnabled(kabid, false);

        assertThat(offices.actingPositions(kabid, today)).isEmpty();
        assertThat(userDetails.loadUserByUsername(kabid).isEnabled()).isFalse();
    }

    @Test
    void signsUsersInWithTheRolesTheyHaveInTheirOffice() {
        String bpjs = data.user(office, OfficeTestData.BPJS);
        String admin = data.officeAdmin(office);
        String system = data.systemAdmin();

        assertThat(data.signedIn(userDetails, kepala).roles()).containsExactly(Role.OFFICER);
        assertThat(data.signedIn(userDetails, bpjs).roles()).containsExactly(Role.OUTSIDE_PARTY);
        assertThat(data.signedIn(userDetails, admin).roles()).containsExactly(Role.OFFICE_ADMIN);
        AlurUser systemAdmin = data.signedIn(userDetails, system);
        assertThat(systemAdmin.roles()).containsExactly(Role.ADMIN);
        assertThat(systemAdmin.officeCode()).isNull();
        AlurUser signedIn = data.signedIn(userDetails, kepala);
        assertThat(signedIn.officeCode()).isEqualTo(office);
        assertThat(signedIn.officeName()).isEqualTo("Kantor Uji " + office);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OFFICER");
    }

    @Test
    void remembersTheOfficeAUserSwitchedToForTheNextLogin() {
        String second = data.office("Asia/Makassar");
        offices.addMembership(kabid, second, OfficeTestData.KEPALA);
        String first = data.signedIn(userDetails, kabid).officeCode();
        String other = first.equals(office) ? second : office;

        AlurUser switched = signedIn.switchOffice(kabid, other);

        assertThat(switched.officeCode()).isEqualTo(other);
        assertThat(data.signedIn(userDetails, kabid).officeCode()).isEqualTo(other);
        assertThatThrownBy(() -> signedIn.switchOffice(kabid, data.office()))
                .isInstanceOf(OfficeNotFoundException.class);
    }

    @Test
    void refusesANewUserNamingEveryBadField() {
        assertThatThrownBy(
                        () -> offices.createUser("Bad Name", new UserProfile("", "123", null, "not-an-email"), "short"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(fieldsOf(e))
                                .containsExactlyInAnyOrder("username", "fullName", "nip", "email", "password"));
        assertThatThrownBy(() -> offices.createUser(kepala, new UserProfile("Dua", null, null, null), "long-enough-1"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("office.user.usernameTaken"));
    }

    @Test
    void createsAUserWithTheirFirstPositionOrNothing() {
        String username = OfficeTestData.unique("baru");
        var profile = new UserProfile("Pegawai Baru", null, null, null);

        assertThatThrownBy(() -> users.create(username, profile, OfficeTestData.PASSWORD, "no-such-office", "kepala"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(fieldsOf(e)).containsExactly("officeCode"));
        assertThatThrownBy(() -> users.create(username, profile, OfficeTestData.PASSWORD, office, "no-such-position"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("office.membership.positionUnknown"));
        assertThat(offices.findUser(username)).as("nothing half-written").isEmpty();

        users.create(username, profile, OfficeTestData.PASSWORD, office, OfficeTestData.PETUGAS);
        assertThat(offices.actingPositions(username, today))
                .extracting(PositionAssignment::positionCode)
                .containsExactly(OfficeTestData.PETUGAS);
    }

    @Test
    void storesANipEnteredInItsPrintedGroupsWithoutTheSpaces() {
        String username = OfficeTestData.unique("nip");
        offices.createUser(
                username,
                new UserProfile("Pegawai Ber-NIP", " 19850617 201001 2 014 ", null, null),
                OfficeTestData.PASSWORD);

        assertThat(offices.user(username).nip()).isEqualTo("198506172010012014");
        assertThatThrownBy(() -> offices.createUser(
                        OfficeTestData.unique("nip"),
                        new UserProfile("Pegawai Lain", "198506172010012014", null, null),
                        OfficeTestData.PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("office.user.nipTaken"));
    }

    @Test
    void aStaleVersionIsAConcurrentChangeSayingWhoChangedIt() {
        UserView user = offices.user(kabid);
        users.update(kabid, new UserProfile("Nama Baru", null, "Penata (III/c)", null), user.version());

        assertThatThrownBy(() -> users.update(kabid, new UserProfile("Nama Lain", null, null, null), user.version()))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("system");
                    assertThat(e.changedAt()).isNotNull();
                    assertThat(e.current())
                            .isInstanceOfSatisfying(
                                    UserView.class,
                                    fresh -> assertThat(fresh.fullName()).isEqualTo("Nama Baru"));
                });
        assertThat(offices.user(kabid).fullName()).isEqualTo("Nama Baru");
    }

    @Test
    void readsTheSignedInOfficerOncePerRequest() {
        AlurUser user = data.signedIn(userDetails, kabid);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            CurrentOfficer first = inRequest(() -> {
                CurrentOfficer officer = offices.currentOfficer().orElseThrow();
                assertThat(offices.currentOfficer()).as("asked again").containsSame(officer);
                return officer;
            });
            CurrentOfficer next = inRequest(() -> offices.currentOfficer().orElseThrow());

            assertThat(next)
                    .as("the next request reads afresh")
                    .isNotSameAs(first)
                    .isEqualTo(first);
            assertThat(first.positionCodes()).containsExactly(OfficeTestData.KABID);
            assertThat(offices.currentOfficer().orElseThrow())
                    .as("outside a request, read on every call")
                    .isNotSameAs(offices.currentOfficer().orElseThrow());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static <T> T inRequest(Supplier<T> work) {
        var request = new ServletRequestAttributes(new MockHttpServletRequest());
        RequestContextHolder.setRequestAttributes(request);
        try {
            return work.get();
        } finally {
            request.requestCompleted();
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
