package id.alur.platform;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds the RFC 9457 problem details of {@code /api/**}: a stable {@code type}, the localized {@code title} and
 * {@code detail}, the message key as {@code code} for machines, and per exception kind its extra members
 * ({@code errors}, {@code changedBy}/{@code changedAt}/{@code current}).
 */
@Component
class ApiProblems {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * 422 with every problem under {@code errors}; warnings (the input goes through once confirmed) under
     * {@code warnings}, each with the {@code token} that confirms it. A problem of warnings only is of type
     * {@code confirmation-required}.
     */
    ProblemDetail invalidInput(InvalidInputException exception, Locale locale) {
        boolean warningsOnly = exception.problems().stream().allMatch(InputProblem::warning);
        ProblemDetail problem = of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                warningsOnly ? "confirmation-required" : "invalid-input",
                exception.messageKey(),
                exception.arguments(),
                locale);
        if (!warningsOnly) {
            problem.setProperty("errors", problems(exception, false, locale));
        }
        if (exception.problems().stream().anyMatch(InputProblem::warning)) {
            problem.setProperty("warnings", problems(exception, true, locale));
        }
        return problem;
    }

    /**
     * 400 for a request Spring MVC could not bind ({@link RequestProblems}): the detail names the parameter or the
     * body's field, and {@code errors} lists it as a 422 does, so a client reads both the same way.
     */
    ProblemDetail badRequest(InvalidInputException exception, Locale locale) {
        ProblemDetail problem =
                of(HttpStatus.BAD_REQUEST, "bad-request", exception.messageKey(), exception.arguments(), locale);
        problem.setProperty("errors", problems(exception, false, locale));
        return problem;
    }

    private List<Map<String, Object>> problems(InvalidInputException exception, boolean warnings, Locale locale) {
        return exception.problems().stream()
                .filter(p -> p.warning() == warnings)
                .map(p -> {
                    Map<String, Object> error = new LinkedHashMap<>();
                    if (p.field() != null) {
                        error.put("field", p.field());
                    }
                    if (p.row() != null) {
                        error.put("row", p.row());
                    }
                    error.put("code", p.messageKey());
                    error.put("message", text(p.messageKey(), p.arguments().toArray(), locale));
                    if (warnings) {
                        error.put("token", p.token());
                    }
                    return error;
                })
                .toList();
    }

    ProblemDetail notFound(NotFoundException exception, Locale locale) {
        return of(HttpStatus.NOT_FOUND, "not-found", exception.messageKey(), exception.arguments(), locale);
    }

    ProblemDetail conflict(ConcurrentChangeException exception, Locale locale) {
        ProblemDetail problem = of(
                HttpStatus.CONFLICT,
                "concurrent-change",
                exception.messageKey(),
                conflictArguments(exception, locale),
                locale);
        if (exception.changedBy() != null) {
            problem.setProperty("changedBy", exception.changedBy());
        }
        if (exception.changedAt() != null) {
            problem.setProperty("changedAt", exception.changedAt().toString());
        }
        if (exception.current() != null) {
            problem.setProperty("current", exception.current());
        }
        return problem;
    }

    /**
     * The arguments of a concurrent change's message: its own, or else who changed it ({0}) and when ({1}, in the
     * signed-in user's zone), which is what such a message says ("already taken by {0} at {1}").
     */
    Object[] conflictArguments(ConcurrentChangeException exception, Locale locale) {
        if (exception.arguments().length > 0) {
            return exception.arguments();
        }
        return new Object[] {
            exception.changedBy() == null ? "?" : exception.changedBy(),
            exception.changedAt() == null
                    ? "?"
                    : formatInstant(
                            exception.changedAt(),
                            AlurUser.current().map(AlurUser::zone).orElse(ZoneId.of("Asia/Jakarta")),
                            locale)
        };
    }

    /** A problem of the given status whose detail is the message of {@code messageKey}. */
    ProblemDetail of(HttpStatus status, String type, String messageKey, Object[] arguments, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:alur:problem:" + type));
        problem.setTitle(text("platform.error." + status.value() + ".title", new Object[0], locale));
        problem.setDetail(text(messageKey, arguments, locale));
        problem.setProperty("code", messageKey);
        return problem;
    }

    ResponseEntity<ProblemDetail> entity(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(PROBLEM_JSON)
                .body(problem);
    }

    /** The problem as JSON text, for the security filters that answer before Spring MVC runs. */
    static String json(HttpStatus status, String type, String title, String detail, String code) {
        return "{\"type\":\"urn:alur:problem:" + type + "\",\"title\":" + quote(title) + ",\"status\":" + status.value()
                + ",\"detail\":" + quote(detail) + ",\"code\":" + quote(code) + "}";
    }

    String text(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, key, locale);
    }

    static String formatInstant(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", locale)
                .withZone(zone)
                .format(instant);
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
