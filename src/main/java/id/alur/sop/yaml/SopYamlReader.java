package id.alur.sop.yaml;

import id.alur.sop.Sop;
import id.alur.sop.SopProblem;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the bytes of a {@code *.sop.yaml} file into the model, collecting every problem instead of stopping at the
 * first, and remembering where each value stood so that the validator can point at it. Plain Java: the command line
 * reads files with it too.
 */
public final class SopYamlReader {

    /** Files over 1 MB are refused before parsing: a real SOP is a few kilobytes. */
    public static final int MAX_BYTES = 1024 * 1024;

    /**
     * What was read.
     *
     * @param sop the model, as far as it could be read; {@code null} when the file is not a YAML mapping at all
     * @param locations where each value stood, by path
     * @param problems the problems found while reading, in the order found (the validator's come on top)
     */
    public record Reading(@Nullable Sop sop, Locations locations, List<SopProblem> problems) {}

    private SopYamlReader() {}

    /** Reads {@code content}; {@code file} names it in every problem, {@code texts} gives the problems' texts. */
    public static Reading read(String file, byte[] content, ProblemTexts texts) {
        var problems = new Problems(file, texts);
        var locations = new Locations();
        Node root = new MarkedYaml(file, problems).read(content);
        Sop sop = root == null ? null : new SopMapping(problems, locations, texts).sop(root);
        return new Reading(sop, locations, problems.all());
    }
}
