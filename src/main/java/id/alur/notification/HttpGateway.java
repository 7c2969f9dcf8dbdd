package id.alur.notification;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one generic gateway adapter: POSTs the configured body template, filled with the phone number and the text, to
 * the configured URL with the configured authentication header; any 2xx answer is acceptance (docs/notification.md).
 */
@Component
class HttpGateway implements MessageGateway {

    private final GatewaySettings settings;
    private final HttpClient client;

    HttpGateway(GatewaySettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public boolean available() {
        return settings.url() != null;
    }

    @Override
    public void send(String phone, Message message) {
        var url = settings.url();
        if (url == null) {
            throw new GatewayException("No gateway configured (alur.notification.gateway.url)");
        }
        var request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("Content-Type", settings.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(body(phone, message)));
        String auth = settings.authHeader();
        if (auth != null && !auth.isBlank()) {
            int colon = auth.indexOf(':');
            request.header(
                    auth.substring(0, colon).strip(), auth.substring(colon + 1).strip());
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                String answer = response.body();
                throw new GatewayException("Gateway answered " + response.statusCode() + ": "
                        + (answer.length() > 200 ? answer.substring(0, 200) : answer));
            }
        } catch (IOException e) {
            throw new GatewayException("Gateway not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("Interrupted while calling the gateway", e);
        }
    }

    String body(String phone, Message message) {
        boolean json = settings.contentType().contains("json");
        String text = message.subject() + "\n" + message.body();
        return NotificationTexts.fill(
                settings.bodyTemplate(),
                Map.of(
                        "to", json ? jsonEscape(phone) : phone,
                        "subject", json ? jsonEscape(message.subject()) : message.subject(),
                        "message", json ? jsonEscape(text) : text));
    }

    static String jsonEscape(String value) {
        var out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
