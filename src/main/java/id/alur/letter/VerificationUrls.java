package id.alur.letter;

import id.alur.platform.DatabaseSettings;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Builds the public verification URL a letter's QR code carries: {@code {alur.public-base-url}/publik/verifikasi/{code}}.
 * Only the embedded demo (the embedded database with its demo data) falls back to {@code http://localhost:8080};
 * anywhere else an unset address would print QR codes nobody can open, so no letter is issued until it is set
 * (issue 14 item 8): {@link #requireConfigured} refuses (422 naming {@code alur.public-base-url}) and the office's
 * letter page says why.
 */
@Component
class VerificationUrls {

    static final String PATH = "/publik/verifikasi/";
    static final String PROPERTY = "alur.public-base-url";
    static final String DEMO_BASE = "http://localhost:8080";

    private static final Logger log = LoggerFactory.getLogger(VerificationUrls.class);

    private final @Nullable String base;

    @Autowired
    VerificationUrls(Environment environment) {
        this(environment.getProperty(PROPERTY, ""), DatabaseSettings.embeddedDemo(environment));
    }

    VerificationUrls(String configured, boolean embeddedDemo) {
        if (configured.isBlank()) {
            this.base = embeddedDemo ? DEMO_BASE : null;
            if (!embeddedDemo) {
                log.warn("{} is not set: no letter is issued until it names Alur's public address", PROPERTY);
            }
            return;
        }
        URI uri = URI.create(configured);
        if (!uri.isAbsolute()
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getHost() == null
                || uri.getQuery() != null
                || uri.getFragment() != null) {
            throw new IllegalArgumentException(
                    PROPERTY + " must be an absolute http(s) URL without query, was " + configured);
        }
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    boolean configured() {
        return base != null;
    }

    /** Refuses, naming the setting, while no public address is known. */
    void requireConfigured() {
        if (base == null) {
            throw new InvalidLetterInputException(PROPERTY, "letter.public-address.unset");
        }
    }

    /** A URL for a sample letter (a template's preview), which is never handed out: the demo's address when unset. */
    String sample(String code) {
        return (base == null ? DEMO_BASE : base) + PATH + code;
    }

    String of(String code) {
        requireConfigured();
        return base + PATH + code;
    }
}
