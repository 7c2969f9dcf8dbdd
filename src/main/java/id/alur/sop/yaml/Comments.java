package id.alur.sop.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Carries the comments of an SOP file over to a new text of the same SOP written by a program (the browser editor's
 * form, which has no place for them), so a round trip through the form keeps them (issue 12 item 2). A comment stays
 * with the key or value it was written at: keys are matched by their canonical name (docs/sop-format.md, aliases
 * included), lanes by their {@code id}, activity rows by their {@code uraian} (else by position), list items by their
 * text. A {@code # inferred:} mark is dropped when the value it marks changed: the admin's own value is no inference.
 * Comments at a key or row that is gone are gone with it.
 */
public final class Comments {

    static final String INFERRED = "inferred:";

    private Comments() {}

    /**
     * {@code next} with the comments of {@code previous} where they belong, dumped with {@code settings} (which must
     * dump comments); {@code next} unchanged when either text cannot be read or {@code previous} has no comment.
     */
    public static String carriedOver(String previous, String next, DumpSettings settings) {
        Optional<Node> old = compose(previous);
        Optional<Node> now = compose(next);
        if (old.isEmpty() || now.isEmpty() || !hasComments(old.get())) {
            return next;
        }
        carry(old.get(), now.get(), Section.TOP);
        StringBuilder text = new StringBuilder();
        new Dump(settings).dumpNode(now.get(), new StreamDataWriter() {
            @Override
            public void write(String str) {
                text.append(str);
            }

            @Override
            public void write(String str, int off, int len) {
                text.append(str, off, off + len);
            }
        });
        return text.toString();
    }

    /** The sections of the file whose keys have aliases, and what their values are. */
    private enum Section {
        TOP(Keys.TOP),
        IDENTITY(Keys.IDENTITY),
        SIGNATORY(Keys.SIGNATORY),
        LANE(Keys.LANE),
        ROW(Keys.ROW),
        STANDARD(Keys.STANDARD),
        TIME(Keys.TIME),
        OTHER(Map.of());

        private final Map<String, String> keys;

        Section(Map<String, String> keys) {
            this.keys = keys;
        }

        String canonical(String key) {
            String normalised = Keys.normalise(key);
            return keys.getOrDefault(normalised, normalised);
        }

        Section inside(String canonicalKey) {
            return switch (this) {
                case TOP ->
                    switch (canonicalKey) {
                        case "identitas" -> IDENTITY;
                        case "pelaksana" -> LANE;
                        case "kegiatan" -> ROW;
                        default -> OTHER;
                    };
                case IDENTITY -> canonicalKey.equals("disahkan_oleh") ? SIGNATORY : OTHER;
                case ROW -> canonicalKey.equals("mutu_baku") ? STANDARD : OTHER;
                case STANDARD -> canonicalKey.equals("waktu") ? TIME : OTHER;
                default -> OTHER;
            };
        }
    }

    private static void carry(Node old, Node now, Section section) {
        copy(old.getBlockComments(), now::setBlockComments, old, now);
        copy(old.getInLineComments(), now::setInLineComments, old, now);
        copy(old.getEndComments(), now::setEndComments, old, now);
        if (old instanceof MappingNode oldMap && now instanceof MappingNode newMap) {
            Map<String, NodeTuple> byKey = new HashMap<>();
            for (NodeTuple tuple : oldMap.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    byKey.putIfAbsent(section.canonical(key.getValue()), tuple);
                }
            }
            for (NodeTuple tuple : newMap.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    continue;
                }
                String canonical = section.canonical(key.getValue());
                NodeTuple was = byKey.get(canonical);
                if (was != null) {
                    // A comment above a key marks its value: "# inferred:" above waktu is about the time.
                    copy(
                            was.getKeyNode().getBlockComments(),
                            key::setBlockComments,
                            was.getValueNode(),
                            tuple.getValueNode());
                    copy(
                            was.getKeyNode().getInLineComments(),
                            key::setInLineComments,
                            was.getValueNode(),
                            tuple.getValueNode());
                    carry(was.getValueNode(), tuple.getValueNode(), section.inside(canonical));
                }
            }
        } else if (old instanceof SequenceNode oldList && now instanceof SequenceNode newList) {
            List<Node> olds = oldList.getValue();
            List<Node> news = newList.getValue();
            Function<Node, @Nullable String> identity = switch (section) {
                case LANE -> item -> value(item, "id", Keys.LANE);
                case ROW -> item -> value(item, "uraian", Keys.ROW);
                default -> item -> item instanceof ScalarNode scalar ? scalar.getValue() : null;
            };
            boolean[] used = new boolean[olds.size()];
            for (int j = 0; j < news.size(); j++) {
                int match = match(olds, used, identity.apply(news.get(j)), identity, j, section == Section.ROW);
                if (match >= 0) {
                    used[match] = true;
                    carry(
                            olds.get(match),
                            news.get(j),
                            section == Section.LANE || section == Section.ROW ? section : Section.OTHER);
                }
            }
        }
    }

    /**
     * The old item the new one continues: the first unused one with the same identity; for a row whose Uraian was
     * rewritten, the unused row at the same position.
     */
    private static int match(
            List<Node> olds,
            boolean[] used,
            @Nullable String identity,
            Function<Node, @Nullable String> identities,
            int position,
            boolean byPosition) {
        if (identity != null) {
            for (int i = 0; i < olds.size(); i++) {
                if (!used[i] && identity.equals(identities.apply(olds.get(i)))) {
                    return i;
                }
            }
        }
        return byPosition && position < olds.size() && !used[position] ? position : -1;
    }

    private static @Nullable String value(Node item, String canonicalKey, Map<String, String> keys) {
        if (item instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key
                        && canonicalKey.equals(keys.get(Keys.normalise(key.getValue())))
                        && tuple.getValueNode() instanceof ScalarNode value) {
                    return value.getValue().strip().replaceAll("\\s+", " ");
                }
            }
        }
        return null;
    }

    /** Copies the comments, leaving out an inference mark when the value it marks changed. */
    private static void copy(
            @Nullable List<CommentLine> comments,
            java.util.function.Consumer<List<CommentLine>> target,
            Node old,
            Node now) {
        if (comments == null || comments.isEmpty()) {
            return;
        }
        boolean changed = !canonical(old).equals(canonical(now));
        List<CommentLine> kept = new ArrayList<>();
        for (CommentLine comment : comments) {
            if (!(changed && comment.getValue().strip().startsWith(INFERRED))) {
                kept.add(comment);
            }
        }
        if (!kept.isEmpty()) {
            target.accept(kept);
        }
    }

    /** The value of a node as text, without comments or styles, to tell whether it changed. */
    private static String canonical(Node node) {
        return switch (node) {
            case ScalarNode scalar -> "'" + scalar.getValue().strip() + "'";
            case SequenceNode list ->
                list.getValue().stream().map(Comments::canonical).toList().toString();
            // Keys in any order: the form writes a time's hitungan before its teks.
            case MappingNode map ->
                map.getValue().stream()
                        .map(t -> canonical(t.getKeyNode()) + ":" + canonical(t.getValueNode()))
                        .sorted()
                        .toList()
                        .toString();
            default -> node.toString();
        };
    }

    private static boolean hasComments(Node node) {
        if (notEmpty(node.getBlockComments())
                || notEmpty(node.getInLineComments())
                || notEmpty(node.getEndComments())) {
            return true;
        }
        return switch (node) {
            case MappingNode map ->
                map.getValue().stream().anyMatch(t -> hasComments(t.getKeyNode()) || hasComments(t.getValueNode()));
            case SequenceNode list -> list.getValue().stream().anyMatch(Comments::hasComments);
            default -> false;
        };
    }

    private static boolean notEmpty(@Nullable List<CommentLine> comments) {
        return comments != null && comments.stream().anyMatch(c -> c.getCommentType() != CommentType.BLANK_LINE);
    }

    private static Optional<Node> compose(String text) {
        try {
            return new Compose(LoadSettings.builder().setParseComments(true).build()).composeString(text);
        } catch (YamlEngineException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
