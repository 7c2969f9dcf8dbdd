package id.alur.notification;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The WhatsApp/SMS gateway ({@code alur.notification.gateway.*}): the shape Indonesian gateway services take, one HTTP
 * POST per message. No vendor is built in; without {@code url} no message goes to a gateway.
 *
 * @param url where each message is posted
 * @param authHeader the header that authenticates the call, as {@code Name: value} (e.g. {@code Authorization: Bearer
 *     …}), or none
 * @param bodyTemplate the request body with the placeholders {@code {to}} (the phone number), {@code {subject}} and
 *     {@code {message}}, filled in by plain substitution, JSON-escaped when {@code contentType} is JSON
 * @param contentType the body's media type
 * @param timeout how long one call may take
 */
@Validated
@ConfigurationProperties("alur.notification.gateway")
record GatewaySettings(
        @Nullable URI url, @Nullable String authHeader, String bodyTemplate, String contentType, Duration timeout) {

    GatewaySettings {
        if (bodyTemplate == null || bodyTemplate.isBlank()) {
            bodyTemplate = "{\"to\":\"{to}\",\"message\":\"{message}\"}";
        }
        if (contentType == null || contentType.isBlank()) {
            contentType = "application/json";
        }
        if (timeout == null) {
            timeout = Duration.ofSeconds(10);
        }
        if (authHeader != null && !authHeader.isBlank() && authHeader.indexOf(':') < 1) {
            throw new IllegalArgumentException("alur.notification.gateway.auth-header must be 'Name: value'");
        }
    }
}
