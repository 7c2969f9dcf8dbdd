package id.alur.casework;

import id.alur.platform.AuditSubject;
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
 * What casework holds about a person, for the data subject's access (UU 27/2022 Pasal 32): every application they are
 * in, as applicant (with the household they declared, their contact and the papers and notes of the application) or
 * as a household member (only their own row: the rest is the applicant's data).
 */
@Component
class PermohonanPersonalData implements PersonalDataSource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final PermohonanService permohonan;
    private final PermohonanViews views;
    private final MessageSource messages;

    PermohonanPersonalData(PermohonanService permohonan, PermohonanViews views, MessageSource messages) {
        this.permohonan = permohonan;
        this.views = views;
        this.messages = messages;
    }

    @Override
    public List<PersonalDataSection> about(String nik, @Nullable List<String> offices, Locale locale) {
        List<PersonalDataSection.Item> items = new ArrayList<>();
        for (PermohonanView view : permohonan.withPerson(nik)) {
            if (offices != null && !offices.contains(view.officeCode())) {
                continue;
            }
            items.add(item(view, nik, locale));
        }
        return List.of(new PersonalDataSection(text("casework.personalData.title", locale), items));
    }

    private PersonalDataSection.Item item(PermohonanView view, String nik, Locale locale) {
        ZoneId zone = ZoneId.of("Asia/Jakarta");
        List<Field> fields = new ArrayList<>();
        field(fields, "casework.personalData.service", view.sopName() + " (" + view.sopCode() + ")", locale);
        field(
                fields,
                "casework.personalData.submittedAt",
                TIME.format(view.submittedAt().atZone(zone)),
                locale);
        field(fields, "casework.personalData.status", view.status().name(), locale);
        ApplicantView applicant = view.applicant();
        if (applicant.nik().equals(nik)) {
            field(fields, "casework.personalData.role", text("casework.personalData.applicant", locale), locale);
            field(fields, "casework.personalData.name", applicant.name(), locale);
            field(fields, "casework.personalData.nik", applicant.nik(), locale);
            field(fields, "casework.personalData.familyCard", applicant.familyCardNumber(), locale);
            field(
                    fields,
                    "casework.personalData.birthDate",
                    applicant.birthDate().toString(),
                    locale);
            field(
                    fields,
                    "casework.personalData.sex",
                    text("casework.sex." + applicant.sex().name(), locale),
                    locale);
            field(
                    fields,
                    "casework.personalData.address",
                    applicant.address() + ", " + applicant.villageName(),
                    locale);
            field(fields, "casework.personalData.phone", applicant.phone(), locale);
            views.consentedContact(view.id())
                    .ifPresent(contact -> field(
                            fields,
                            "casework.personalData.contact",
                            (contact.email() == null ? "" : contact.email() + ", ") + contact.phone(),
                            locale));
            for (HouseholdMemberView member : view.householdMembers()) {
                field(
                        fields,
                        "casework.personalData.householdMember",
                        member.name() + " ("
                                + text(
                                        "casework.relationship."
                                                + member.relationship().name(),
                                        locale) + ")",
                        locale);
            }
            for (DocumentView document : view.documents()) {
                field(
                        fields,
                        "casework.personalData.document",
                        document.fileName() + ", "
                                + TIME.format(document.uploadedAt().atZone(zone)),
                        locale);
            }
            for (NoteView note : view.notes()) {
                field(
                        fields,
                        "casework.personalData.note",
                        TIME.format(note.writtenAt().atZone(zone)) + " " + note.authorName() + ": " + note.body(),
                        locale);
            }
        } else {
            view.householdMembers().stream()
                    .filter(member -> member.nik().equals(nik))
                    .forEach(member -> {
                        field(
                                fields,
                                "casework.personalData.role",
                                text("casework.personalData.member", locale)
                                        + " ("
                                        + text(
                                                "casework.relationship."
                                                        + member.relationship().name(),
                                                locale)
                                        + ")",
                                locale);
                        field(fields, "casework.personalData.name", member.name(), locale);
                        field(fields, "casework.personalData.nik", member.nik(), locale);
                    });
        }
        return new PersonalDataSection.Item(
                view.trackingNumber(),
                view.officeCode(),
                fields,
                List.of(new AuditSubject("permohonan", String.valueOf(view.id().value()))));
    }

    private void field(List<Field> fields, String key, @Nullable String value, Locale locale) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(text(key, locale), value.strip()));
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
