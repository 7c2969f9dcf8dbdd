package id.alur.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LetterMessagesTests {

    static final Pattern KEY = Pattern.compile("(?:\"|#\\{)(letter\\.[a-z0-9.-]+[a-z0-9])[\"}(]");

    @Test
    void indonesianAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/letter.properties").stringPropertyNames())
                .isNotEmpty()
                .isEqualTo(load("i18n/letter_en.properties").stringPropertyNames());
    }

    @Test
    void namesEveryLetterKind() throws IOException {
        Properties indonesian = load("i18n/letter.properties");
        for (LetterKind kind : LetterKind.values()) {
            assertThat(indonesian).containsKey(kind.messageKey());
        }
    }

    @Test
    void hasEveryKeyTheCodeAndTheTemplatesUse() throws IOException {
        Properties indonesian = load("i18n/letter.properties");
        var used = new TreeSet<String>();
        for (String root : new String[] {
            "src/main/java/id/alur/letter",
            "src/main/java/id/alur/portal",
            "src/main/resources/templates/letter",
            "src/main/resources/templates/portal"
        }) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    var matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(indonesian.stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = LetterMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
