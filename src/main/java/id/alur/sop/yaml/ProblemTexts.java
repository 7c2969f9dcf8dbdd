package id.alur.sop.yaml;

/**
 * The user-facing text of a message key of {@code i18n/sop*.properties} with its {@code {0}}-style arguments, in the
 * reader's language; given by the caller so that reading needs no Spring.
 */
@FunctionalInterface
public interface ProblemTexts {

    String text(String key, Object... arguments);
}
