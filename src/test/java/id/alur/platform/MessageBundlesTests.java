package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module's Indonesian and English bundles have the same keys and no empty texts, no key is defined by two
 * modules, and every message key a template names exists.
 */
class MessageBundlesTests {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** {@code #{key}} and {@code #{key(args)}}; keys built at run time ({@code #{${...}}}) cannot be checked here. */
    static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)");

    /** Message keys passed to fragments as literals, e.g. {@code textField('name', 'office.office.name', ...)}. */
    static final Pattern KEY_LITERAL = Pattern.compile(
            "'((?:platform|sop|calendar|office|registry|workflow|casework|letter|report|portal)\\.[A-Za-z0-9_.]+)'");

    @Test
    void indonesianAndEnglishBundlesHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        List<String> modules = modules();
        assertThat(modules).contains("platform", "office");
        for (String module : modules) {
            Properties indonesian = load(BUNDLES.resolve(module + ".properties"));
            Properties english = load(BUNDLES.resolve(module + "_en.properties"));
            assertThat(english.stringPropertyNames())
                    .as("keys of %s_en.properties", module)
                    .containsExactlyInAnyOrderElementsOf(indonesian.stringPropertyNames());
            for (Properties bundle : List.of(indonesian, english)) {
                bundle.forEach((key, text) -> assertThat(text.toString().trim())
                        .as("text of %s in module %s", key, module)
                        .isNotEmpty());
            }
        }
    }

    @Test
    void noKeyIsDefinedByTwoModules() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (String module : modules()) {
            for (String key : load(BUNDLES.resolve(module + ".properties")).stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, module);
                if (previous != null) {
                    duplicates.add(key + " (" + previous + ", " + module + ")");
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String module : modules()) {
            keys.addAll(load(BUNDLES.resolve(module + ".properties")).stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                for (Pattern pattern : List.of(MESSAGE_EXPRESSION, KEY_LITERAL)) {
                    Matcher matcher = pattern.matcher(html);
                    while (matcher.find()) {
                        checked++;
                        String key = matcher.group(1);
                        // 'office.kind.' + kind: a key built at run time; at least its family must exist.
                        boolean found =
                                key.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
                        if (!found) {
                            missing.add(matcher.group(1) + " in " + TEMPLATES.relativize(template));
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    /** The modules with a bundle: every {@code <module>.properties} of the i18n folder. */
    static List<String> modules() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList();
        }
    }

    static Properties load(Path file) throws IOException {
        assertThat(file).exists();
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
