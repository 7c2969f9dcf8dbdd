package id.alur.sop;

import id.alur.sop.SopComparison.ActivityChange;
import id.alur.sop.SopComparison.ActivityRef;
import id.alur.sop.SopComparison.FieldChange;
import id.alur.sop.SopComparison.LaneChange;
import id.alur.sop.SopComparison.LaneOrder;
import id.alur.sop.SopComparison.LaneRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Computes a {@link SopComparison} of two SOPs through their editor form ({@link SopForm}), so each field is compared
 * as the admin sees and types it. Rows are aligned by the longest common run of equal Uraian (case and spacing aside);
 * between two aligned rows, rows of both versions are paired in order as changed rows, the rest are added or removed.
 */
final class SopComparer {

    private SopComparer() {}

    static SopComparison compare(SopVersionView before, SopVersionView after) {
        SopForm old = SopForm.of(before.sop());
        SopForm now = SopForm.of(after.sop());
        List<FieldChange> identity = new ArrayList<>();
        Stream.concat(SopForm.IDENTITY.stream(), SopForm.LISTS.stream())
                .forEach(field -> change(identity, field, old.value(field), now.value(field)));

        Map<String, SopForm.Lane> oldLanes = lanes(old);
        Map<String, SopForm.Lane> newLanes = lanes(now);
        List<LaneRef> lanesAdded = now.lanes().stream()
                .filter(lane -> !oldLanes.containsKey(lane.id()))
                .map(lane -> new LaneRef(lane.id(), lane.name()))
                .toList();
        List<LaneRef> lanesRemoved = old.lanes().stream()
                .filter(lane -> !newLanes.containsKey(lane.id()))
                .map(lane -> new LaneRef(lane.id(), lane.name()))
                .toList();
        List<LaneChange> lanesChanged = new ArrayList<>();
        for (SopForm.Lane lane : now.lanes()) {
            SopForm.Lane was = oldLanes.get(lane.id());
            if (was != null) {
                List<FieldChange> fields = new ArrayList<>();
                change(fields, "nama", was.name(), lane.name());
                change(fields, "jenis", was.kind(), lane.kind());
                if (!fields.isEmpty()) {
                    lanesChanged.add(new LaneChange(lane.id(), fields));
                }
            }
        }
        List<String> keptBefore = old.lanes().stream()
                .map(SopForm.Lane::id)
                .filter(newLanes::containsKey)
                .toList();
        List<String> keptAfter = now.lanes().stream()
                .map(SopForm.Lane::id)
                .filter(oldLanes::containsKey)
                .toList();
        LaneOrder order = keptBefore.equals(keptAfter)
                ? null
                : new LaneOrder(
                        old.lanes().stream().map(SopForm.Lane::id).toList(),
                        now.lanes().stream().map(SopForm.Lane::id).toList());

        List<SopForm.Row> oldRows = old.rows();
        List<SopForm.Row> newRows = now.rows();
        int[] match = align(oldRows, newRows);
        // Row numbers of the old version that live on in the new one: a target pointing at the same activity is the
        // same target, even when that activity is renumbered.
        Map<Integer, Integer> renumbered = new HashMap<>();
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                renumbered.put(i + 1, match[i] + 1);
            }
        }
        Set<Integer> matchedNew = renumbered.values().stream().collect(Collectors.toSet());
        List<ActivityRef> added = new ArrayList<>();
        for (int j = 0; j < newRows.size(); j++) {
            if (!matchedNew.contains(j + 1)) {
                added.add(ref(j + 1, newRows.get(j)));
            }
        }
        List<ActivityRef> removed = new ArrayList<>();
        List<ActivityChange> changed = new ArrayList<>();
        for (int i = 0; i < oldRows.size(); i++) {
            if (match[i] < 0) {
                removed.add(ref(i + 1, oldRows.get(i)));
                continue;
            }
            SopForm.Row was = oldRows.get(i);
            SopForm.Row row = newRows.get(match[i]);
            List<FieldChange> fields = new ArrayList<>();
            change(fields, "uraian", was.description(), row.description());
            change(fields, "pelaksana", was.actor(), row.actor());
            change(fields, "simbol", was.symbol(), row.symbol());
            change(fields, "mutu_baku.kelengkapan", was.requirements(), row.requirements());
            change(fields, "mutu_baku.waktu", time(was), time(row));
            change(fields, "mutu_baku.output", was.output(), row.output());
            change(fields, "keterangan", was.remarks(), row.remarks());
            target(fields, "lanjut", was.next(), row.next(), renumbered);
            target(fields, "ya", was.ya(), row.ya(), renumbered);
            target(fields, "tidak", was.tidak(), row.tidak(), renumbered);
            if (!fields.isEmpty()) {
                changed.add(new ActivityChange(i + 1, match[i] + 1, row.description(), fields));
            }
        }
        return new SopComparison(
                side(before),
                side(after),
                identity,
                lanesAdded,
                lanesRemoved,
                lanesChanged,
                order,
                added,
                removed,
                changed);
    }

    /**
     * For each old row the index of the new row it continues as, or -1 when it was removed: the longest common
     * subsequence of equal Uraian, then the unaligned rows between two aligned ones paired in order.
     */
    private static int[] align(List<SopForm.Row> oldRows, List<SopForm.Row> newRows) {
        int n = oldRows.size();
        int m = newRows.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = same(oldRows.get(i), newRows.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int[] match = new int[n];
        java.util.Arrays.fill(match, -1);
        List<int[]> anchors = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(oldRows.get(i), newRows.get(j))) {
                anchors.add(new int[] {i, j});
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        anchors.add(new int[] {n, m});
        int fromOld = 0;
        int fromNew = 0;
        for (int[] anchor : anchors) {
            for (int k = 0; fromOld + k < anchor[0] && fromNew + k < anchor[1]; k++) {
                match[fromOld + k] = fromNew + k;
            }
            if (anchor[0] < n) {
                match[anchor[0]] = anchor[1];
            }
            fromOld = anchor[0] + 1;
            fromNew = anchor[1] + 1;
        }
        return match;
    }

    private static boolean same(SopForm.Row a, SopForm.Row b) {
        return normalized(a.description()).equals(normalized(b.description()));
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void target(
            List<FieldChange> fields, String field, String before, String after, Map<Integer, Integer> renumbered) {
        String mapped = before.strip();
        if (mapped.matches("\\d{1,6}")) {
            Integer number = renumbered.get(Integer.valueOf(mapped));
            // A target whose activity was removed points at none of the new rows, so it differs from any target.
            mapped = number == null ? "#" + mapped : number.toString();
        }
        if (!mapped.equals(after.strip())) {
            fields.add(new FieldChange(field, before, after));
        }
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!before.strip().equals(after.strip())) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String time(SopForm.Row row) {
        if (row.time().isBlank()) {
            return "";
        }
        return row.calendarTime() ? row.time() + ", hitungan: kalender" : row.time();
    }

    private static Map<String, SopForm.Lane> lanes(SopForm form) {
        Map<String, SopForm.Lane> lanes = new HashMap<>();
        form.lanes().forEach(lane -> lanes.putIfAbsent(lane.id(), lane));
        return lanes;
    }

    private static ActivityRef ref(int number, SopForm.Row row) {
        return new ActivityRef(number, row.description(), row.actor());
    }

    private static SopComparison.Side side(SopVersionView version) {
        return new SopComparison.Side(version.id().value(), version.version(), version.status());
    }
}
