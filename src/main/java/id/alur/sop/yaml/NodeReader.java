package id.alur.sop.yaml;

import id.alur.sop.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the scalars, lists and mappings of an SOP file, reporting a value of the wrong kind at its place instead of
 * failing, remembering where each value stood ({@link Locations}) and keeping the keys the model does not know.
 */
final class NodeReader {

    private static final Pattern INTEGER = Pattern.compile("\\d{1,6}");
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    private final Problems problems;
    private final Locations locations;
    private final Map<String, Object> unknown = new LinkedHashMap<>();
    private final ProblemTexts texts;

    NodeReader(Problems problems, Locations locations, ProblemTexts texts) {
        this.problems = problems;
        this.locations = locations;
        this.texts = texts;
    }

    /** The keys kept so far, by dotted path ({@code kegiatan.3.catatan}). */
    Map<String, Object> unknown() {
        return unknown;
    }

    /**
     * The mapping's values by canonical key. Reports duplicate keys; unknown keys are reported as warnings and, when
     * {@code unknownPrefix} is given, kept under it; returns {@code null} when the node is not a mapping.
     */
    @Nullable
    Map<String, Node> mapping(
            @Nullable Node node, String path, Map<String, String> known, @Nullable String unknownPrefix) {
        if (!(node instanceof MappingNode mapping)) {
            if (node != null) {
                wrongType(node, path, "sop.type.mapping");
            }
            return null;
        }
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, String> spelled = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyText(tuple.getKeyNode(), path);
            String canonical = key == null ? null : known.get(Keys.normalise(key));
            String identity = canonical != null ? canonical : key;
            String keyPath = (path.isEmpty() ? "" : path + ".") + (canonical != null ? canonical : key);
            if (spelled.containsKey(identity)) {
                problems.at(tuple.getKeyNode(), keyPath, Severity.ERROR, "duplicate-key", key, spelled.get(identity));
                continue;
            }
            spelled.put(identity, key);
            if (canonical != null) {
                values.put(canonical, tuple.getValueNode());
                locations.put(keyPath, tuple.getValueNode());
            } else if (unknownPrefix != null) {
                keepOne(tuple, unknownPrefix);
            }
        }
        return values;
    }

    /** Keeps the unknown keys of a mapping whose known keys were read by a call that kept none. */
    void keepUnknown(@Nullable Node node, Map<String, String> known, String prefix) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyText(tuple.getKeyNode(), prefix);
                if (key != null && !known.containsKey(Keys.normalise(key)) && !unknown.containsKey(prefix + key)) {
                    keepOne(tuple, prefix);
                }
            }
        }
    }

    private void keepOne(NodeTuple tuple, String prefix) {
        String key = keyText(tuple.getKeyNode(), prefix);
        if (key == null) {
            return;
        }
        String path = prefix.isEmpty() ? key : prefix + key;
        problems.at(tuple.getKeyNode(), path, Severity.WARNING, "unknown-key", path);
        unknown.put(path, plain(tuple.getValueNode()));
    }

    private @Nullable String keyText(Node key, String path) {
        if (key instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problems.at(key, path, Severity.ERROR, "wrong-type", "key", texts.text("sop.type.text"));
        return null;
    }

    /** A value of an unknown key as plain Java data: text, list or map; YAML null becomes "" (maps hold no null). */
    private static Object plain(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.isPlain() && NULLS.contains(scalar.getValue()) ? "" : scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(NodeReader::plain).toList();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            map.put(String.valueOf(plain(tuple.getKeyNode())), plain(tuple.getValueNode()));
        }
        return Collections.unmodifiableMap(map);
    }

    /** The items of a list; empty for a blank value; {@code null} when the node is absent or not a list. */
    @Nullable
    List<Node> sequence(@Nullable Node node, String path) {
        if (node == null) {
            return null;
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof ScalarNode scalar && scalar.isPlain() && NULLS.contains(scalar.getValue())) {
            return List.of();
        }
        wrongType(node, path, "sop.type.list");
        return null;
    }

    /** Text of a scalar, stripped; {@code null} for an absent, empty or null value. */
    @Nullable
    String text(@Nullable Node node, String path) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode)) {
            wrongType(node, path, "sop.type.text");
            return null;
        }
        return textQuiet(node);
    }

    /** Like {@link #text} for a value already reported if it is of the wrong kind. */
    static @Nullable String textQuiet(@Nullable Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return null;
        }
        if (scalar.isPlain() && NULLS.contains(scalar.getValue())) {
            return null;
        }
        String value = scalar.getValue().strip();
        return value.isEmpty() ? null : value;
    }

    /** A list of texts; a single text stands for a list of one, as offices often write a lone item. */
    List<String> texts(@Nullable Node node, String path) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode) {
            String text = text(node, path);
            return text == null ? List.of() : List.of(text);
        }
        List<Node> items = sequence(node, path);
        if (items == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Node item : items) {
            String text = text(item, path);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** A positive whole number, also written "3." as the printed forms number their rows. */
    @Nullable
    Integer integer(@Nullable Node node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        String digits = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (!INTEGER.matcher(digits).matches() || Integer.parseInt(digits) < 1) {
            problems.at(node, path, Severity.ERROR, "invalid-number", text);
            return null;
        }
        return Integer.parseInt(digits);
    }

    @Nullable
    LocalDate date(@Nullable Node node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = Dates.parse(text);
        if (date.isEmpty()) {
            problems.at(node, path, Severity.ERROR, "invalid-date", text);
        }
        return date.orElse(null);
    }

    private void wrongType(Node node, String path, String typeKey) {
        problems.at(
                node,
                path.isEmpty() ? null : path,
                Severity.ERROR,
                "wrong-type",
                path.isEmpty() ? "/" : path,
                texts.text(typeKey));
    }
}
