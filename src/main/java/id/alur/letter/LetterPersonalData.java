package id.alur.letter;

import id.alur.casework.PermohonanService;
import id.alur.casework.PermohonanView;
import id.alur.platform.AuditSubject;
import id.alur.platform.PersonalDataSection;
import id.alur.platform.PersonalDataSection.Field;
import id.alur.platform.PersonalDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The letters issued on the applications a person is in, for the data subject's access (UU 27/2022 Pasal 32): number,
 * kind, day, subject, signer and, for a revoked one, when and why.
 */
@Component
class LetterPersonalData implements PersonalDataSource {

    private final PermohonanService permohonan;
    private final LetterService letters;
    private final MessageSource messages;

    LetterPersonalData(PermohonanService permohonan, LetterService letters, MessageSource messages) {
        this.permohonan = permohonan;
        this.letters = letters;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<PersonalDataSection> about(String nik, @Nullable List<String> offices, Locale locale) {
        List<PersonalDataSection.Item> items = new ArrayList<>();
        for (PermohonanView view : permohonan.withPerson(nik)) {
            if (view.workflowCaseId() == null || (offices != null && !offices.contains(view.officeCode()))) {
                continue;
            }
            for (LetterView letter : letters.forCase(view.workflowCaseId())) {
                List<Field> fields = new ArrayList<>();
                fields.add(new Field(text("letter.personalData.application", locale), view.trackingNumber()));
                fields.add(new Field(
                        text("letter.personalData.kind", locale),
                        text(letter.kind().messageKey(), locale)));
                fields.add(new Field(
                        text("letter.personalData.issuedOn", locale),
                        letter.issuedOn().toString()));
                if (letter.subject() != null) {
                    fields.add(new Field(text("letter.personalData.subject", locale), letter.subject()));
                }
                fields.add(new Field(
                        text("letter.personalData.signer", locale),
                        letter.signerName() + " (" + letter.signerTitle() + ")"));
                if (letter.revokedAt() != null) {
                    fields.add(new Field(
                            text("letter.personalData.revoked", locale), String.valueOf(letter.revokedReason())));
                }
                items.add(new PersonalDataSection.Item(
                        letter.number(),
                        letter.officeCode(),
                        fields,
                        List.of(new AuditSubject(
                                "letter", String.valueOf(letter.id().value())))));
            }
        }
        return List.of(new PersonalDataSection(text("letter.personalData.title", locale), items));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
