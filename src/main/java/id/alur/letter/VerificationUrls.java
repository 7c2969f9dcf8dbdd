package id.alur.letter;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Builds the public verification URL a letter's QR code carries: {@code {alur.public-base-url}/publik/verifikasi/{code}}. */
@Component
class VerificationUrls {

    static final String PATH = "/publik/verifikasi/";

    private final String base;

    VerificationUrls(@Value("${alur.public-base-url:http://localhost:8080}") String base) {
        URI uri = URI.create(base);
        if (!uri.isAbsolute()
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getHost() == null
                || uri.getQuery() != null
                || uri.getFragment() != null) {
            throw new IllegalArgumentException(
                    "alur.public-base-url must be an absolute http(s) URL without query, was " + base);
        }
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String of(String code) {
        return base + PATH + code;
    }
}
