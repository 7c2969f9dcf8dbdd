package id.alur.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit page offers every kind the code records, each with a label in both languages: a module that starts
 * recording a new kind adds it to {@link AuditKinds} and labels it in its bundle, or this fails.
 */
class AuditKindsTests {

    /** {@code AuditEvent.of("x.y")}, {@code record("x.y", ...)}, {@code ? "x.y" : "x.z"}: a dotted kind. */
    static final Pattern RECORDED = Pattern.compile(
            "(?:AuditEvent\\.of\\(\\s*|record[A-Za-z]*\\(\\s*(?:[a-z]+,\\s*)?|\\?\\s+|:\\s+)\"([a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*)\"");

    /** {@code AuditEvent.exported("ledger", ...)}: the kind {@code ledger.exported}. */
    static final Pattern EXPORTED = Pattern.compile("AuditEvent\\.exported\\(\\s*\"([a-z][a-z0-9-]*)\"");

    @Test
    void everyKindTheCodeRecordsIsOfferedOnThePage() throws IOException {
        Set<String> recorded = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/alur"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher kinds = RECORDED.matcher(code);
                while (kinds.find()) {
                    recorded.add(kinds.group(1));
                }
                Matcher exports = EXPORTED.matcher(code);
                while (exports.find()) {
                    recorded.add(exports.group(1) + ".exported");
                }
            }
        }
        recorded.remove("permohonan.viewed"); // the example in AuditEvent's Javadoc is also a real kind: listed
        assertThat(recorded).contains("ledger.exported", "user.created", "access.cross-office", "sop.published");
        assertThat(AuditKinds.ALL).containsAll(recorded).doesNotHaveDuplicates();
    }

    @Test
    void everyKindHasALabelInBothLanguages() throws IOException {
        Properties indonesian = new Properties();
        Properties english = new Properties();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path bundle : bundles.toList()) {
                try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    (bundle.toString().endsWith("_en.properties") ? english : indonesian).load(reader);
                }
            }
        }
        assertThat(indonesian.stringPropertyNames()).containsAll(AuditKinds.ALL);
        assertThat(english.stringPropertyNames()).containsAll(AuditKinds.ALL);
    }
}
