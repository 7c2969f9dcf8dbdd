package id.alur.sop;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One SOP as written in the national form (PermenPAN-RB 35/2012): its identity block, its lanes (pelaksana, highest
 * position first) and its flowchart rows (kegiatan), in order.
 *
 * @param code the office's own short code of the SOP (key {@code kode} in the file), e.g. {@code kis-pns}; one code
 *     names all versions of the same SOP
 * @param unknownKeys keys of the file that the model does not know, kept so nothing written is lost; a key nested in a
 *     section is stored under its dotted path, e.g. {@code kegiatan.3.catatan} (see docs/sop-format.md)
 */
public record Sop(
        @Nullable String code,
        SopHeader header,
        List<Actor> actors,
        List<Activity> activities,
        Map<String, Object> unknownKeys) {

    public Sop {
        actors = List.copyOf(actors);
        activities = List.copyOf(activities);
        unknownKeys = Map.copyOf(unknownKeys);
    }

    /** An SOP without a code, as the model was first published; {@link #code()} is then {@code null}. */
    public Sop(SopHeader header, List<Actor> actors, List<Activity> activities, Map<String, Object> unknownKeys) {
        this(null, header, actors, activities, unknownKeys);
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Activity> activity(int number) {
        return activities.stream().filter(a -> a.number() == number).findFirst();
    }

    public Activity first() {
        return activities.getFirst();
    }

    public Activity last() {
        return activities.getLast();
    }

    /**
     * The office position that hands the applicant what an activity of the applicant's lane receives (issue 12 item
     * 9): the lane of the row just before it, when that row is an office position's. The form has no column for it;
     * the row before is the one whose output goes to the applicant (seed 004 row 6, Staf Yankes "menerima lembar
     * verifikasi dari Kepala Bidang untuk diberikan kepada pemohon", before row 7 "Pemohon menerima lembar
     * verifikasi"). Empty for an activity of another lane, the first row, and after an outside party's row (seed 001:
     * BPJS issues the KIS, then "Masyarakat menerima KIS": only the front desk records that).
     */
    public Optional<String> handingOverLane(Activity activity) {
        int index = activities.indexOf(activity);
        if (index < 1 || !isOfKind(activity, ActorKind.APPLICANT)) {
            return Optional.empty();
        }
        Activity before = activities.get(index - 1);
        return isOfKind(before, ActorKind.POSITION) ? Optional.of(before.actorId()) : Optional.empty();
    }

    private boolean isOfKind(Activity activity, ActorKind kind) {
        return actor(activity.actorId()).map(a -> a.kind() == kind).orElse(false);
    }
}
