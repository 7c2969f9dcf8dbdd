package id.alur.sop;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Mutu Baku of an activity.
 *
 * @param requirements kelengkapan / persyaratan: the documents or inputs the activity needs
 * @param time waktu, or {@code null} when the SOP gives none
 * @param output what the activity produces
 */
public record Standard(
        List<String> requirements,
        @Nullable StandardTime time,
        @Nullable String output) {

    public Standard {
        requirements = List.copyOf(requirements);
    }
}
