package id.alur.sop;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What changed from one version of an SOP ({@link #before()}) to another ({@link #after()}), as an admin checks a draft
 * before publishing it: the identity block field by field, the lanes added, removed, renamed and reordered, and the
 * activity rows added, removed and changed field by field. Rows are matched by their Uraian, so a row inserted in the
 * middle is one added row, not a change of every row after it; a Ya/Tidak or Lanjut target counts as changed only when
 * it points at another activity, not when the same activity was renumbered. Fields are named by their path in the file
 * ({@code identitas.nomor}, {@code mutu_baku.waktu}, docs/sop-format.md), values as the editor shows them.
 */
public record SopComparison(
        Side before,
        Side after,
        List<FieldChange> identity,
        List<LaneRef> lanesAdded,
        List<LaneRef> lanesRemoved,
        List<LaneChange> lanesChanged,
        @Nullable LaneOrder lanesReordered,
        List<ActivityRef> activitiesAdded,
        List<ActivityRef> activitiesRemoved,
        List<ActivityChange> activitiesChanged) {

    public SopComparison {
        identity = List.copyOf(identity);
        lanesAdded = List.copyOf(lanesAdded);
        lanesRemoved = List.copyOf(lanesRemoved);
        lanesChanged = List.copyOf(lanesChanged);
        activitiesAdded = List.copyOf(activitiesAdded);
        activitiesRemoved = List.copyOf(activitiesRemoved);
        activitiesChanged = List.copyOf(activitiesChanged);
    }

    /** One of the two versions compared. */
    public record Side(long id, int version, SopStatus status) {}

    /**
     * One field whose value differs.
     *
     * @param field its path in the file, e.g. {@code identitas.nomor}, {@code dasar_hukum}, {@code mutu_baku.output}
     * @param before the value before, one item per line for a list; empty when absent
     * @param after the value after, likewise
     */
    public record FieldChange(String field, String before, String after) {}

    /** A lane by its position code and title. */
    public record LaneRef(String id, String name) {}

    /** A lane kept (same position code) whose title or kind changed. */
    public record LaneChange(String id, List<FieldChange> fields) {}

    /** The order of the lanes, by position code, before and after, when the lanes both have are in another order. */
    public record LaneOrder(List<String> before, List<String> after) {}

    /** An activity row by its number (in its version), Uraian and lane. */
    public record ActivityRef(int number, String description, String actor) {}

    /**
     * An activity of both versions with a field that differs.
     *
     * @param numberBefore its row number before
     * @param numberAfter its row number after (another when rows before it were added or removed)
     * @param description its Uraian after
     */
    public record ActivityChange(int numberBefore, int numberAfter, String description, List<FieldChange> fields) {}

    /** {@code true} when the two versions are the same SOP, field for field. */
    public boolean same() {
        return identity.isEmpty()
                && lanesAdded.isEmpty()
                && lanesRemoved.isEmpty()
                && lanesChanged.isEmpty()
                && lanesReordered == null
                && activitiesAdded.isEmpty()
                && activitiesRemoved.isEmpty()
                && activitiesChanged.isEmpty();
    }
}
