package id.alur.sop.yaml;

import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Where each value of a file stood, by its path in the file ({@code kegiatan[2].ya}), so that a check made after
 * reading (the validator's) can point at the value it is about.
 */
public final class Locations {

    /** A 1-based line and column. */
    public record Position(int line, int column) {}

    private static final Position START = new Position(1, 1);

    private final Map<String, Position> marks = new HashMap<>();

    void put(String path, Node node) {
        node.getStartMark().ifPresent(mark -> marks.put(path, new Position(mark.getLine() + 1, mark.getColumn() + 1)));
    }

    /** The position of the path or of its nearest known parent; line 1, column 1 when nothing is known. */
    public Position of(String path) {
        String current = path;
        while (true) {
            Position position = marks.get(current);
            if (position != null) {
                return position;
            }
            if (current.isEmpty()) {
                return START;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
    }
}
