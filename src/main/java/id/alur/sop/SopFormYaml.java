package id.alur.sop;

import id.alur.sop.yaml.Comments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes the editor's {@link SopForm} as {@code *.sop.yaml} text in the keys and order of docs/sop-format.md: the form
 * and the file are the same data, and the reader and validator then judge the text as they judge an uploaded file.
 */
final class SopFormYaml {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

    private SopFormYaml() {}

    /**
     * The form as text. Blank fields other than the identity block's are left out, so the reader reports a required one
     * as missing at its path; a step number or branch target typed as digits is written as a number, anything else as
     * the text typed (the reader then names it).
     */
    static String write(SopForm form) {
        Map<String, Object> root = new LinkedHashMap<>();
        put(root, "kode", form.code());
        Map<String, Object> header = new LinkedHashMap<>();
        Map<String, Object> approvedBy = new LinkedHashMap<>();
        // Every identity field is written, a blank one as an empty value (as the seed files write the blank fields of
        // the official form): a warning about a blank field then points at that field's own line of the text, not at
        // the first line of the identity block.
        for (String field : SopForm.IDENTITY) {
            String key = field.substring(field.lastIndexOf('.') + 1);
            String typed = key.equals("unit")
                    ? String.join("\n", SopForm.items(form.value(field)))
                    : form.value(field).strip();
            (field.startsWith("identitas.disahkan_oleh.") ? approvedBy : header)
                    .put(key, typed.isEmpty() ? null : typed);
        }
        header.put("disahkan_oleh", approvedBy);
        root.put("identitas", header);
        for (String list : SopForm.LISTS) {
            List<String> items = SopForm.items(form.value(list));
            if (!items.isEmpty()) {
                root.put(list, items);
            }
        }
        List<Object> laneList = new ArrayList<>();
        for (SopForm.Lane lane : form.lanes()) {
            Map<String, Object> item = new LinkedHashMap<>();
            put(item, "id", lane.id());
            put(item, "nama", lane.name());
            put(item, "jenis", lane.kind());
            laneList.add(item);
        }
        root.put("pelaksana", laneList);
        List<Object> rowList = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            rowList.add(row(i + 1, form.rows().get(i)));
        }
        root.put("kegiatan", rowList);
        DumpSettings settings = dumpSettings(false);
        return new Dump(settings, new BlankAsEmpty(settings)).dumpToString(root);
    }

    /**
     * {@link #write(SopForm)} with the comments of the draft's previous text carried over where their keys, lanes and
     * rows still are ({@link Comments}): a round trip through the form keeps the {@code # inferred:} marks of values the
     * admin left as they were (issue 12 item 2).
     */
    static String write(SopForm form, String previous) {
        return Comments.carriedOver(previous, write(form), dumpSettings(true));
    }

    private static DumpSettings dumpSettings(boolean comments) {
        return DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setSplitLines(false)
                .setWidth(Integer.MAX_VALUE)
                .setSchema(new CoreSchema())
                .setDumpComments(comments)
                .build();
    }

    private static Map<String, Object> row(int number, SopForm.Row row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("no", number);
        put(item, "uraian", row.description());
        put(item, "pelaksana", row.actor());
        put(item, "simbol", row.symbol());
        // The form shows Ya/Tidak on a decision and Lanjut on any other row: what is hidden is not written.
        if (row.symbol().strip().equals("keputusan")) {
            putTarget(item, "ya", row.ya());
            putTarget(item, "tidak", row.tidak());
        } else {
            putTarget(item, "lanjut", row.next());
        }
        Map<String, Object> standard = new LinkedHashMap<>();
        List<String> requirements = SopForm.items(row.requirements());
        if (!requirements.isEmpty()) {
            standard.put("kelengkapan", requirements);
        }
        if (!row.time().isBlank()) {
            if (row.calendarTime()) {
                Map<String, Object> time = new LinkedHashMap<>();
                time.put("hitungan", "kalender");
                time.put("teks", row.time().strip());
                standard.put("waktu", time);
            } else {
                standard.put("waktu", row.time().strip());
            }
        }
        put(standard, "output", row.output());
        if (!standard.isEmpty()) {
            item.put("mutu_baku", standard);
        }
        put(item, "keterangan", row.remarks());
        return item;
    }

    /** Writes a blank value as nothing after its key ({@code nomor:}), not as {@code null}. */
    private static final class BlankAsEmpty extends StandardRepresenter {

        BlankAsEmpty(DumpSettings settings) {
            super(settings);
            this.nullRepresenter = data -> representScalar(Tag.NULL, "");
        }
    }

    private static void putTarget(Map<String, Object> item, String key, String typed) {
        String target = typed.strip();
        if (target.isEmpty()) {
            return;
        }
        item.put(key, NUMBER.matcher(target).matches() ? Integer.valueOf(target) : target);
    }

    private static void put(Map<String, Object> map, String key, @Nullable String typed) {
        if (typed != null && !typed.isBlank()) {
            map.put(key, typed.strip());
        }
    }
}
