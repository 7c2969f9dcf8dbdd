package id.alur.sop;

import id.alur.sop.yaml.Durations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The official SOP form as the browser editor posts it, and its {@code *.sop.yaml} text: the form and the file are the
 * same data. Every form field is named by the path of its value in the file ({@code identitas.nama},
 * {@code pelaksana[1].jenis}, {@code kegiatan[2].mutu_baku.waktu}), so a problem the reader or validator reports at a
 * path lands on the form field of that name ({@link #fieldOf}). The form holds what the admin typed, also when it is
 * wrong (an unknown lane, a step number that does not exist): the reader and the validator judge the text, as they
 * judge an uploaded file. Public for the editor's template only; no other module uses it.
 */
public final class SopForm {

    /** Identity fields in the order of the form's identity block. */
    static final List<String> IDENTITY = List.of(
            "identitas.instansi",
            "identitas.unit",
            "identitas.nomor",
            "identitas.nama",
            "identitas.tanggal_pembuatan",
            "identitas.tanggal_revisi",
            "identitas.tanggal_efektif",
            "identitas.tanggal_pengesahan",
            "identitas.disahkan_oleh.jabatan",
            "identitas.disahkan_oleh.nama",
            "identitas.disahkan_oleh.pangkat",
            "identitas.disahkan_oleh.nip");

    /** The six lists of the form's lower block, one item per line in the form. */
    static final List<String> LISTS = List.of(
            "dasar_hukum",
            "kualifikasi_pelaksana",
            "keterkaitan",
            "peralatan_perlengkapan",
            "peringatan",
            "pencatatan_pendataan");

    static final List<String> SYMBOLS = List.of("terminator", "proses", "keputusan", "konektor");
    static final List<String> KINDS = List.of("jabatan", "pemohon", "pihak-luar");

    /** A lane as typed. */
    public record Lane(String id, String name, String kind) {}

    /** An activity row as typed; {@code requirements} holds one Kelengkapan item per line. */
    public record Row(
            String description,
            String actor,
            String symbol,
            String requirements,
            String time,
            boolean calendarTime,
            String output,
            String remarks,
            String next,
            String ya,
            String tidak) {}

    private static final Pattern INDEXED = Pattern.compile("(pelaksana|kegiatan)\\[(\\d+)]\\.(.+)");

    private final String code;
    private final Map<String, String> identity;
    private final Map<String, String> lists;
    private final List<Lane> lanes;
    private final List<Row> rows;

    SopForm(String code, Map<String, String> identity, Map<String, String> lists, List<Lane> lanes, List<Row> rows) {
        this.code = code;
        this.identity = Map.copyOf(identity);
        this.lists = Map.copyOf(lists);
        this.lanes = List.copyOf(lanes);
        this.rows = List.copyOf(rows);
    }

    /** A new SOP: one lane and a first and last row to start from. */
    static SopForm blank() {
        return new SopForm(
                "",
                Map.of(),
                Map.of(),
                List.of(new Lane("", "", "jabatan")),
                List.of(
                        new Row("", "", "terminator", "", "", false, "", "", "", "", ""),
                        new Row("", "", "terminator", "", "", false, "", "", "", "", "")));
    }

    /**
     * The form as posted: one value per field name; rows and lanes in the order of their index (the page renumbers
     * them after adding, removing or moving one, but a gap is harmless).
     */
    static SopForm fromRequest(Map<String, String[]> parameters) {
        Function<String, String> value = name -> {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? "" : values[0];
        };
        Map<String, String> identity = new LinkedHashMap<>();
        IDENTITY.forEach(field -> identity.put(field, value.apply(field)));
        Map<String, String> lists = new LinkedHashMap<>();
        LISTS.forEach(field -> lists.put(field, value.apply(field)));
        TreeMap<Integer, String> laneIndexes = new TreeMap<>();
        TreeMap<Integer, String> rowIndexes = new TreeMap<>();
        for (String name : parameters.keySet()) {
            Matcher matcher = INDEXED.matcher(name);
            if (matcher.matches() && matcher.group(2).length() < 5) {
                (matcher.group(1).equals("pelaksana") ? laneIndexes : rowIndexes)
                        .put(Integer.parseInt(matcher.group(2)), matcher.group(1));
            }
        }
        List<Lane> lanes = new ArrayList<>();
        for (int i : laneIndexes.keySet()) {
            String p = "pelaksana[" + i + "].";
            lanes.add(new Lane(value.apply(p + "id"), value.apply(p + "nama"), value.apply(p + "jenis")));
        }
        List<Row> rows = new ArrayList<>();
        for (int i : rowIndexes.keySet()) {
            String p = "kegiatan[" + i + "].";
            rows.add(new Row(
                    value.apply(p + "uraian"),
                    value.apply(p + "pelaksana"),
                    value.apply(p + "simbol"),
                    value.apply(p + "mutu_baku.kelengkapan"),
                    value.apply(p + "mutu_baku.waktu"),
                    !value.apply(p + "mutu_baku.waktu_kalender").isEmpty(),
                    value.apply(p + "mutu_baku.output"),
                    value.apply(p + "keterangan"),
                    value.apply(p + "lanjut"),
                    value.apply(p + "ya"),
                    value.apply(p + "tidak")));
        }
        return new SopForm(value.apply("kode"), identity, lists, lanes, rows);
    }

    /** A stored SOP in the form, to edit a draft. */
    static SopForm of(Sop sop) {
        SopHeader header = sop.header();
        Signatory by = Optional.ofNullable(header.approvedBy()).orElse(new Signatory(null, null, null, null));
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("identitas.instansi", text(header.institution()));
        identity.put("identitas.unit", text(header.unit()));
        identity.put("identitas.nomor", text(header.number()));
        identity.put("identitas.nama", text(header.name()));
        identity.put("identitas.tanggal_pembuatan", date(header.createdOn()));
        identity.put("identitas.tanggal_revisi", date(header.revisedOn()));
        identity.put("identitas.tanggal_efektif", date(header.effectiveOn()));
        identity.put("identitas.tanggal_pengesahan", date(header.approvedOn()));
        identity.put("identitas.disahkan_oleh.jabatan", text(by.position()));
        identity.put("identitas.disahkan_oleh.nama", text(by.name()));
        identity.put("identitas.disahkan_oleh.pangkat", text(by.rank()));
        identity.put("identitas.disahkan_oleh.nip", text(by.nip()));
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("dasar_hukum", lines(header.legalBasis()));
        lists.put("kualifikasi_pelaksana", lines(header.qualifications()));
        lists.put("keterkaitan", lines(header.relatedSops()));
        lists.put("peralatan_perlengkapan", lines(header.equipment()));
        lists.put("peringatan", lines(header.warnings()));
        lists.put("pencatatan_pendataan", lines(header.records()));
        List<Lane> lanes = sop.actors().stream()
                .map(a -> new Lane(a.id(), a.name(), kind(a.kind())))
                .toList();
        List<Row> rows = sop.activities().stream().map(SopForm::row).toList();
        return new SopForm(text(sop.code()), identity, lists, lanes, rows);
    }

    private static Row row(Activity activity) {
        Standard standard = activity.standard();
        StandardTime time = standard.time();
        String timeText = "";
        boolean calendar = false;
        if (time != null) {
            calendar = time.basis() == StandardTime.TimeBasis.CALENDAR;
            timeText = time.text();
            if (!readsAs(timeText, time)) {
                // The text as printed does not say the amount (e.g. "± 1 hari"): the form shows what counts.
                timeText = Durations.format(time.amount(), time.unit());
            }
        }
        Decision decision = activity.decision();
        return new Row(
                activity.description(),
                activity.actorId(),
                symbol(activity.symbol()),
                lines(standard.requirements()),
                timeText,
                calendar,
                text(standard.output()),
                text(activity.remarks()),
                activity.next() == null ? "" : activity.next().toString(),
                decision == null ? "" : branch(decision.ya()),
                decision == null ? "" : branch(decision.tidak()));
    }

    private static boolean readsAs(@Nullable String text, StandardTime time) {
        if (text == null) {
            return false;
        }
        return Durations.parse(text)
                .filter(read -> read.amount().compareTo(time.amount()) == 0 && read.unit() == time.unit())
                .isPresent();
    }

    public String code() {
        return code;
    }

    public String value(String field) {
        return identity.getOrDefault(field, lists.getOrDefault(field, field.equals("kode") ? code : ""));
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The lane ids typed so far, for the row's Pelaksana suggestions. */
    public List<String> laneIds() {
        return lanes.stream()
                .map(Lane::id)
                .filter(id -> !id.isBlank())
                .distinct()
                .toList();
    }

    /** The file name a draft saved from the form gets. */
    String fileName() {
        return (code.isBlank() ? "sop" : code.strip()) + ".sop.yaml";
    }

    /**
     * The form as {@code *.sop.yaml} text in the keys and order of docs/sop-format.md ({@link SopFormYaml#write}).
     */
    String toYaml() {
        return SopFormYaml.write(this);
    }

    /**
     * {@link #toYaml()} with the comments of the draft's previous text carried over where their keys, lanes and rows
     * still are: a round trip through the form keeps the {@code # inferred:} marks (issue 12 item 2).
     */
    String toYaml(String previous) {
        return SopFormYaml.write(this, previous);
    }

    /**
     * The form field a problem at this path of the text belongs to: the path itself, or, for a part of a value the
     * form shows in one field, that field ({@code dasar_hukum[2]} is a line of {@code dasar_hukum};
     * {@code ...waktu.teks} is {@code ...waktu}). {@code null} for a problem of the whole text.
     */
    static @Nullable String fieldOf(@Nullable String path) {
        if (path == null) {
            return null;
        }
        String field = path.replaceFirst("\\[\\d+]$", "");
        int time = field.indexOf(".mutu_baku.waktu.");
        if (time >= 0) {
            field = field.substring(0, time + ".mutu_baku.waktu".length());
        }
        if (field.equals("identitas.disahkan_oleh")) {
            return "identitas.disahkan_oleh.jabatan";
        }
        return field;
    }

    static List<String> items(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String lines(Collection<String> items) {
        return String.join("\n", items);
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String branch(@Nullable Branch branch) {
        return switch (branch) {
            case Branch.ToStep(int number) -> Integer.toString(number);
            case Branch.ToApplicant() -> "pemohon";
            case Branch.Refuse() -> "tolak";
            case null -> "";
        };
    }

    private static String symbol(Symbol symbol) {
        return switch (symbol) {
            case TERMINATOR -> "terminator";
            case PROCESS -> "proses";
            case DECISION -> "keputusan";
            case CONNECTOR -> "konektor";
        };
    }

    private static String kind(ActorKind kind) {
        return switch (kind) {
            case POSITION -> "jabatan";
            case APPLICANT -> "pemohon";
            case OUTSIDE_PARTY -> "pihak-luar";
        };
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SopForm that
                && code.equals(that.code)
                && identity.equals(that.identity)
                && lists.equals(that.lists)
                && lanes.equals(that.lanes)
                && rows.equals(that.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, identity, lists, lanes, rows);
    }

    @Override
    public String toString() {
        return "SopForm[" + code + ", " + lanes.size() + " lanes, " + rows.size() + " rows: "
                + rows.stream().map(Row::description).collect(Collectors.joining(" | ")) + "]";
    }
}
