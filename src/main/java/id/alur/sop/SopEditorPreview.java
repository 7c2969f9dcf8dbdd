package id.alur.sop;

import id.alur.platform.InputProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * What the editor shows beside the form: the form read as the file it becomes, every problem at its form field (with
 * the field's label and the line of the text), and, when the text has no error, the flowchart as the official
 * document draws it. Public for the editor's template only; no other module uses it.
 */
public final class SopEditorPreview {

    /**
     * One problem.
     *
     * @param field the form field it belongs to ({@link SopForm#fieldOf}), {@code null} for the whole form
     * @param label that field as the form labels it, e.g. "Kegiatan 2 · Pelaksana"
     * @param line the line of the YAML text, {@code null} for a problem not found by reading the text
     * @param severity {@code error} or {@code warning}
     */
    public record Problem(
            @Nullable String field, String label, @Nullable Integer line, String severity, String message) {

        public boolean error() {
            return severity.equals("error");
        }
    }

    /**
     * @param valid the text has no error: it can be saved as a draft
     * @param flowchart one SVG per page of the document's flowchart; empty while the text has errors
     * @param yaml the form as {@code *.sop.yaml} text, what the draft stores
     */
    public record Preview(boolean valid, List<Problem> problems, List<String> flowchart, String yaml) {

        Preview with(List<Problem> more) {
            List<Problem> all = new ArrayList<>(problems);
            all.addAll(more);
            return new Preview(false, all, flowchart, yaml);
        }

        public long errors() {
            return problems.stream().filter(Problem::error).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }

        public List<String> yamlLines() {
            return yaml.lines().toList();
        }
    }

    private static final Pattern INDEXED = Pattern.compile("(pelaksana|kegiatan)\\[(\\d+)]\\.(.+)");

    private final MessageSource messages;

    SopEditorPreview(MessageSource messages) {
        this.messages = messages;
    }

    Preview of(SopForm form, Locale locale) {
        String yaml = form.toYaml();
        SopReadResult read = SopFormat.read(form.fileName(), yaml.getBytes(StandardCharsets.UTF_8), locale);
        List<Problem> problems = read.problems().stream()
                .map(p -> {
                    String field = SopForm.fieldOf(p.path());
                    return new Problem(
                            field, label(field, locale), p.line(), p.isError() ? "error" : "warning", p.message());
                })
                .toList();
        List<String> flowchart = read.valid() ? SopDocuments.svg(read.sop()) : List.of();
        return new Preview(read.valid(), problems, flowchart, yaml);
    }

    /** A form not checked yet (a new, blank one). */
    Preview unchecked(SopForm form) {
        return new Preview(false, List.of(), List.of(), form.toYaml());
    }

    /** Problems the service found beyond the text's own (e.g. a draft's code changed). */
    List<Problem> problems(List<InputProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new Problem(
                        p.field(),
                        label(p.field(), locale),
                        p.row(),
                        p.warning() ? "warning" : "error",
                        messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale)))
                .toList();
    }

    /** "Kegiatan 2 · Pelaksana", "Pelaksana 1 · Kode jabatan", "Nomor SOP"; the whole form for {@code null}. */
    String label(@Nullable String field, Locale locale) {
        if (field == null) {
            return text("sop.editor.field.whole", field, locale);
        }
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            String section = indexed.group(1);
            String part = indexed.group(3);
            String item = messages.getMessage(
                    "sop.editor.label." + section,
                    new Object[] {Integer.parseInt(indexed.group(2)) + 1},
                    section,
                    locale);
            return item + " · " + text("sop.editor.field." + section + "." + part, part, locale);
        }
        return text("sop.editor.field." + field, field, locale);
    }

    private String text(String key, @Nullable String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback == null ? key : fallback, locale);
    }
}
