package id.alur.platform;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * What was wrong with a request that Spring MVC could not even bind (a query parameter that is no number or date, a
 * required parameter or file left out, a JSON body that does not parse), as {@link InputProblem}s naming the
 * parameter or the body's field, so that both advices answer it in the user's language instead of a bare "could not
 * be read" (the brief: bad input always gets a clear error naming the field). The typed value is echoed shortened:
 * the page escapes it, the API returns it as JSON text.
 */
final class RequestProblems {

    /** The longest part of a typed value repeated in a message. */
    static final int MAX_ECHO = 40;

    private RequestProblems() {}

    /**
     * {@code true} when a path variable did not convert: {@code /permohonan/abc} names nothing that exists, so it is
     * answered as "not found", like an id of another office.
     */
    static boolean isPathVariable(MethodArgumentTypeMismatchException exception) {
        return exception.getParameter().hasParameterAnnotation(PathVariable.class);
    }

    static InvalidInputException of(MethodArgumentTypeMismatchException exception) {
        return problem(
                exception.getName(),
                "platform.error.parameterInvalid",
                exception.getName(),
                echo(exception.getValue()));
    }

    static InvalidInputException of(MissingServletRequestParameterException exception) {
        return problem(exception.getParameterName(), "platform.error.parameterMissing", exception.getParameterName());
    }

    static InvalidInputException of(MissingServletRequestPartException exception) {
        return problem(
                exception.getRequestPartName(), "platform.error.parameterMissing", exception.getRequestPartName());
    }

    static InvalidInputException of(HttpMessageNotReadableException exception) {
        return jsonPath(exception)
                .map(path -> problem(path, "platform.error.bodyFieldInvalid", path))
                .orElseGet(() -> problem(null, "platform.error.bodyUnreadable"));
    }

    /**
     * A date or month that a controller parsed without catching the failure: the text is named, the parameter is not
     * known here (each parse of request input is meant to report its field itself; this is the safety net).
     */
    static InvalidInputException of(DateTimeParseException exception) {
        return problem(null, "platform.error.dateInvalid", echo(exception.getParsedString()));
    }

    /** The body's field that did not bind, as {@code items[2].nik}, or empty when the JSON itself is broken. */
    private static Optional<String> jsonPath(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException) {
                // broken JSON (cut off, not JSON at all): Jackson names where it stopped, which is no field at fault
                return Optional.empty();
            }
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference reference : jackson.getPath()) {
                    if (reference.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? Optional.empty() : Optional.of(path.toString());
            }
        }
        return Optional.empty();
    }

    private static InvalidInputException problem(@Nullable String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(InputProblem.ofField(field, messageKey, arguments)));
    }

    private static String echo(@Nullable Object value) {
        String text = value == null ? "" : String.valueOf(value);
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…";
    }
}
