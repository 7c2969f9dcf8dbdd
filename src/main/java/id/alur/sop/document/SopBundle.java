package id.alur.sop.document;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages of module sop ({@code i18n/sop*.properties}) for the renderers that run without an application
 * context: the document here and the BPMN export (the command line uses both). Indonesian is the base bundle,
 * whatever the machine's locale.
 */
public final class SopBundle {

    public static final MessageSource MESSAGES = create();

    private SopBundle() {}

    private static MessageSource create() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/sop");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
