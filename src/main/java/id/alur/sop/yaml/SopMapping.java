package id.alur.sop.yaml;

import id.alur.sop.Activity;
import id.alur.sop.Actor;
import id.alur.sop.ActorKind;
import id.alur.sop.Branch;
import id.alur.sop.Decision;
import id.alur.sop.Severity;
import id.alur.sop.Signatory;
import id.alur.sop.Sop;
import id.alur.sop.SopHeader;
import id.alur.sop.Standard;
import id.alur.sop.StandardTime;
import id.alur.sop.Symbol;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Maps the nodes of an SOP file to the model (docs/sop-format.md): identity, lanes, rows with their branches and Mutu
 * Baku. Collects every problem instead of stopping at the first, and builds the model as far as it can even then, so
 * that the validator's checks can still run on what was readable.
 */
final class SopMapping {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern STEP = Pattern.compile("\\d{1,6}");

    private static final Map<String, ActorKind> ACTOR_KINDS = Map.of(
            "jabatan", ActorKind.POSITION,
            "pemohon", ActorKind.APPLICANT,
            "pihak_luar", ActorKind.OUTSIDE_PARTY);

    private static final Map<String, Symbol> SYMBOLS = Map.of(
            "terminator", Symbol.TERMINATOR,
            "proses", Symbol.PROCESS,
            "keputusan", Symbol.DECISION,
            "konektor", Symbol.CONNECTOR);

    private final Problems problems;
    private final Locations locations;
    private final NodeReader nodes;

    SopMapping(Problems problems, Locations locations, ProblemTexts texts) {
        this.problems = problems;
        this.locations = locations;
        this.nodes = new NodeReader(problems, locations, texts);
    }

    /** The SOP of the root node; {@code null} when the root is not a mapping. */
    @Nullable
    Sop sop(Node root) {
        Map<String, Node> top = nodes.mapping(root, "", Keys.TOP, "");
        if (top == null) {
            return null;
        }
        locations.put("", root);
        String code = nodes.text(top.get("kode"), "kode");
        if (code == null) {
            problems.at(root, "kode", Severity.ERROR, "missing-field", "kode");
        } else if (!CODE.matcher(code).matches()) {
            problems.at(top.get("kode"), "kode", Severity.ERROR, "invalid-code", code);
        }
        Node identityNode = top.get("identitas");
        Map<String, Node> identity = identityNode == null
                ? Map.of()
                : Optional.ofNullable(nodes.mapping(identityNode, "identitas", Keys.IDENTITY, "identitas."))
                        .orElse(Map.of());
        if (identityNode == null) {
            problems.at(root, "identitas", Severity.ERROR, "missing-field", "identitas");
        }
        SopHeader header = new SopHeader(
                nodes.text(identity.get("instansi"), "identitas.instansi"),
                nodes.text(identity.get("unit"), "identitas.unit"),
                nodes.text(identity.get("nomor"), "identitas.nomor"),
                nodes.text(identity.get("nama"), "identitas.nama"),
                nodes.date(identity.get("tanggal_pembuatan"), "identitas.tanggal_pembuatan"),
                nodes.date(identity.get("tanggal_revisi"), "identitas.tanggal_revisi"),
                nodes.date(identity.get("tanggal_efektif"), "identitas.tanggal_efektif"),
                nodes.date(identity.get("tanggal_pengesahan"), "identitas.tanggal_pengesahan"),
                signatory(identity.get("disahkan_oleh")),
                nodes.texts(top.get("dasar_hukum"), "dasar_hukum"),
                nodes.texts(top.get("kualifikasi_pelaksana"), "kualifikasi_pelaksana"),
                nodes.texts(top.get("keterkaitan"), "keterkaitan"),
                nodes.texts(top.get("peralatan_perlengkapan"), "peralatan_perlengkapan"),
                nodes.texts(top.get("peringatan"), "peringatan"),
                nodes.texts(top.get("pencatatan_pendataan"), "pencatatan_pendataan"));
        if (identityNode != null && NodeReader.textQuiet(identity.get("nama")) == null) {
            problems.at(
                    identity.getOrDefault("nama", identityNode),
                    "identitas.nama",
                    Severity.ERROR,
                    "missing-field",
                    "identitas.nama");
        }
        List<Actor> actors = lanes(top.get("pelaksana"), root);
        List<Activity> activities = rows(top.get("kegiatan"), root);
        return new Sop(code, header, actors, activities, nodes.unknown());
    }

    private @Nullable Signatory signatory(@Nullable Node node) {
        if (node == null) {
            return null;
        }
        String path = "identitas.disahkan_oleh";
        locations.put(path, node);
        Map<String, Node> fields = nodes.mapping(node, path, Keys.SIGNATORY, path + ".");
        if (fields == null) {
            return null;
        }
        var signatory = new Signatory(
                nodes.text(fields.get("jabatan"), path + ".jabatan"),
                nodes.text(fields.get("nama"), path + ".nama"),
                nodes.text(fields.get("pangkat"), path + ".pangkat"),
                nodes.text(fields.get("nip"), path + ".nip"));
        boolean blank = signatory.position() == null
                && signatory.name() == null
                && signatory.rank() == null
                && signatory.nip() == null;
        return blank ? null : signatory;
    }

    private List<Actor> lanes(@Nullable Node node, Node root) {
        List<Node> items = nodes.sequence(node, "pelaksana");
        if (items == null) {
            problems.at(node == null ? root : node, "pelaksana", Severity.ERROR, "missing-field", "pelaksana");
            return List.of();
        }
        if (items.isEmpty()) {
            problems.at(node, "pelaksana", Severity.ERROR, "missing-field", "pelaksana");
        }
        List<Actor> actors = new ArrayList<>();
        for (Node item : items) {
            String path = "pelaksana[" + actors.size() + "]";
            Map<String, Node> fields = nodes.mapping(item, path, Keys.LANE, null);
            if (fields == null) {
                continue;
            }
            locations.put(path, item);
            String id = nodes.text(fields.get("id"), path + ".id");
            String name = nodes.text(fields.get("nama"), path + ".nama");
            ActorKind kind = null;
            String kindText = nodes.text(fields.get("jenis"), path + ".jenis");
            if (id == null) {
                problems.at(item, path + ".id", Severity.ERROR, "missing-field", "pelaksana.id");
            } else if (!CODE.matcher(id).matches()) {
                problems.at(fields.get("id"), path + ".id", Severity.ERROR, "invalid-code", id);
            }
            if (name == null) {
                problems.at(
                        fields.getOrDefault("nama", item),
                        path + ".nama",
                        Severity.ERROR,
                        "missing-field",
                        "pelaksana.nama");
            }
            if (kindText == null) {
                problems.at(
                        fields.getOrDefault("jenis", item),
                        path + ".jenis",
                        Severity.ERROR,
                        "missing-field",
                        "pelaksana.jenis");
            } else {
                kind = ACTOR_KINDS.get(Keys.normalise(kindText));
                if (kind == null) {
                    problems.at(fields.get("jenis"), path + ".jenis", Severity.ERROR, "unknown-actor-kind", kindText);
                }
            }
            nodes.keepUnknown(item, Keys.LANE, "pelaksana." + (id == null ? actors.size() + 1 : id) + ".");
            actors.add(new Actor(id, name, kind));
        }
        return actors;
    }

    private List<Activity> rows(@Nullable Node node, Node root) {
        List<Node> items = nodes.sequence(node, "kegiatan");
        if (items == null) {
            problems.at(node == null ? root : node, "kegiatan", Severity.ERROR, "missing-field", "kegiatan");
            return List.of();
        }
        if (items.isEmpty()) {
            problems.at(node, "kegiatan", Severity.ERROR, "missing-field", "kegiatan");
        }
        List<Activity> activities = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            Node item = items.get(index);
            String path = "kegiatan[" + activities.size() + "]";
            Map<String, Node> fields = nodes.mapping(item, path, Keys.ROW, null);
            if (fields == null) {
                continue;
            }
            locations.put(path, item);
            Integer number = nodes.integer(fields.get("no"), path + ".no");
            if (fields.get("no") == null) {
                problems.at(item, path + ".no", Severity.ERROR, "missing-field", "kegiatan.no");
            }
            String description = nodes.text(fields.get("uraian"), path + ".uraian");
            if (description == null) {
                problems.at(
                        fields.getOrDefault("uraian", item),
                        path + ".uraian",
                        Severity.ERROR,
                        "missing-field",
                        "kegiatan.uraian");
            }
            String actorId = nodes.text(fields.get("pelaksana"), path + ".pelaksana");
            Integer next = nodes.integer(fields.get("lanjut"), path + ".lanjut");
            Branch ya = branch(fields.get("ya"), path + ".ya");
            Branch tidak = branch(fields.get("tidak"), path + ".tidak");
            boolean hasBranches = fields.containsKey("ya") || fields.containsKey("tidak");
            Symbol symbol = symbol(fields.get("simbol"), path + ".simbol", hasBranches, index, items.size());
            Decision decision = symbol == Symbol.DECISION ? new Decision(ya, tidak) : null;
            if (symbol != Symbol.DECISION && hasBranches) {
                String branch = fields.containsKey("ya") ? "ya" : "tidak";
                problems.at(
                        fields.get(branch),
                        path + "." + branch,
                        Severity.ERROR,
                        "branch-without-decision",
                        label(number));
            }
            Standard standard = standard(fields.get("mutu_baku"), path + ".mutu_baku", number);
            String remarks = nodes.text(fields.get("keterangan"), path + ".keterangan");
            nodes.keepUnknown(item, Keys.ROW, "kegiatan." + (number == null ? "?" + (index + 1) : number) + ".");
            activities.add(new Activity(
                    number == null ? -1 : number, description, actorId, symbol, standard, remarks, next, decision));
        }
        return activities;
    }

    private Symbol symbol(@Nullable Node node, String path, boolean hasBranches, int index, int rows) {
        String text = nodes.text(node, path);
        if (text == null) {
            // The form's conventions: the flow starts and ends in a terminator, a Ya/Tidak row is a decision.
            if (hasBranches) {
                return Symbol.DECISION;
            }
            return index == 0 || index == rows - 1 ? Symbol.TERMINATOR : Symbol.PROCESS;
        }
        Symbol symbol = SYMBOLS.get(Keys.normalise(text));
        if (symbol == null) {
            problems.at(node, path, Severity.ERROR, "unknown-symbol", text);
            return hasBranches ? Symbol.DECISION : Symbol.PROCESS;
        }
        return symbol;
    }

    private @Nullable Branch branch(@Nullable Node node, String path) {
        if (node == null) {
            return null;
        }
        locations.put(path, node);
        String text = nodes.text(node, path);
        if (text == null) {
            return null;
        }
        if (STEP.matcher(text).matches()) {
            return new Branch.ToStep(Integer.parseInt(text));
        }
        String word = Keys.normalise(text);
        if (word.equals("pemohon") || word.equals("kembali_ke_pemohon")) {
            return new Branch.ToApplicant();
        }
        if (word.equals("tolak") || word.equals("ditolak")) {
            return new Branch.Refuse();
        }
        problems.at(node, path, Severity.ERROR, "invalid-branch", text);
        return null;
    }

    private Standard standard(@Nullable Node node, String path, @Nullable Integer number) {
        if (node == null) {
            return new Standard(List.of(), null, null);
        }
        Map<String, Node> fields = nodes.mapping(node, path, Keys.STANDARD, null);
        if (fields == null) {
            return new Standard(List.of(), null, null);
        }
        String prefix = "kegiatan." + (number == null ? "?" : number) + ".mutu_baku.";
        nodes.keepUnknown(node, Keys.STANDARD, prefix);
        return new Standard(
                nodes.texts(fields.get("kelengkapan"), path + ".kelengkapan"),
                time(fields.get("waktu"), path + ".waktu", prefix + "waktu."),
                nodes.text(fields.get("output"), path + ".output"));
    }

    /** A standard time in its short form ("15 Menit") or with its parts (jumlah, satuan, hitungan, teks). */
    private @Nullable StandardTime time(@Nullable Node node, String path, String unknownPrefix) {
        if (node == null) {
            return null;
        }
        locations.put(path, node);
        if (node instanceof ScalarNode) {
            String text = nodes.text(node, path);
            if (text == null) {
                return null;
            }
            Optional<StandardTime> parsed = Durations.parse(text);
            if (parsed.isEmpty()) {
                problems.at(node, path, Severity.ERROR, "unparseable-duration", text);
            }
            return parsed.orElse(null);
        }
        Map<String, Node> fields = nodes.mapping(node, path, Keys.TIME, null);
        if (fields == null) {
            return null;
        }
        nodes.keepUnknown(node, Keys.TIME, unknownPrefix);
        String text = nodes.text(fields.get("teks"), path + ".teks");
        String amountText = nodes.text(fields.get("jumlah"), path + ".jumlah");
        String unitText = nodes.text(fields.get("satuan"), path + ".satuan");
        String basisText = nodes.text(fields.get("hitungan"), path + ".hitungan");
        StandardTime.TimeBasis basis = null;
        if (basisText != null) {
            basis = Durations.basis(basisText);
            if (basis == null) {
                problems.at(
                        fields.get("hitungan"), path + ".hitungan", Severity.ERROR, "unparseable-duration", basisText);
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
                boolean amountWrong = amount == null;
                problems.at(
                        amountWrong ? fields.getOrDefault("jumlah", node) : fields.get("satuan"),
                        path + (amountWrong ? ".jumlah" : ".satuan"),
                        Severity.ERROR,
                        "unparseable-duration",
                        amountText + " " + unitText);
                return null;
            }
        } else if (fromText != null) {
            amount = fromText.amount();
            unit = fromText.unit();
        } else {
            problems.at(
                    fields.getOrDefault("teks", node),
                    path + ".teks",
                    Severity.ERROR,
                    "unparseable-duration",
                    String.valueOf(text));
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

    private static String label(@Nullable Integer number) {
        return number == null ? "?" : number.toString();
    }
}
