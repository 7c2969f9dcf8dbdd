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
}
