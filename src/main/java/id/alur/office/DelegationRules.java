package id.alur.office;

import id.alur.platform.InputProblems;
import id.alur.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a Plh/Plt (Surat Edaran Kepala BKN 1/SE/I/2021 on pelaksana harian and pelaksana tugas), judged on
 * facts the office's data gave: the stand-in is another enabled member of the same office, never the holder; a Plh
 * stands in for a holder of the position, a Plt may fill a vacant one; one stand-in at a time for a position and its
 * holder; at most three months at once (an extension is a new delegation); not backdated, since acts before it was
 * made were not done under it; the reason (cuti, dinas luar, vacancy) is recorded. An outside party's lane is not an
 * office position and cannot be delegated.
 */
final class DelegationRules {

    /** The longest one delegation may run (SE Kepala BKN 1/SE/I/2021: Plh/Plt for at most three months). */
    static final Period LONGEST = Period.ofMonths(3);

    static final int REASON_MAX_LENGTH = 500;

    private DelegationRules() {}

    /**
     * What the office's data says about a requested delegation, read before the rules judge it.
     *
     * @param today the day in the office's time zone
     * @param position the requested position of the office, {@code null} when none was chosen or it does not exist
     * @param holderExists the holder named is a user ({@code false} when none is named)
     * @param holderHoldsPosition the holder named holds the position in their own right
     * @param standIn the stand-in named, {@code null} when none is named or they do not exist
     * @param standInWorksThere the stand-in holds a position in the office or administers it
     * @param overlapsAnother another delegation not ended early covers some of the days for the same position and
     *     holder (or, without a holder, for the vacant position)
     */
    record Facts(
            LocalDate today,
            @Nullable PositionView position,
            boolean holderExists,
            boolean holderHoldsPosition,
            @Nullable UserView standIn,
            boolean standInWorksThere,
            boolean overlapsAnother) {}

    /**
     * Passes a delegation that keeps every rule; the overlap with another one is judged only when nothing else is
     * wrong, since a wrong position, holder or date makes it meaningless.
     *
     * @throws InvalidInputException naming the field of every rule broken
     */
    static void check(NewDelegation request, Facts facts) {
        var problems = new InputProblems();
        problems.check(request.kind() != null, "kind", "office.delegation.kindRequired");
        PositionView position = facts.position();
        if (problems.check(position != null, "positionCode", "office.delegation.positionRequired")) {
            problems.check(!position.outsideParty(), "positionCode", "office.delegation.outsideParty");
        }
        String holder = Entered.text(request.holderUsername());
        if (holder == null) {
            problems.check(request.kind() != DelegationKind.PLH, "holderUsername", "office.delegation.holderRequired");
        } else if (problems.check(facts.holderExists(), "holderUsername", "office.delegation.holderUnknown")
                && position != null) {
            problems.check(
                    facts.holderHoldsPosition(),
                    "holderUsername",
                    "office.delegation.holderNotInPosition",
                    position.title());
        }
        UserView standIn = facts.standIn();
        if (problems.check(standIn != null, "standInUsername", "office.delegation.standInRequired")) {
            problems.check(standIn.enabled(), "standInUsername", "office.delegation.standInDisabled");
            problems.check(!standIn.username().equals(holder), "standInUsername", "office.delegation.standInIsHolder");
            problems.check(facts.standInWorksThere(), "standInUsername", "office.delegation.standInNotMember");
        }
        checkDates(request.startsOn(), request.endsOn(), facts.today(), problems);
        String reason = request.reason();
        problems.check(reason != null && !reason.isBlank(), "reason", "office.delegation.reasonRequired");
        problems.check(
                reason == null || reason.trim().length() <= REASON_MAX_LENGTH,
                "reason",
                "office.tooLong",
                REASON_MAX_LENGTH);
        if (problems.isEmpty()) {
            problems.check(!facts.overlapsAnother(), "startsOn", "office.delegation.overlaps");
        }
        problems.throwIfAny();
    }

    private static void checkDates(
            @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, LocalDate today, InputProblems problems) {
        problems.check(startsOn != null, "startsOn", "office.delegation.startsOnRequired");
        problems.check(endsOn != null, "endsOn", "office.delegation.endsOnRequired");
        if (startsOn == null || endsOn == null) {
            return;
        }
        problems.check(!startsOn.isBefore(today), "startsOn", "office.delegation.backdated");
        if (problems.check(!endsOn.isBefore(startsOn), "endsOn", "office.delegation.endsBeforeStart")) {
            problems.check(!endsOn.isAfter(startsOn.plus(LONGEST)), "endsOn", "office.delegation.tooLong");
        }
    }

    /**
     * Passes ending a delegation early from {@code from} on: it must not have ended already, early or at its own
     * end.
     *
     * @throws InvalidInputException on {@code endedOn} otherwise
     */
    static void checkEndEarly(DelegationView delegation, LocalDate from) {
        if (delegation.endedOn() != null || from.isAfter(delegation.endsOn())) {
            throw new InvalidInputException("endedOn", "office.delegation.alreadyEnded");
        }
    }

    /**
     * The positions a user acts in: their own first, then each delegated position once, unless they hold it in
     * their own right already (which covers it; a second, delegated entry would only confuse).
     */
    static List<PositionAssignment> acting(List<PositionAssignment> own, List<PositionAssignment> delegated) {
        var all = new ArrayList<>(own);
        for (PositionAssignment stand : delegated) {
            if (all.stream().noneMatch(p -> samePosition(p, stand))) {
                all.add(stand);
            }
        }
        return List.copyOf(all);
    }

    private static boolean samePosition(PositionAssignment a, PositionAssignment b) {
        return a.officeCode().equals(b.officeCode()) && a.positionCode().equals(b.positionCode());
    }
}
