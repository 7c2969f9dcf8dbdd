package id.alur.registry;

import id.alur.platform.PersonalDataSection;
import id.alur.platform.PersonalDataSection.Field;
import id.alur.platform.PersonalDataSource;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The person's rows in the office's imported DTSEN/DTKS editions, for the data subject's access (UU 27/2022 Pasal
 * 32): name, KK, desil, region, status, and which edition (source, imported when) they come from.
 */
@Component
class RegistryPersonalData implements PersonalDataSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final RegistryEditions editions;
    private final MessageSource messages;

    RegistryPersonalData(RegistryEditions editions, MessageSource messages) {
        this.editions = editions;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<PersonalDataSection> about(String nik, @Nullable List<String> offices, Locale locale) {
        List<PersonalDataSection.Item> items = new ArrayList<>();
        for (RegistryEntry entry : editions.entriesOf(nik, offices)) {
            RegistryEdition edition = entry.edition();
            List<Field> fields = new ArrayList<>();
            fields.add(new Field(text("registry.personalData.name", locale), entry.name()));
            if (entry.familyNumber() != null) {
                fields.add(new Field(text("registry.personalData.familyNumber", locale), entry.familyNumber()));
            }
            fields.add(new Field(text("registry.personalData.desil", locale), String.valueOf(entry.desil())));
            if (entry.regionCode() != null) {
                fields.add(new Field(text("registry.personalData.region", locale), entry.regionCode()));
            }
            if (entry.status() != null) {
                fields.add(new Field(text("registry.personalData.status", locale), entry.status()));
            }
            fields.add(new Field(
                    text("registry.personalData.edition", locale),
                    edition.sourceName() + ", "
                            + DAY.format(edition.importedAt().atZone(ZoneId.of("Asia/Jakarta")))));
            items.add(new PersonalDataSection.Item(
                    edition.sourceName(),
                    edition.officeCode(),
                    fields,
                    // a look-up is recorded about the person (PersonPseudonyms), which the report adds itself,
                    // also for a NIK found in no edition
                    List.of()));
        }
        return List.of(new PersonalDataSection(text("registry.personalData.title", locale), items));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
