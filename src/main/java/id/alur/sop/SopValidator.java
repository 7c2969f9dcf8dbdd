package id.alur.sop;

import id.alur.sop.yaml.Locations;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks what the reader could not: lanes, step numbers, branches and the shape of the flow. Reports every problem at
 * once, each at the line and column of the offending value.
 *
 * <p>Flow semantics (docs/sop-format.md): a row that is not a decision continues at {@code lanjut} when given,
 * otherwise at the following row, and the last row ends the process; a decision continues at its Ya or Tidak
 * target; returning the papers to the applicant resumes the case at the deciding row.
 */
final class SopValidator {

    private final String file;
    private final SopMessages messages;
    private final Locations locations;
    private final List<SopProblem> problems = new ArrayList<>();

    SopValidator(String file, SopMessages messages, Locations locations) {
        this.file = file;
        this.messages = messages;
        this.locations = locations;
    }

    List<SopProblem> validate(Sop sop) {
        identity(sop.header());
        Set<String> lanes = lanes(sop.actors());
        List<Activity> rows = sop.activities();
        for (int i = 0; i < rows.size(); i++) {
            Activity row = rows.get(i);
            String path = "kegiatan[" + i + "]";
            if (row.actorId() == null) {
                problem(path + ".pelaksana", Severity.ERROR, "step-without-actor", row.number());
            } else if (!lanes.contains(row.actorId())) {
                problem(path + ".pelaksana", Severity.ERROR, "unknown-lane", row.number(), row.actorId());
            }
        }
        idleLanes(sop.actors(), rows);
        boolean numbered = rows.stream().allMatch(a -> a.number() > 0);
        if (numbered) {
            numbers(rows);
            Map<Integer, Integer> indexOf = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                indexOf.putIfAbsent(rows.get(i).number(), i);
            }
            branches(rows, indexOf);
            flow(rows, indexOf);
        }
        return problems;
    }

    private void identity(SopHeader header) {
        blank(header.institution(), "identitas.instansi");
        blank(header.unit(), "identitas.unit");
        blank(header.number(), "identitas.nomor");
        blank(header.createdOn(), "identitas.tanggal_pembuatan");
        blank(header.effectiveOn(), "identitas.tanggal_efektif");
        Signatory signatory = header.approvedBy();
        if (signatory == null) {
            blank(null, "identitas.disahkan_oleh");
        } else {
            blank(signatory.position(), "identitas.disahkan_oleh.jabatan");
            blank(signatory.name(), "identitas.disahkan_oleh.nama");
            blank(signatory.nip(), "identitas.disahkan_oleh.nip");
        }
    }

    /** Several seed SOPs leave identity fields blank: they are shown as warnings and the SOP is still usable. */
    private void blank(Object value, String path) {
        if (value == null) {
            problem(path, Severity.WARNING, "blank-identity-field", path.substring("identitas.".length()));
        }
    }

    private Set<String> lanes(List<Actor> actors) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < actors.size(); i++) {
            String id = actors.get(i).id();
            if (id != null && !ids.add(id)) {
                problem("pelaksana[" + i + "].id", Severity.ERROR, "duplicate-lane", id);
            }
        }
        return ids;
    }

    private void numbers(List<Activity> rows) {
        Set<Integer> seen = new HashSet<>();
        int highest = 0;
        boolean outOfOrderReported = false;
        for (int i = 0; i < rows.size(); i++) {
            int number = rows.get(i).number();
            String path = "kegiatan[" + i + "].no";
            if (!seen.add(number)) {
                problem(path, Severity.ERROR, "duplicate-step", number);
            } else if (number < highest && !outOfOrderReported) {
                problem(path, Severity.ERROR, "steps-out-of-order", number);
                outOfOrderReported = true;
            }
            highest = Math.max(highest, number);
        }
        for (int missing = 1; missing < highest; missing++) {
            if (!seen.contains(missing)) {
                int gap = missing;
                int at = 0;
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).number() > gap) {
                        at = i;
                        break;
                    }
                }
                problem("kegiatan[" + at + "].no", Severity.ERROR, "missing-step", missing);
            }
        }
    }

    private void branches(List<Activity> rows, Map<Integer, Integer> indexOf) {
        for (int i = 0; i < rows.size(); i++) {
            Activity row = rows.get(i);
            String path = "kegiatan[" + i + "]";
            if (row.next() != null) {
                if (row.decision() != null) {
                    problem(path + ".lanjut", Severity.ERROR, "next-on-decision", row.number());
                } else if (!indexOf.containsKey(row.next())) {
                    problem(path + ".lanjut", Severity.ERROR, "branch-to-missing-step", row.number(), row.next());
                }
            }
            Decision decision = row.decision();
            if (decision == null) {
                continue;
            }
            if (decision.ya() == null || decision.tidak() == null) {
                String missing = decision.ya() == null && decision.tidak() == null
                        ? "ya, tidak"
                        : decision.ya() == null ? "ya" : "tidak";
                problem(path + ".simbol", Severity.ERROR, "decision-without-branches", row.number(), missing);
            }
            target(decision.ya(), path + ".ya", row, indexOf);
            target(decision.tidak(), path + ".tidak", row, indexOf);
            refusalAsJump(decision.tidak(), path + ".tidak", row, rows.getLast());
        }
    }

    /**
     * A lane nobody acts in prints as an empty column: usually a row was given the wrong lane, or the lane is left
     * over from an older version. The SOP still runs, so it is a warning.
     */
    private void idleLanes(List<Actor> actors, List<Activity> rows) {
        Set<String> used =
                rows.stream().map(Activity::actorId).filter(Objects::nonNull).collect(Collectors.toSet());
        for (int i = 0; i < actors.size(); i++) {
            String id = actors.get(i).id();
            if (id != null && !used.contains(id)) {
                problem("pelaksana[" + i + "].id", Severity.WARNING, "lane-without-activity", id);
            }
        }
    }

    /**
     * "Tidak" sending the case to the last row (the hand-over) is how a refusal gets drawn when the form has no
     * refusal end: the case would then finish as if granted. The warning points to the refusal end ({@code tidak:
     * tolak}, docs/sop-format.md) instead.
     */
    private void refusalAsJump(Branch tidak, String path, Activity row, Activity last) {
        if (tidak instanceof Branch.ToStep(int number) && number == last.number() && row.number() != last.number()) {
            problem(path, Severity.WARNING, "refusal-as-jump-to-end", row.number(), number);
        }
    }

    private void target(Branch branch, String path, Activity row, Map<Integer, Integer> indexOf) {
        if (branch instanceof Branch.ToStep(int number)) {
            if (!indexOf.containsKey(number)) {
                problem(path, Severity.ERROR, "branch-to-missing-step", row.number(), number);
            } else if (number == row.number()) {
                // A decision that answers itself would repeat forever; returning the papers is "pemohon".
                problem(
                        path,
                        Severity.ERROR,
                        "branch-to-itself",
                        row.number(),
                        path.substring(path.lastIndexOf('.') + 1));
            }
        }
    }

    /** Successors of each row by index; {@code END} stands for the end of the process. */
    private static final int END = -1;

    private static List<List<Integer>> successors(List<Activity> rows, Map<Integer, Integer> indexOf) {
        List<List<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Activity row = rows.get(i);
            List<Integer> next = new ArrayList<>();
            if (row.decision() != null) {
                for (Branch branch :
                        new Branch[] {row.decision().ya(), row.decision().tidak()}) {
                    switch (branch) {
                        case Branch.ToStep(int number)
                        when indexOf.containsKey(number) -> next.add(indexOf.get(number));
                        case Branch.ToApplicant() -> next.add(i);
                        case Branch.Refuse() -> next.add(END);
                        case null, default -> {}
                    }
                }
            } else if (row.next() != null) {
                if (indexOf.containsKey(row.next())) {
                    next.add(indexOf.get(row.next()));
                }
            } else {
                next.add(i + 1 < rows.size() ? i + 1 : END);
            }
            successors.add(next);
        }
        return successors;
    }

    private void flow(List<Activity> rows, Map<Integer, Integer> indexOf) {
        if (rows.isEmpty()) {
            return;
        }
        List<List<Integer>> successors = successors(rows, indexOf);
        BitSet reachable = new BitSet();
        Deque<Integer> queue = new ArrayDeque<>(List.of(0));
        reachable.set(0);
        while (!queue.isEmpty()) {
            for (int next : successors.get(queue.poll())) {
                if (next != END && !reachable.get(next)) {
                    reachable.set(next);
                    queue.add(next);
                }
            }
        }
        BitSet finishes = new BitSet();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < rows.size(); i++) {
                if (!finishes.get(i) && successors.get(i).stream().anyMatch(n -> n == END || finishes.get(n))) {
                    finishes.set(i);
                    changed = true;
                }
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!reachable.get(i)) {
                problem(
                        "kegiatan[" + i + "].no",
                        Severity.ERROR,
                        "unreachable-step",
                        rows.get(i).number());
            }
        }
        trapped(rows, successors, reachable, finishes);
    }

    /**
     * Reachable rows that cannot reach the end are reported at their cause: each "bottom" group of them (one they
     * cannot leave) is either a loop without an exit or a dead end; rows that merely lead there are not repeated.
     */
    private void trapped(List<Activity> rows, List<List<Integer>> successors, BitSet reachable, BitSet finishes) {
        List<Integer> trapped = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (reachable.get(i) && !finishes.get(i)) {
                trapped.add(i);
            }
        }
        if (trapped.isEmpty()) {
            return;
        }
        Map<Integer, Set<Integer>> reach = new HashMap<>();
        for (int start : trapped) {
            Set<Integer> seen = new HashSet<>();
            Deque<Integer> queue = new ArrayDeque<>(successors.get(start));
            while (!queue.isEmpty()) {
                int node = queue.poll();
                if (node != END && seen.add(node)) {
                    queue.addAll(successors.get(node));
                }
            }
            reach.put(start, seen);
        }
        Set<Integer> reported = new HashSet<>();
        for (int start : trapped) {
            if (reported.contains(start)) {
                continue;
            }
            Set<Integer> group = reach.get(start).stream()
                    .filter(other -> reach.get(other).contains(start))
                    .collect(Collectors.toCollection(TreeSet::new));
            boolean bottom = reach.get(start).stream().allMatch(other -> other == start || group.contains(other));
            if (!bottom) {
                continue;
            }
            if (group.isEmpty()) {
                problem(
                        "kegiatan[" + start + "].no",
                        Severity.ERROR,
                        "no-path-to-end",
                        rows.get(start).number());
                reported.add(start);
            } else {
                group.add(start);
                reported.addAll(group);
                int first = group.stream().mapToInt(Integer::intValue).min().orElseThrow();
                String steps = group.stream()
                        .map(i -> String.valueOf(rows.get(i).number()))
                        .collect(Collectors.joining(", "));
                problem("kegiatan[" + first + "].no", Severity.ERROR, "loop-without-exit", steps);
            }
        }
    }

    private void problem(String path, Severity severity, String code, Object... args) {
        Locations.Position at = locations.of(path);
        List<String> arguments = Arrays.stream(args).map(String::valueOf).toList();
        String message = messages.get("sop.problem." + code, arguments.toArray());
        problems.add(new SopProblem(file, at.line(), at.column(), severity, code, path, arguments, message));
    }
}
