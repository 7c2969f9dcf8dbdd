package id.alur.sop.yaml;

import id.alur.sop.Severity;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The bytes of a file as a tree of YAML nodes that remember their line and column. Hostile input is refused before it
 * can hurt: files over {@link SopYamlReader#MAX_BYTES} are not parsed, bytes that are not UTF-8 are named by offset,
 * anchors and aliases (the "billion laughs" bomb) are refused, and nesting deeper than any SOP needs is refused.
 */
final class MarkedYaml {

    /** Enough for any real SOP; a deeper document is an attack or a mistake. */
    static final int MAX_DEPTH = 32;

    /** The YAML loader's own limit; SOP files may not use aliases at all, and {@link #refuseAnchors} refuses them. */
    private static final int MAX_ALIASES = 50;

    private final String file;
    private final Problems problems;

    MarkedYaml(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The document's root node, or {@code null} when there is nothing to read (the problem is recorded). */
    @Nullable
    Node read(byte[] content) {
        if (content.length > SopYamlReader.MAX_BYTES) {
            problems.add(Severity.ERROR, 1, 1, null, "file-too-large", content.length, SopYamlReader.MAX_BYTES);
            return null;
        }
        String text = decode(content);
        if (text == null) {
            return null;
        }
        Node root = compose(text);
        return root != null && refuseAnchors(root, 0) ? root : null;
    }

    private @Nullable String decode(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String before = validPrefix(content, offset);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            problems.add(
                    Severity.ERROR,
                    line,
                    column,
                    null,
                    "not-utf8",
                    offset,
                    String.format("0x%02X", content[offset] & 0xff));
            return null;
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String validPrefix(byte[] content, int length) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(content, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    private @Nullable Node compose(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setCodePointLimit(SopYamlReader.MAX_BYTES)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(true) // reported with their position, all at once (NodeReader)
                .setUseMarks(true)
                .build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                problems.add(Severity.ERROR, 1, 1, null, "empty-file");
                return null;
            }
            return root.get();
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? 1 : mark.getLine() + 1;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            String detail = e.getProblem() == null ? e.getContext() : e.getProblem();
            problems.add(Severity.ERROR, line, column, null, syntaxCode(detail), detail);
            return null;
        } catch (YamlEngineException e) {
            String message = String.valueOf(e.getMessage());
            String code = message.toLowerCase(Locale.ROOT).contains("alias") ? "yaml-alias" : "yaml-syntax";
            problems.add(Severity.ERROR, 1, 1, null, code, message);
            return null;
        } catch (StackOverflowError e) {
            problems.add(Severity.ERROR, 1, 1, null, "too-deep", MAX_DEPTH);
            return null;
        }
    }

    /**
     * The two mistakes an office admin makes most when typing YAML get their own problem, whose message says what to
     * do: a value with a colon in it (a key inside a text, "Catatan: ...") must be quoted, and a tab cannot indent
     * (YAML 1.2 §6.1). Anything else is the parser's own description.
     */
    static String syntaxCode(@Nullable String detail) {
        String text = detail == null ? "" : detail.toLowerCase(Locale.ROOT);
        if (text.contains("\t") || text.contains("tab")) {
            return "yaml-tab-indent";
        }
        if (text.contains("mapping values are not allowed")) {
            return "yaml-unquoted-colon";
        }
        return "yaml-syntax";
    }

    /**
     * SOP files need no anchors or aliases; refusing them keeps an alias bomb from ever being expanded, and keeps the
     * depth bounded for the walk of {@link SopMapping}.
     */
    private boolean refuseAnchors(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            problems.at(node, null, Severity.ERROR, "too-deep", MAX_DEPTH);
            return false;
        }
        if (node.getAnchor().isPresent()) {
            problems.at(
                    node,
                    null,
                    Severity.ERROR,
                    "yaml-alias",
                    node.getAnchor().get().getValue());
            return false;
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (!refuseAnchors(tuple.getKeyNode(), depth + 1) || !refuseAnchors(tuple.getValueNode(), depth + 1)) {
                    return false;
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (!refuseAnchors(item, depth + 1)) {
                    return false;
                }
            }
        }
        return true;
    }
}
