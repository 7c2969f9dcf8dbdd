package id.alur.casework;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The official list of region codes, shipped as {@code casework/wilayah.csv} (see NOTICE). NIK and KK numbers
 * begin with the kecamatan code without dots; addresses name a desa/kelurahan.
 */
final class RegionCodes {

    static final String RESOURCE = "casework/wilayah.csv";

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> childrenByParent;
    private final List<Region> villages;

    private RegionCodes(List<Region> regions) {
        var codes = new HashMap<String, Region>(regions.size() * 2);
        var children = new HashMap<String, List<Region>>();
        var villageList = new ArrayList<Region>();
        for (Region region : regions) {
            codes.put(region.code(), region);
            children.computeIfAbsent(parentCode(region.code()), k -> new ArrayList<>())
                    .add(region);
            if (region.level() == Region.Level.VILLAGE) {
                villageList.add(region);
            }
        }
        children.values().forEach(list -> list.sort((a, b) -> a.code().compareTo(b.code())));
        children.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = Map.copyOf(codes);
        this.childrenByParent = Map.copyOf(children);
        this.villages = List.copyOf(villageList);
    }

    /** The list shipped with the application, read once per JVM. */
    static RegionCodes official() {
        return Shipped.INSTANCE;
    }

    static RegionCodes read(InputStream csv) throws IOException {
        var regions = new ArrayList<Region>(92_000);
        try (var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line == null || !line.equals("kode,nama")) {
                throw new IOException("Region list must start with the header 'kode,nama', was: " + line);
            }
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (comma < 0) {
                    throw new IOException("Region list line " + lineNumber + " has no comma");
                }
                String code = line.substring(0, comma).trim();
                String name = line.substring(comma + 1).trim();
                if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
                }
                regions.add(new Region(code, name));
            }
        }
        return new RegionCodes(regions);
    }

    Optional<Region> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(dotted(code.trim())));
    }

    /** The kecamatan named by the first six digits of a NIK or KK number. */
    Optional<Region> districtOfIdentityNumber(String sixteenDigits) {
        return find(sixteenDigits.substring(0, 6));
    }

    List<Region> provinces() {
        return childrenByParent.getOrDefault("", List.of());
    }

    List<Region> children(String parentCode) {
        return childrenByParent.getOrDefault(dotted(parentCode), List.of());
    }

    /** The region and the regions above it, province first. */
    List<Region> path(Region region) {
        var path = new ArrayList<Region>(4);
        String code = region.code();
        while (!code.isEmpty()) {
            Region found = byCode.get(code);
            if (found != null) {
                path.add(found);
            }
            code = parentCode(code);
        }
        Collections.reverse(path);
        return path;
    }

    /** Villages whose name contains every word of the query, in code order, at most {@code limit}. */
    List<Region> searchVillages(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        var found = new ArrayList<Region>();
        for (Region village : villages) {
            String name = village.name().toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String word : words) {
                if (!name.contains(word)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                found.add(village);
                if (found.size() >= limit) {
                    break;
                }
            }
        }
        return found;
    }

    int size() {
        return byCode.size();
    }

    /** {@code 3317012001} and {@code 33.17.01.2001} name the same village; the list uses dots. */
    static String dotted(String code) {
        if (code.indexOf('.') >= 0 || code.length() <= 2) {
            return code;
        }
        var sb = new StringBuilder(code.length() + 3);
        for (int i = 0; i < code.length(); i++) {
            if (i == 2 || i == 4 || i == 6) {
                sb.append('.');
            }
            sb.append(code.charAt(i));
        }
        return sb.toString();
    }

    private static String parentCode(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? "" : code.substring(0, dot);
    }

    private static final class Shipped {
        static final RegionCodes INSTANCE = load();

        private static RegionCodes load() {
            try (InputStream in = RegionCodes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Region list " + RESOURCE + " is missing from the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
