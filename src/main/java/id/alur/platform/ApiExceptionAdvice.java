package id.alur.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where exceptions of {@code /api/**} controllers ({@code @RestController}) become RFC 9457 problem
 * details. Requests under {@code /api/**} that reach no controller are answered the same way by
 * {@link PageExceptionAdvice}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

    private final ApiProblems problems;

    ApiExceptionAdvice(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException exception, Locale locale) {
        log.debug("API input rejected: {}", exception.getMessage());
        return problems.entity(problems.invalidInput(exception, locale));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException exception, Locale locale) {
        return problems.entity(problems.invalidInput(BindingProblems.of(exception.getBindingResult()), locale));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException exception, Locale locale) {
        return problems.entity(problems.notFound(exception, locale));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException exception, Locale locale) {
        return problems.entity(
                problems.of(HttpStatus.FORBIDDEN, "forbidden", exception.messageKey(), exception.arguments(), locale));
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrentChangeException exception, Locale locale) {
        log.info("API request lost a race: {}", exception.getMessage());
        return problems.entity(problems.conflict(exception, locale));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noRoute(NoResourceFoundException exception, Locale locale) {
        return problems.entity(
                problems.of(HttpStatus.NOT_FOUND, "not-found", "platform.error.notFound", new Object[0], locale));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException exception, Locale locale) {
        return problems.entity(problems.of(
                HttpStatus.METHOD_NOT_ALLOWED,
                "method-not-allowed",
                "platform.error.methodNotAllowed",
                new Object[] {exception.getMethod()},
                locale));
    }

    /** A path variable that is no id ({@code /api/permohonan/abc}) names nothing: 404; a parameter: 400 naming it. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException exception, Locale locale) {
        log.debug("API parameter unreadable: {}", exception.getMessage());
        if (RequestProblems.isPathVariable(exception)) {
            return problems.entity(
                    problems.of(HttpStatus.NOT_FOUND, "not-found", "platform.error.notFound", new Object[0], locale));
        }
        return problems.entity(problems.badRequest(RequestProblems.of(exception), locale));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException exception, Locale locale) {
        return problems.entity(problems.badRequest(RequestProblems.of(exception), locale));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException exception, Locale locale) {
        return problems.entity(problems.badRequest(RequestProblems.of(exception), locale));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException exception, Locale locale) {
        log.debug("API body unreadable: {}", exception.getMessage());
        return problems.entity(problems.badRequest(RequestProblems.of(exception), locale));
    }

    @ExceptionHandler(DateTimeParseException.class)
    ResponseEntity<ProblemDetail> unreadableDate(DateTimeParseException exception, Locale locale) {
        log.info("A date of an API request was parsed without reporting its field: {}", exception.getMessage());
        return problems.entity(problems.badRequest(RequestProblems.of(exception), locale));
    }

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, ServletRequestBindingException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception exception, Locale locale) {
        log.debug("API request unreadable: {}", exception.getMessage());
        return problems.entity(
                problems.of(HttpStatus.BAD_REQUEST, "bad-request", "platform.error.badRequest", new Object[0], locale));
    }

    /** Spring Security's own filters turn these into 401 / 403 problems. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException exception) {
        throw exception;
    }

    /** A client that went away mid-response: one DEBUG line, no problem written (see {@link PageExceptionAdvice}). */
    @ExceptionHandler({AsyncRequestNotUsableException.class, ClientAbortException.class})
    void clientWentAway(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        PageExceptionAdvice.logClientWentAway(log, exception, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request, Locale locale) {
        if (DatabaseUnavailable.causedBy(exception)) {
            DatabaseUnavailable.logOnce(request, exception);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(ApiProblems.PROBLEM_JSON)
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER)
                    .body(problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "database-unavailable",
                            "platform.error.503.detail",
                            new Object[0],
                            locale));
        }
        log.error("Unexpected failure of an API request", exception);
        return problems.entity(problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal", "platform.error.unexpected", new Object[0], locale));
    }
}
