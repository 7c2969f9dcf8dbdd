package id.alur.sop;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The module's user-facing texts from {@code i18n/sop*.properties}, read with {@link ResourceBundle} so the command
 * line needs no Spring; Spring's MessageSource reads the same files. Indonesian is the base bundle: any locale other
 * than English gets it, whatever the machine's default locale is.
 */
final class SopMessages {

    static final String BUNDLE = "i18n/sop";

    private final ResourceBundle bundle;
    private final Locale locale;

    private SopMessages(Locale locale) {
        this.locale = isEnglish(locale) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static SopMessages of(Locale locale) {
        return new SopMessages(locale == null ? Locale.ROOT : locale);
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    Locale locale() {
        return locale;
    }

    /** The text of {@code key} with its {@code {0}}-style arguments filled in; arguments are shown as given. */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(texts);
    }
}
