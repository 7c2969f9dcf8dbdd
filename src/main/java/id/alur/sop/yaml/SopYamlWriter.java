package id.alur.sop.yaml;

import id.alur.sop.Activity;
import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.Branch;
import id.alur.sop.Signatory;
import id.alur.sop.Sop;
import id.alur.sop.SopHeader;
import id.alur.sop.Standard;
import id.alur.sop.StandardTime;
import id.alur.sop.Symbol;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes an SOP in the canonical form of docs/sop-format.md: canonical keys, every identity key present (blank when
 * the SOP leaves it blank), times in the short form when it says everything. Comments of a hand-written file are
 * not kept: the stored source text keeps them.
 */
public final class SopYamlWriter {

    private SopYamlWriter() {}

    /** The SOP as YAML text that {@link SopYamlReader} reads back to an equal SOP. */
    public static String write(Sop sop) {
        Map<String, Object> unknown = new TreeMap<>(sop.unknownKeys());
        List<String> sections = sections(sop);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kode", sop.code());
        SopHeader header = sop.header();
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("instansi", header.institution());
        identity.put("unit", header.unit());
        identity.put("nomor", header.number());
        identity.put("nama", header.name());
        identity.put("tanggal_pembuatan", date(header.createdOn()));
        identity.put("tanggal_revisi", date(header.revisedOn()));
        identity.put("tanggal_efektif", date(header.effectiveOn()));
        identity.put("tanggal_pengesahan", date(header.approvedOn()));
        Signatory signatory = Optional.ofNullable(header.approvedBy()).orElse(new Signatory(null, null, null, null));
        Map<String, Object> approvedBy = new LinkedHashMap<>();
        approvedBy.put("jabatan", signatory.position());
        approvedBy.put("nama", signatory.name());
        approvedBy.put("pangkat", signatory.rank());
        approvedBy.put("nip", signatory.nip());
        addUnknown(approvedBy, unknown, "identitas.disahkan_oleh.", sections);
        identity.put("disahkan_oleh", approvedBy);
        addUnknown(identity, unknown, "identitas.", sections);
        root.put("identitas", identity);
        root.put("dasar_hukum", header.legalBasis());
        root.put("kualifikasi_pelaksana", header.qualifications());
        root.put("keterkaitan", header.relatedSops());
        root.put("peralatan_perlengkapan", header.equipment());
        root.put("peringatan", header.warnings());
        root.put("pencatatan_pendataan", header.records());
        List<Object> lanes = new ArrayList<>();
        for (Actor actor : sop.actors()) {
            Map<String, Object> lane = new LinkedHashMap<>();
            lane.put("id", actor.id());
            lane.put("nama", actor.name());
            lane.put("jenis", kind(actor.kind()));
            addUnknown(lane, unknown, "pelaksana." + actor.id() + ".", sections);
            lanes.add(lane);
        }
        root.put("pelaksana", lanes);
        List<Object> rows = new ArrayList<>();
        for (Activity activity : sop.activities()) {
            rows.add(row(activity, unknown, sections));
        }
        root.put("kegiatan", rows);
        root.putAll(unknown);

        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setSplitLines(false)
                .setWidth(Integer.MAX_VALUE)
                .setDereferenceAliases(true) // SOP files may not hold aliases (SopYamlReader)
                // The reader takes ~, null and the empty text as blank, as YAML's core schema does: quote them.
                .setSchema(new CoreSchema())
                .build();
        return "# SOP " + sop.code() + " (docs/sop-format.md)\n" + new Dump(settings).dumpToString(root);
    }

    private static Map<String, Object> row(Activity activity, Map<String, Object> unknown, List<String> sections) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("no", activity.number());
        row.put("uraian", activity.description());
        row.put("pelaksana", activity.actorId());
        row.put("simbol", symbol(activity.symbol()));
        if (activity.next() != null) {
            row.put("lanjut", activity.next());
        }
        if (activity.decision() != null) {
            row.put("ya", branch(activity.decision().ya()));
            row.put("tidak", branch(activity.decision().tidak()));
        }
        String prefix = "kegiatan." + activity.number() + ".";
        Standard standard = activity.standard();
        Map<String, Object> quality = new LinkedHashMap<>();
        if (standard != null) {
            if (!standard.requirements().isEmpty()) {
                quality.put("kelengkapan", standard.requirements());
            }
            if (standard.time() != null) {
                quality.put("waktu", time(standard.time(), unknown, prefix + "mutu_baku.waktu.", sections));
            }
            if (standard.output() != null) {
                quality.put("output", standard.output());
            }
        }
        addUnknown(quality, unknown, prefix + "mutu_baku.", sections);
        if (!quality.isEmpty()) {
            row.put("mutu_baku", quality);
        }
        if (activity.remarks() != null) {
            row.put("keterangan", activity.remarks());
        }
        addUnknown(row, unknown, prefix, sections);
        return row;
    }

    /** The short form ("15 menit") when reading its text gives back exactly this time, otherwise all four keys. */
    private static Object time(StandardTime time, Map<String, Object> unknown, String prefix, List<String> sections) {
        Map<String, Object> extra = new LinkedHashMap<>();
        addUnknown(extra, unknown, prefix, sections);
        if (extra.isEmpty()
                && time.text() != null
                && Durations.parse(time.text()).filter(time::equals).isPresent()) {
            return time.text();
        }
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("jumlah", time.amount().toPlainString());
        full.put("satuan", Durations.word(time.unit()));
        full.put("hitungan", Durations.word(time.basis()));
        full.put("teks", time.text());
        full.putAll(extra);
        return full;
    }

    private static @Nullable Object branch(@Nullable Branch branch) {
        return switch (branch) {
            case Branch.ToStep(int number) -> number;
            case Branch.ToApplicant() -> "pemohon";
            case Branch.Refuse() -> "tolak";
            case null -> null;
        };
    }

    private static @Nullable String symbol(@Nullable Symbol symbol) {
        return symbol == null
                ? null
                : switch (symbol) {
                    case TERMINATOR -> "terminator";
                    case PROCESS -> "proses";
                    case DECISION -> "keputusan";
                    case CONNECTOR -> "konektor";
                };
    }

    private static @Nullable String kind(@Nullable ActorKind kind) {
        return kind == null
                ? null
                : switch (kind) {
                    case POSITION -> "jabatan";
                    case APPLICANT -> "pemohon";
                    case OUTSIDE_PARTY -> "pihak-luar";
                };
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The sections that can hold kept unknown keys, deepest first, so each key goes back where it was read. */
    private static List<String> sections(Sop sop) {
        List<String> sections = new ArrayList<>(List.of("identitas.", "identitas.disahkan_oleh."));
        sop.actors().forEach(a -> sections.add("pelaksana." + a.id() + "."));
        for (Activity activity : sop.activities()) {
            String prefix = "kegiatan." + activity.number() + ".";
            sections.addAll(List.of(prefix, prefix + "mutu_baku.", prefix + "mutu_baku.waktu."));
        }
        sections.sort(Comparator.comparingInt(String::length).reversed());
        return sections;
    }

    /** Moves the unknown keys that belong directly in {@code prefix} from {@code unknown} into {@code target}. */
    private static void addUnknown(
            Map<String, Object> target, Map<String, Object> unknown, String prefix, List<String> sections) {
        var iterator = unknown.entrySet().iterator();
        while (iterator.hasNext()) {
            var entry = iterator.next();
            String home = sections.stream()
                    .filter(entry.getKey()::startsWith)
                    .findFirst()
                    .orElse("");
            if (home.equals(prefix)) {
                target.put(entry.getKey().substring(prefix.length()), entry.getValue());
                iterator.remove();
            }
        }
    }
}
