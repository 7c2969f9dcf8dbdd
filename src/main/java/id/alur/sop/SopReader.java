package id.alur.sop;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the bytes of a {@code *.sop.yaml} file into the model, collecting every problem instead of stopping at the
 * first, and remembering where each value stood so that {@link SopValidator} can point at it.
 *
 * <p>Hostile input is refused before it can hurt: files over {@link SopFormat#MAX_BYTES} are not parsed, bytes that
 * are not UTF-8 are named by offset, anchors and aliases (the "billion laughs" bomb) are refused, and nesting deeper
 * than any SOP needs is refused.
 */
final class SopReader {

    /** Enough for any real SOP; a deeper document is an attack or a mistake. */
    private static final int MAX_DEPTH = 32;

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,6}");
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    /** Variant headers of the seeds and of other offices' forms, by normalised spelling → canonical key. */
    private static final Map<String, String> TOP_KEYS = aliases(
            "kode", "kode_sop",
            "identitas", "identitas_sop",
            "dasar_hukum", "",
            "kualifikasi_pelaksana", "kualifikasi",
            "keterkaitan", "keterkaitan_sop",
            "peralatan_perlengkapan", "peralatan perlengkapan peralatan_dan_perlengkapan",
            "peringatan", "",
            "pencatatan_pendataan",
                    "pencatatan pendataan pencatatan_dan_pendataan pendataan_pencatatan pendataan_dan_pencatatan",
            "pelaksana", "",
            "kegiatan", "uraian_prosedur aktivitas");

    private static final Map<String, String> IDENTITY_KEYS = aliases(
            "instansi", "",
            "unit", "unit_kerja satuan_kerja",
            "nomor", "nomor_sop no_sop",
            "nama", "nama_sop",
            "tanggal_pembuatan", "tgl_pembuatan",
            "tanggal_revisi", "tgl_revisi",
            "tanggal_efektif", "tgl_efektif",
            "tanggal_pengesahan", "tgl_pengesahan",
            "disahkan_oleh", "dibuat_oleh");

    private static final Map<String, String> SIGNATORY_KEYS = aliases(
            "jabatan", "",
            "nama", "",
            "pangkat", "pangkat_golongan golongan",
            "nip", "");

    private static final Map<String, String> LANE_KEYS = aliases("id", "kode", "nama", "", "jenis", "");

    private static final Map<String, String> ROW_KEYS = aliases(
            "no", "nomor",
            "uraian", "uraian_prosedur uraian_kegiatan kegiatan aktivitas",
            "pelaksana", "",
            "simbol", "",
            "lanjut", "",
            "ya", "",
            "tidak", "",
            "mutu_baku", "",
            "keterangan", "ket");

    private static final Map<String, String> STANDARD_KEYS = aliases(
            "kelengkapan", "persyaratan persyaratan_kelengkapan kelengkapan_persyaratan",
            "waktu", "",
            "output", "");

    private static final Map<String, String> TIME_KEYS =
            aliases("jumlah", "", "satuan", "", "hitungan", "dasar", "teks", "");

    private static final Map<String, ActorKind> ACTOR_KINDS = Map.of(
            "jabatan", ActorKind.POSITION,
            "pemohon", ActorKind.APPLICANT,
            "pihak_luar", ActorKind.OUTSIDE_PARTY);

    private static final Map<String, Symbol> SYMBOLS = Map.of(
            "terminator", Symbol.TERMINATOR,
            "proses", Symbol.PROCESS,
            "keputusan", Symbol.DECISION,
            "konektor", Symbol.CONNECTOR);

    private final String file;
    private final SopMessages messages;
    private final List<SopProblem> problems = new ArrayList<>();
    private final Locations locations = new Locations();
    private final Map<String, Object> unknown = new LinkedHashMap<>();

    SopReader(String file, SopMessages messages) {
        this.file = file;
        this.messages = messages;
    }

    /** What was read: the model (best effort when there are errors), where each value stood, and the problems. */
    record Parsed(Sop sop, Locations locations, List<SopProblem> problems) {}

    Parsed read(byte[] content) {
        if (content.length > SopFormat.MAX_BYTES) {
            problem(Severity.ERROR, 1, 1, "file-too-large", content.length, SopFormat.MAX_BYTES);
            return new Parsed(null, locations, problems);
        }
        String text = decode(content);
        if (text == null) {
            return new Parsed(null, locations, problems);
        }
        Optional<Node> root = compose(text);
        if (root == null) {
            return new Parsed(null, locations, problems);
        }
        if (root.isEmpty()) {
            problem(Severity.ERROR, 1, 1, "empty-file");
            return new Parsed(null, locations, problems);
        }
        if (!refuseAnchors(root.get(), 0)) {
            return new Parsed(null, locations, problems);
        }
        Sop sop = sop(root.get());
        return new Parsed(sop, locations, problems);
    }

    // --- bytes and YAML ---------------------------------------------------------------------------------------

    private String decode(byte[] content) {
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
            problem(Severity.ERROR, line, column, "not-utf8", offset, String.format("0x%02X", content[offset] & 0xff));
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

    /** The document's root node, an empty Optional for an empty document, or {@code null} when it did not parse. */
    private Optional<Node> compose(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setCodePointLimit(SopFormat.MAX_BYTES)
                .setMaxAliasesForCollections(SopFormat.MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(true) // reported below with their position, all at once
                .setUseMarks(true)
                .build();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? 1 : mark.getLine() + 1;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            String detail = e.getProblem() == null ? e.getContext() : e.getProblem();
            problem(Severity.ERROR, line, column, "yaml-syntax", detail);
            return null;
        } catch (YamlEngineException e) {
            String message = String.valueOf(e.getMessage());
            problem(
                    Severity.ERROR,
                    1,
                    1,
                    message.toLowerCase(Locale.ROOT).contains("alias") ? "yaml-alias" : "yaml-syntax",
                    message);
            return null;
        } catch (StackOverflowError e) {
            problem(Severity.ERROR, 1, 1, "too-deep", MAX_DEPTH);
            return null;
        }
    }

    /**
     * SOP files need no anchors or aliases; refusing them keeps an alias bomb from ever being expanded, and keeps the
     * depth bounded for the walk below.
     */
    private boolean refuseAnchors(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            at(node, Severity.ERROR, "too-deep", MAX_DEPTH);
            return false;
        }
        if (node.getAnchor().isPresent()) {
            at(node, Severity.ERROR, "yaml-alias", node.getAnchor().get().getValue());
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

    // --- the SOP ----------------------------------------------------------------------------------------------

    private Sop sop(Node root) {
        Map<String, Node> top = mapping(root, "", TOP_KEYS, "");
        if (top == null) {
            return null;
        }
        locations.put("", root);
        String code = text(top.get("kode"), "kode");
        if (code == null) {
            at(root, Severity.ERROR, "missing-field", "kode");
        } else if (!CODE.matcher(code).matches()) {
            at(top.get("kode"), Severity.ERROR, "invalid-code", code);
        }
        Node identityNode = top.get("identitas");
        Map<String, Node> identity = identityNode == null
                ? Map.of()
                : Optional.ofNullable(mapping(identityNode, "identitas", IDENTITY_KEYS, "identitas."))
                        .orElse(Map.of());
        if (identityNode == null) {
            at(root, Severity.ERROR, "missing-field", "identitas");
        }
        SopHeader header = new SopHeader(
                text(identity.get("instansi"), "identitas.instansi"),
                text(identity.get("unit"), "identitas.unit"),
                text(identity.get("nomor"), "identitas.nomor"),
                text(identity.get("nama"), "identitas.nama"),
                date(identity.get("tanggal_pembuatan"), "identitas.tanggal_pembuatan"),
                date(identity.get("tanggal_revisi"), "identitas.tanggal_revisi"),
                date(identity.get("tanggal_efektif"), "identitas.tanggal_efektif"),
                date(identity.get("tanggal_pengesahan"), "identitas.tanggal_pengesahan"),
                signatory(identity.get("disahkan_oleh")),
                texts(top.get("dasar_hukum"), "dasar_hukum"),
                texts(top.get("kualifikasi_pelaksana"), "kualifikasi_pelaksana"),
                texts(top.get("keterkaitan"), "keterkaitan"),
                texts(top.get("peralatan_perlengkapan"), "peralatan_perlengkapan"),
                texts(top.get("peringatan"), "peringatan"),
                texts(top.get("pencatatan_pendataan"), "pencatatan_pendataan"));
        if (identityNode != null && textQuiet(identity.get("nama")) == null) {
            at(identity.getOrDefault("nama", identityNode), Severity.ERROR, "missing-field", "identitas.nama");
        }
        List<Actor> actors = lanes(top.get("pelaksana"), root);
        List<Activity> activities = rows(top.get("kegiatan"), root);
        return new Sop(code, header, actors, activities, unknown);
    }

    private Signatory signatory(Node node) {
        if (node == null) {
            return null;
        }
        locations.put("identitas.disahkan_oleh", node);
        Map<String, Node> fields = mapping(node, "identitas.disahkan_oleh", SIGNATORY_KEYS, "identitas.disahkan_oleh.");
        if (fields == null) {
            return null;
        }
        var signatory = new Signatory(
                text(fields.get("jabatan"), "identitas.disahkan_oleh.jabatan"),
                text(fields.get("nama"), "identitas.disahkan_oleh.nama"),
                text(fields.get("pangkat"), "identitas.disahkan_oleh.pangkat"),
                text(fields.get("nip"), "identitas.disahkan_oleh.nip"));
        boolean blank = signatory.position() == null
                && signatory.name() == null
                && signatory.rank() == null
                && signatory.nip() == null;
        return blank ? null : signatory;
    }

    private List<Actor> lanes(Node node, Node root) {
        List<Node> items = sequence(node, "pelaksana");
        if (items == null) {
            at(node == null ? root : node, Severity.ERROR, "missing-field", "pelaksana");
            return List.of();
        }
        if (items.isEmpty()) {
            at(node, Severity.ERROR, "missing-field", "pelaksana");
        }
        List<Actor> actors = new ArrayList<>();
        for (Node item : items) {
            String path = "pelaksana[" + actors.size() + "]";
            Map<String, Node> fields = mapping(item, path, LANE_KEYS, null);
            if (fields == null) {
                continue;
            }
            locations.put(path, item);
            String id = text(fields.get("id"), path + ".id");
            String name = text(fields.get("nama"), path + ".nama");
            ActorKind kind = null;
            String kindText = text(fields.get("jenis"), path + ".jenis");
            if (id == null) {
                at(item, Severity.ERROR, "missing-field", "pelaksana.id");
            } else if (!CODE.matcher(id).matches()) {
                at(fields.get("id"), Severity.ERROR, "invalid-code", id);
            }
            if (name == null) {
                at(fields.getOrDefault("nama", item), Severity.ERROR, "missing-field", "pelaksana.nama");
            }
            if (kindText == null) {
                at(fields.getOrDefault("jenis", item), Severity.ERROR, "missing-field", "pelaksana.jenis");
            } else {
                kind = ACTOR_KINDS.get(normalise(kindText));
                if (kind == null) {
                    at(fields.get("jenis"), Severity.ERROR, "unknown-actor-kind", kindText);
                }
            }
            keepUnknown(item, LANE_KEYS, "pelaksana." + (id == null ? actors.size() + 1 : id) + ".");
            actors.add(new Actor(id, name, kind));
        }
        return actors;
    }

    private List<Activity> rows(Node node, Node root) {
        List<Node> items = sequence(node, "kegiatan");
        if (items == null) {
            at(node == null ? root : node, Severity.ERROR, "missing-field", "kegiatan");
            return List.of();
        }
        if (items.isEmpty()) {
            at(node, Severity.ERROR, "missing-field", "kegiatan");
        }
        List<Activity> activities = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            Node item = items.get(index);
            String path = "kegiatan[" + activities.size() + "]";
            Map<String, Node> fields = mapping(item, path, ROW_KEYS, null);
            if (fields == null) {
                continue;
            }
            locations.put(path, item);
            Integer number = integer(fields.get("no"), path + ".no");
            if (fields.get("no") == null) {
                at(item, Severity.ERROR, "missing-field", "kegiatan.no");
            }
            String description = text(fields.get("uraian"), path + ".uraian");
            if (description == null) {
                at(fields.getOrDefault("uraian", item), Severity.ERROR, "missing-field", "kegiatan.uraian");
            }
            String actorId = text(fields.get("pelaksana"), path + ".pelaksana");
            Integer next = integer(fields.get("lanjut"), path + ".lanjut");
            Branch ya = branch(fields.get("ya"), path + ".ya");
            Branch tidak = branch(fields.get("tidak"), path + ".tidak");
            boolean hasBranches = fields.containsKey("ya") || fields.containsKey("tidak");
            Symbol symbol = symbol(fields.get("simbol"), path + ".simbol", hasBranches, index, items.size());
            Decision decision = symbol == Symbol.DECISION ? new Decision(ya, tidak) : null;
            if (symbol != null && symbol != Symbol.DECISION && hasBranches) {
                at(
                        fields.containsKey("ya") ? fields.get("ya") : fields.get("tidak"),
                        Severity.ERROR,
                        "branch-without-decision",
                        label(number));
            }
            Standard standard = standard(fields.get("mutu_baku"), path + ".mutu_baku", number);
            String remarks = text(fields.get("keterangan"), path + ".keterangan");
            keepUnknown(item, ROW_KEYS, "kegiatan." + (number == null ? "?" + (index + 1) : number) + ".");
            activities.add(new Activity(
                    number == null ? -1 : number, description, actorId, symbol, standard, remarks, next, decision));
        }
        return activities;
    }

    private Symbol symbol(Node node, String path, boolean hasBranches, int index, int rows) {
        String text = text(node, path);
        if (text == null) {
            // The form's conventions: the flow starts and ends in a terminator, a Ya/Tidak row is a decision.
            if (hasBranches) {
                return Symbol.DECISION;
            }
            return index == 0 || index == rows - 1 ? Symbol.TERMINATOR : Symbol.PROCESS;
        }
        Symbol symbol = SYMBOLS.get(normalise(text));
        if (symbol == null) {
            at(node, Severity.ERROR, "unknown-symbol", text);
            return hasBranches ? Symbol.DECISION : Symbol.PROCESS;
        }
        return symbol;
    }

    private Branch branch(Node node, String path) {
        if (node == null) {
            return null;
        }
        locations.put(path, node);
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        if (INTEGER.matcher(text).matches()) {
            return new Branch.ToStep(Integer.parseInt(text));
        }
        String word = normalise(text);
        if (word.equals("pemohon") || word.equals("kembali_ke_pemohon")) {
            return new Branch.ToApplicant();
        }
        at(node, Severity.ERROR, "invalid-branch", text);
        return null;
    }

    private Standard standard(Node node, String path, Integer number) {
        if (node == null) {
            return new Standard(List.of(), null, null);
        }
        Map<String, Node> fields = mapping(node, path, STANDARD_KEYS, null);
        if (fields == null) {
            return new Standard(List.of(), null, null);
        }
        String prefix = "kegiatan." + (number == null ? "?" : number) + ".mutu_baku.";
        keepUnknown(node, STANDARD_KEYS, prefix);
        return new Standard(
                texts(fields.get("kelengkapan"), path + ".kelengkapan"),
                time(fields.get("waktu"), path + ".waktu", prefix + "waktu."),
                text(fields.get("output"), path + ".output"));
    }

    private StandardTime time(Node node, String path, String unknownPrefix) {
        if (node == null) {
            return null;
        }
        locations.put(path, node);
        if (node instanceof ScalarNode) {
            String text = text(node, path);
            if (text == null) {
                return null;
            }
            Optional<StandardTime> parsed = Durations.parse(text);
            if (parsed.isEmpty()) {
                at(node, Severity.ERROR, "unparseable-duration", text);
            }
            return parsed.orElse(null);
        }
        Map<String, Node> fields = mapping(node, path, TIME_KEYS, null);
        if (fields == null) {
            return null;
        }
        keepUnknown(node, TIME_KEYS, unknownPrefix);
        String text = text(fields.get("teks"), path + ".teks");
        String amountText = text(fields.get("jumlah"), path + ".jumlah");
        String unitText = text(fields.get("satuan"), path + ".satuan");
        String basisText = text(fields.get("hitungan"), path + ".hitungan");
        StandardTime.TimeBasis basis = null;
        if (basisText != null) {
            basis = Durations.basis(basisText);
            if (basis == null) {
                at(fields.get("hitungan"), Severity.ERROR, "unparseable-duration", basisText);
                return null;
            }
        }
        StandardTime fromText = text == null ? null : Durations.parse(text).orElse(null);
        BigDecimal amount;
        StandardTime.TimeUnit unit;
        if (amountText != null || unitText != null) {
            amount = Durations.amount(amountText);
            unit = unitText == null ? null : Durations.unit(unitText);
            if (amount == null || unit == null) {
                at(
                        amount == null ? fields.getOrDefault("jumlah", node) : fields.get("satuan"),
                        Severity.ERROR,
                        "unparseable-duration",
                        amountText + " " + unitText);
                return null;
            }
        } else if (fromText != null) {
            amount = fromText.amount();
            unit = fromText.unit();
        } else {
            at(fields.getOrDefault("teks", node), Severity.ERROR, "unparseable-duration", String.valueOf(text));
            return null;
        }
        if (basis == null) {
            basis = fromText != null ? fromText.basis() : StandardTime.TimeBasis.WORKING;
        }
        if (text == null) {
            text = Durations.format(amount, unit);
        }
        return new StandardTime(amount, unit, basis, text);
    }

    // --- scalars and collections ------------------------------------------------------------------------------

    /**
     * The mapping's values by canonical key. Reports duplicate keys; unknown keys are reported as warnings and, when
     * {@code unknownPrefix} is given, kept under it; returns {@code null} when the node is not a mapping.
     */
    private Map<String, Node> mapping(Node node, String path, Map<String, String> known, String unknownPrefix) {
        if (!(node instanceof MappingNode mapping)) {
            if (node != null) {
                at(node, Severity.ERROR, "wrong-type", path.isEmpty() ? "/" : path, messages.get("sop.type.mapping"));
            }
            return null;
        }
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, String> spelled = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyText(tuple.getKeyNode());
            String canonical = key == null ? null : known.get(normalise(key));
            String identity = canonical != null ? canonical : key;
            if (spelled.containsKey(identity)) {
                at(tuple.getKeyNode(), Severity.ERROR, "duplicate-key", key, spelled.get(identity));
                continue;
            }
            spelled.put(identity, key);
            if (canonical != null) {
                values.put(canonical, tuple.getValueNode());
                locations.put((path.isEmpty() ? "" : path + ".") + canonical, tuple.getValueNode());
            } else if (unknownPrefix != null) {
                keepOne(tuple, unknownPrefix);
            }
        }
        return values;
    }

    /** Keeps the unknown keys of a mapping whose known keys were read by a call that kept none. */
    private void keepUnknown(Node node, Map<String, String> known, String prefix) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyText(tuple.getKeyNode());
                if (key != null && !known.containsKey(normalise(key)) && !unknown.containsKey(prefix + key)) {
                    keepOne(tuple, prefix);
                }
            }
        }
    }

    private void keepOne(NodeTuple tuple, String prefix) {
        String key = keyText(tuple.getKeyNode());
        if (key == null) {
            return;
        }
        String path = prefix.isEmpty() ? key : prefix + key;
        at(tuple.getKeyNode(), Severity.WARNING, "unknown-key", path);
        unknown.put(path, plain(tuple.getValueNode()));
    }

    private String keyText(Node key) {
        if (key instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        at(key, Severity.ERROR, "wrong-type", "key", messages.get("sop.type.text"));
        return null;
    }

    /** A value of an unknown key as plain Java data: text, list or map; YAML null becomes "" (maps hold no null). */
    private static Object plain(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.isPlain() && NULLS.contains(scalar.getValue()) ? "" : scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(SopReader::plain).toList();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            map.put(String.valueOf(plain(tuple.getKeyNode())), plain(tuple.getValueNode()));
        }
        return Collections.unmodifiableMap(map);
    }

    private List<Node> sequence(Node node, String path) {
        if (node == null) {
            return null;
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof ScalarNode scalar && scalar.isPlain() && NULLS.contains(scalar.getValue())) {
            return List.of();
        }
        at(node, Severity.ERROR, "wrong-type", path, messages.get("sop.type.list"));
        return null;
    }

    /** Text of a scalar, stripped; {@code null} for an absent, empty or null value. */
    private String text(Node node, String path) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode)) {
            at(node, Severity.ERROR, "wrong-type", path, messages.get("sop.type.text"));
            return null;
        }
        return textQuiet(node);
    }

    private static String textQuiet(Node node) {
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
    private List<String> texts(Node node, String path) {
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

    private Integer integer(Node node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        String digits = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (!INTEGER.matcher(digits).matches() || Integer.parseInt(digits) < 1) {
            at(node, Severity.ERROR, "invalid-number", text);
            return null;
        }
        return Integer.parseInt(digits);
    }

    private LocalDate date(Node node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = Dates.parse(text);
        if (date.isEmpty()) {
            at(node, Severity.ERROR, "invalid-date", text);
        }
        return date.orElse(null);
    }

    // --- problems ---------------------------------------------------------------------------------------------

    private static String label(Integer number) {
        return number == null ? "?" : number.toString();
    }

    private void at(Node node, Severity severity, String code, Object... args) {
        Mark mark = node == null ? null : node.getStartMark().orElse(null);
        problem(severity, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1, code, args);
    }

    private void problem(Severity severity, int line, int column, String code, Object... args) {
        problems.add(new SopProblem(file, line, column, severity, code, messages.get("sop.problem." + code, args)));
    }

    /** A key as the reader compares it: lower case, words joined by "_", so "Tgl Pengesahan" = "tgl_pengesahan". */
    static String normalise(String key) {
        String joined = key.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s/\\-.:]+", "_");
        return joined.replaceAll("^_+|_+$", "");
    }

    private static Map<String, String> aliases(String... canonicalThenAliases) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < canonicalThenAliases.length; i += 2) {
            String canonical = canonicalThenAliases[i];
            map.put(canonical, canonical);
            for (String alias : canonicalThenAliases[i + 1].split(" ")) {
                if (!alias.isEmpty()) {
                    map.put(normalise(alias), canonical);
                }
            }
        }
        return Map.copyOf(map);
    }

    /** Where each value of the file stood, by path ({@code kegiatan[2].ya}); a missing path falls back to its parent. */
    static final class Locations {

        private final Map<String, int[]> marks = new HashMap<>();

        void put(String path, Node node) {
            node.getStartMark()
                    .ifPresent(mark -> marks.put(path, new int[] {mark.getLine() + 1, mark.getColumn() + 1}));
        }

        /** {line, column} of the path or its nearest known parent, {1, 1} when nothing is known. */
        int[] of(String path) {
            String current = path;
            while (true) {
                int[] mark = marks.get(current);
                if (mark != null) {
                    return mark;
                }
                if (current.isEmpty()) {
                    return new int[] {1, 1};
                }
                int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
                current = cut < 0 ? "" : current.substring(0, cut);
            }
        }
    }
}
