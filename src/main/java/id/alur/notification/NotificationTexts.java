package id.alur.notification;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of each kind of notification: a subject and a body with named {@code {placeholders}}, from the module's
 * message bundle ({@code notification.text.<KIND>.subject}, {@code .body}) in the recipient's language. Filling in is
 * plain substitution (DESIGN.md §4 "Templates": nothing in a template runs on the server); a placeholder without a
 * value is left as written. An office's own text of a kind ({@link NotificationTemplates}) replaces the Indonesian one.
 */
@Component
class NotificationTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final MessageSource messages;
    private final NotificationTemplates templates;

    NotificationTexts(MessageSource messages, NotificationTemplates templates) {
        this.messages = messages;
        this.templates = templates;
    }

    /**
     * The office's own text of the kind when it wrote one (in Indonesian, the language of the office: a user who chose
     * English gets the standard English text), else the standard text of the bundle.
     */
    Message render(
            String officeCode,
            NotificationKind kind,
            Locale locale,
            Map<String, String> values,
            @Nullable String link) {
        if (!"en".equals(locale.getLanguage())) {
            var own = templates.find(officeCode, kind);
            if (own.isPresent()) {
                return new Message(
                        fill(own.get().subject(), values), fill(own.get().body(), values), link);
            }
        }
        return render(kind, locale, values, link);
    }

    /** The standard text of the kind in the language. */
    Message render(NotificationKind kind, Locale locale, Map<String, String> values, @Nullable String link) {
        // No arguments: the bundle's text comes back as written, without MessageFormat's reading of braces and quotes.
        String subject = messages.getMessage("notification.text." + kind + ".subject", null, locale);
        String body = messages.getMessage("notification.text." + kind + ".body", null, locale);
        return new Message(fill(subject, values), fill(body, values), link);
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
