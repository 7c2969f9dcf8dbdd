package id.alur.sop;

/**
 * A lane (pelaksana) of the flowchart.
 *
 * @param id the position code the office uses for this lane, e.g. {@code kepala-dinas}
 * @param name the lane's title as printed, e.g. "Kepala Dinas"
 */
public record Actor(String id, String name, ActorKind kind) {}
