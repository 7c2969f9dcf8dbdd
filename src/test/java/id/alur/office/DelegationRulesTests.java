package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Plh/Plt rules of SE Kepala BKN 1/SE/I/2021 as {@link DelegationRules} judges them, one rule a test. */
class DelegationRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final PositionView KEPALA = new PositionView("dinsos", "kepala", "Kepala Dinas", 1, false, false, 0);
    static final PositionView BPJS = new PositionView("dinsos", "bpjs", "BPJS Kesehatan", 9, false, true, 0);
    static final UserView KABID = user("kabid", true);

    private static UserView user(String username, boolean enabled) {
        return new UserView(username, "Pegawai " + username, null, null, null, enabled, false, null, 0);
    }

    /** A Plh for the head of office, away for a week from today, with every fact in its favour. */
    private static NewDelegation plh() {
        return new NewDelegation(
                "dinsos", "kepala", "kadis", "kabid", DelegationKind.PLH, TODAY, TODAY.plusDays(6), "Cuti tahunan");
    }

    private static DelegationRules.Facts facts() {
        return new DelegationRules.Facts(TODAY, KEPALA, true, true, KABID, true, false);
    }

    private static NewDelegation plh(LocalDate startsOn, LocalDate endsOn) {
        var plh = plh();
        return new NewDelegation(
                plh.officeCode(),
                plh.positionCode(),
                plh.holderUsername(),
                plh.standInUsername(),
                plh.kind(),
                startsOn,
                endsOn,
                plh.reason());
    }

    /** The message keys of every rule the delegation breaks; empty when it keeps them all. */
    private static List<String> broken(NewDelegation request, DelegationRules.Facts facts) {
        try {
            DelegationRules.check(request, facts);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream()
                    .map(p -> p.field() + ": " + p.messageKey())
                    .toList();
        }
    }

    @Test
    void passesAPlhForAHolderWhoIsAwayStoodInForByAColleague() {
        assertThat(broken(plh(), facts())).isEmpty();
    }

    @Test
    void requiresTheKind() {
        var request = new NewDelegation("dinsos", "kepala", "kadis", "kabid", null, TODAY, TODAY, "Cuti");

        assertThat(broken(request, facts())).containsExactly("kind: office.delegation.kindRequired");
    }

    @Test
    void requiresAPositionOfTheOffice() {
        var facts = new DelegationRules.Facts(TODAY, null, true, false, KABID, true, false);

        assertThat(broken(plh(), facts)).containsExactly("positionCode: office.delegation.positionRequired");
    }

    @Test
    void refusesToDelegateAnOutsidePartysLane() {
        var facts = new DelegationRules.Facts(TODAY, BPJS, true, true, KABID, true, false);

        assertThat(broken(plh(), facts)).containsExactly("positionCode: office.delegation.outsideParty");
    }

    @Test
    void aPlhNamesTheHolderItStandsInFor() {
        var request = new NewDelegation("dinsos", "kepala", " ", "kabid", DelegationKind.PLH, TODAY, TODAY, "Cuti");

        assertThat(broken(request, facts())).containsExactly("holderUsername: office.delegation.holderRequired");
    }

    @Test
    void aPltMayFillAVacantPositionForNobody() {
        var request = new NewDelegation("dinsos", "kepala", null, "kabid", DelegationKind.PLT, TODAY, TODAY, "Lowong");
        var facts = new DelegationRules.Facts(TODAY, KEPALA, false, false, KABID, true, false);

        assertThat(broken(request, facts)).isEmpty();
    }

    @Test
    void refusesAnUnknownHolder() {
        var facts = new DelegationRules.Facts(TODAY, KEPALA, false, false, KABID, true, false);

        assertThat(broken(plh(), facts)).containsExactly("holderUsername: office.delegation.holderUnknown");
    }

    @Test
    void theHolderHoldsThePositionInTheirOwnRightNamingItInTheMessage() {
        var facts = new DelegationRules.Facts(TODAY, KEPALA, true, false, KABID, true, false);

        assertThatThrownBy(() -> DelegationRules.check(plh(), facts))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(InputProblem.ofField(
                                        "holderUsername", "office.delegation.holderNotInPosition", "Kepala Dinas")));
    }

    @Test
    void requiresAStandInWhoExists() {
        var facts = new DelegationRules.Facts(TODAY, KEPALA, true, true, null, false, false);

        assertThat(broken(plh(), facts)).containsExactly("standInUsername: office.delegation.standInRequired");
    }

    @Test
    void refusesADisabledStandIn() {
        var facts = new DelegationRules.Facts(TODAY, KEPALA, true, true, user("kabid", false), true, false);

        assertThat(broken(plh(), facts)).containsExactly("standInUsername: office.delegation.standInDisabled");
    }

    @Test
    void nobodyStandsInForThemselves() {
        var request = new NewDelegation(
                "dinsos", "kepala", "kabid", "kabid", DelegationKind.PLH, TODAY, TODAY.plusDays(1), "Cuti");

        assertThat(broken(request, facts())).containsExactly("standInUsername: office.delegation.standInIsHolder");
    }

    @Test
    void theStandInWorksInTheSameOffice() {
        var facts = new DelegationRules.Facts(TODAY, KEPALA, true, true, KABID, false, false);

        assertThat(broken(plh(), facts)).containsExactly("standInUsername: office.delegation.standInNotMember");
    }

    @Test
    void requiresBothDates() {
        assertThat(broken(plh(null, null), facts()))
                .containsExactly(
                        "startsOn: office.delegation.startsOnRequired", "endsOn: office.delegation.endsOnRequired");
    }

    @Test
    void refusesABackdatedStartButAcceptsToday() {
        assertThat(broken(plh(TODAY.minusDays(1), TODAY), facts()))
                .containsExactly("startsOn: office.delegation.backdated");
        assertThat(broken(plh(TODAY, TODAY), facts())).as("a single day, today").isEmpty();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThat(broken(plh(TODAY.plusDays(3), TODAY.plusDays(2)), facts()))
                .containsExactly("endsOn: office.delegation.endsBeforeStart");
    }

    @Test
    void runsAtMostThreeMonthsAtOnce() {
        LocalDate start = LocalDate.of(2026, 3, 31);

        assertThat(broken(plh(start, LocalDate.of(2026, 6, 30)), facts()))
                .as("31 March through 30 June: three months")
                .isEmpty();
        assertThat(broken(plh(start, LocalDate.of(2026, 7, 1)), facts()))
                .containsExactly("endsOn: office.delegation.tooLong");
    }

    @Test
    void recordsAReasonOfAtMost500Characters() {
        var plh = plh();
        var blank = new NewDelegation(
                plh.officeCode(),
                plh.positionCode(),
                plh.holderUsername(),
                plh.standInUsername(),
                plh.kind(),
                plh.startsOn(),
                plh.endsOn(),
                " ");
        var tooLong = new NewDelegation(
                plh.officeCode(),
                plh.positionCode(),
                plh.holderUsername(),
                plh.standInUsername(),
                plh.kind(),
                plh.startsOn(),
                plh.endsOn(),
                "x".repeat(501));

        assertThat(broken(blank, facts())).containsExactly("reason: office.delegation.reasonRequired");
        assertThat(broken(tooLong, facts())).containsExactly("reason: office.tooLong");
    }

    @Test
    void allowsOneStandInAtATimeJudgedOnlyWhenNothingElseIsWrong() {
        var overlapping = new DelegationRules.Facts(TODAY, KEPALA, true, true, KABID, true, true);

        assertThat(broken(plh(), overlapping)).containsExactly("startsOn: office.delegation.overlaps");
        assertThat(broken(plh(TODAY.minusDays(1), TODAY), overlapping))
                .containsExactly("startsOn: office.delegation.backdated");
    }

    @Test
    void namesEveryBrokenRuleAtOnce() {
        var request = new NewDelegation(
                "dinsos", "kepala", "kabid", "kabid", DelegationKind.PLH, TODAY.minusDays(1), TODAY.plusMonths(4), "");
        var facts = new DelegationRules.Facts(TODAY, KEPALA, true, false, KABID, false, true);

        assertThat(broken(request, facts))
                .containsExactly(
                        "holderUsername: office.delegation.holderNotInPosition",
                        "standInUsername: office.delegation.standInIsHolder",
                        "standInUsername: office.delegation.standInNotMember",
                        "startsOn: office.delegation.backdated",
                        "endsOn: office.delegation.tooLong",
                        "reason: office.delegation.reasonRequired");
    }

    @Test
    void endsEarlyOnlyWhatHasNotEnded() {
        var running = new DelegationView(
                new DelegationId(1),
                "dinsos",
                "kepala",
                "Kepala Dinas",
                "kadis",
                "Kadis",
                "kabid",
                "Kabid",
                DelegationKind.PLH,
                TODAY,
                TODAY.plusDays(4),
                null,
                "Cuti",
                0);
        var endedEarly = new DelegationView(
                running.id(),
                running.officeCode(),
                running.positionCode(),
                running.positionTitle(),
                running.holderUsername(),
                running.holderName(),
                running.standInUsername(),
                running.standInName(),
                running.kind(),
                running.startsOn(),
                running.endsOn(),
                TODAY.plusDays(2),
                running.reason(),
                1);

        DelegationRules.checkEndEarly(running, TODAY.plusDays(4));
        assertThatThrownBy(() -> DelegationRules.checkEndEarly(running, TODAY.plusDays(5)))
                .as("past its end")
                .hasFieldOrPropertyWithValue("messageKey", "office.delegation.alreadyEnded");
        assertThatThrownBy(() -> DelegationRules.checkEndEarly(endedEarly, TODAY.plusDays(1)))
                .hasFieldOrPropertyWithValue("messageKey", "office.delegation.alreadyEnded");
    }

    @Test
    void actsInOwnPositionsFirstAndInEachDelegatedOneOnce() {
        var kabid = new PositionAssignment("dinsos", "kabid", "Kepala Bidang", 2, false, false, null, null, null);
        var kepalaForA = new PositionAssignment(
                "dinsos", "kepala", "Kepala Dinas", 1, false, false, "a", "A", DelegationKind.PLH);
        var kepalaForB = new PositionAssignment(
                "dinsos", "kepala", "Kepala Dinas", 1, false, false, "b", "B", DelegationKind.PLH);
        var kabidForC = new PositionAssignment(
                "dinsos", "kabid", "Kepala Bidang", 2, false, false, "c", "C", DelegationKind.PLH);

        assertThat(DelegationRules.acting(List.of(kabid), List.of(kepalaForA, kepalaForB, kabidForC)))
                .as("a position held in own right covers a delegation for it")
                .containsExactly(kabid, kepalaForA);
    }
}
