package id.alur.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CalendarMessagesTests {

    @Test
    void indonesianAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties indonesian = load("i18n/calendar.properties");
        Properties english = load("i18n/calendar_en.properties");
        assertThat(indonesian.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
    }

    /** MessageFormat drops a single apostrophe and everything up to the next one, placeholders included. */
    @Test
    void usesNoApostrophesThatMessageFormatWouldSwallow() throws IOException {
        for (String bundle : new String[] {"i18n/calendar.properties", "i18n/calendar_en.properties"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                assertThat(messages.getProperty(key).replace("''", ""))
                        .as("%s in %s", key, bundle)
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void namesEveryHolidayKindExceptionKindAndIndonesianZone() throws IOException {
        Properties indonesian = load("i18n/calendar.properties");
        for (HolidayKind kind : HolidayKind.values()) {
            assertThat(indonesian).containsKey("calendar.holidayKind." + kind.name());
        }
        for (OfficeExceptionKind kind : OfficeExceptionKind.values()) {
            assertThat(indonesian).containsKey("calendar.exceptionKind." + kind.name());
        }
        for (var zone : WorkingCalendar.INDONESIAN_ZONES) {
            assertThat(indonesian).containsKey("calendar.zone." + zone.getId());
        }
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = CalendarMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
