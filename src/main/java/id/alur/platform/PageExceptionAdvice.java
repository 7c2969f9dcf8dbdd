package id.alur.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where exceptions of pages become answers (STYLE.md "Errors"): bad input 422, missing 404,
 * concurrent change 409, anything unexpected 500 — always the {@code error} template in the user's language,
 * never a stack trace. For an htmx request the same template renders only an alert, which htmx puts into the
 * flash area ({@code static/js/alur.js}). A request under {@code /api/**} that reached no controller gets the
 * problem details of {@link ApiExceptionAdvice} instead.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionAdvice.class);

    private final ApiProblems problems;

    PageExceptionAdvice(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalidInput(InvalidInputException exception, HttpServletRequest request, Locale locale) {
        log.debug("Input rejected: {}", exception.getMessage());
        if (isApi(request)) {
            return problems.entity(problems.invalidInput(exception, locale));
        }
        List<String> details = exception.problems().stream()
                .map(p -> (p.row() == null
                                ? ""
                                : problems.text("platform.error.row", new Object[] {p.row()}, locale) + " ")
                        + problems.text(p.messageKey(), p.arguments().toArray(), locale))
                .toList();
        return page(request, HttpStatus.UNPROCESSABLE_CONTENT, exception.messageKey(), exception.arguments())
                .addObject("details", details);
    }

    @ExceptionHandler(BindException.class)
    Object invalidBinding(BindException exception, HttpServletRequest request, Locale locale) {
        return invalidInput(BindingProblems.of(exception.getBindingResult()), request, locale);
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException exception, HttpServletRequest request, Locale locale) {
        log.debug("Not found: {}", exception.getMessage());
        if (isApi(request)) {
            return problems.entity(problems.notFound(exception, locale));
        }
        return page(request, HttpStatus.NOT_FOUND, exception.messageKey(), exception.arguments());
    }

    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(ForbiddenException exception, HttpServletRequest request, Locale locale) {
        log.debug("Forbidden: {}", exception.getMessage());
        if (isApi(request)) {
            return problems.entity(problems.of(
                    HttpStatus.FORBIDDEN, "forbidden", exception.messageKey(), exception.arguments(), locale));
        }
        return page(request, HttpStatus.FORBIDDEN, exception.messageKey(), exception.arguments());
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    Object conflict(ConcurrentChangeException exception, HttpServletRequest request, Locale locale) {
        log.info("Request lost a race: {}", exception.getMessage());
        if (isApi(request)) {
            return problems.entity(problems.conflict(exception, locale));
        }
        ModelAndView page = page(
                request, HttpStatus.CONFLICT, exception.messageKey(), problems.conflictArguments(exception, locale));
        if (exception.changedBy() != null) {
            String when = exception.changedAt() == null
                    ? "?"
                    : ApiProblems.formatInstant(
                            exception.changedAt(),
                            AlurUser.current().map(AlurUser::zone).orElse(ZoneId.of("Asia/Jakarta")),
                            locale);
            page.addObject(
                    "details",
                    List.of(problems.text(
                            "platform.error.changedBy", new Object[] {exception.changedBy(), when}, locale)));
        }
        return page;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noSuchPage(NoResourceFoundException exception, HttpServletRequest request, Locale locale) {
        return framework(request, HttpStatus.NOT_FOUND, "platform.error.notFound", locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(HttpRequestMethodNotSupportedException exception, HttpServletRequest request, Locale locale) {
        return framework(request, HttpStatus.METHOD_NOT_ALLOWED, "platform.error.methodNotAllowed", locale);
    }

    /**
     * A path variable that is no id ({@code /permohonan/abc}) names nothing that exists: 404, as an id of another
     * office; a query or form parameter that is no number, date or choice: 400 naming it.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException exception, HttpServletRequest request, Locale locale) {
        log.debug("Unreadable parameter {}: {}", request.getRequestURI(), exception.getMessage());
        if (RequestProblems.isPathVariable(exception)) {
            return framework(request, HttpStatus.NOT_FOUND, "platform.error.notFound", locale);
        }
        return unbound(RequestProblems.of(exception), request, locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(
            MissingServletRequestParameterException exception, HttpServletRequest request, Locale locale) {
        return unbound(RequestProblems.of(exception), request, locale);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException exception, HttpServletRequest request, Locale locale) {
        return unbound(RequestProblems.of(exception), request, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadableBody(HttpMessageNotReadableException exception, HttpServletRequest request, Locale locale) {
        log.debug("Unreadable body {}: {}", request.getRequestURI(), exception.getMessage());
        return unbound(RequestProblems.of(exception), request, locale);
    }

    @ExceptionHandler(DateTimeParseException.class)
    Object unreadableDate(DateTimeParseException exception, HttpServletRequest request, Locale locale) {
        log.info(
                "A date of {} was parsed without reporting its field: {}",
                request.getRequestURI(),
                exception.getMessage());
        return unbound(RequestProblems.of(exception), request, locale);
    }

    /** 400 (the request could not be bound at all), the problem named as a 422 names its fields. */
    private Object unbound(InvalidInputException exception, HttpServletRequest request, Locale locale) {
        if (isApi(request)) {
            return problems.entity(problems.badRequest(exception, locale));
        }
        return page(request, HttpStatus.BAD_REQUEST, exception.messageKey(), exception.arguments());
    }

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, ServletRequestBindingException.class})
    Object badRequest(Exception exception, HttpServletRequest request, Locale locale) {
        log.debug("Unreadable request {}: {}", request.getRequestURI(), exception.getMessage());
        return framework(request, HttpStatus.BAD_REQUEST, "platform.error.badRequest", locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request, Locale locale) {
        return framework(request, HttpStatus.CONTENT_TOO_LARGE, "platform.error.tooLarge", locale);
    }

    /** Left to Spring Security: the login page for anonymous users, 403 for the signed-in. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException exception) {
        throw exception;
    }

    /**
     * A client that went away mid-response (a browser closed during a PDF download): nobody is left to answer and
     * nothing is wrong with the server, so one DEBUG line and no error page written to a closed connection (issue 14
     * item 9; before, an ERROR with a long stack trace and a second error for the failed error page).
     */
    @ExceptionHandler({AsyncRequestNotUsableException.class, ClientAbortException.class})
    void clientWentAway(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        logClientWentAway(log, exception, request);
    }

    static void logClientWentAway(Logger log, Exception exception, HttpServletRequest request) {
        log.debug(
                "Client went away during {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                exception.toString());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception exception, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (DatabaseUnavailable.causedBy(exception)) {
            // PostgreSQL does not answer (issue 14 item 5): 503 and "try again in a moment", not an error with a trace
            DatabaseUnavailable.logOnce(request, exception);
            response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER);
            return framework(request, HttpStatus.SERVICE_UNAVAILABLE, "platform.error.503.detail", locale);
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), exception);
        return framework(request, HttpStatus.INTERNAL_SERVER_ERROR, "platform.error.unexpected", locale);
    }

    private Object framework(HttpServletRequest request, HttpStatus status, String messageKey, Locale locale) {
        if (isApi(request)) {
            return problems.entity(
                    problems.of(status, status.name().toLowerCase(Locale.ROOT), messageKey, new Object[0], locale));
        }
        return page(request, status, messageKey, new Object[0]);
    }

    private static ModelAndView page(
            HttpServletRequest request, HttpStatus status, String messageKey, Object[] arguments) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        page.addObject("messageArguments", arguments);
        page.addObject("htmx", PlatformErrorAttributes.isHtmx(request));
        // Exception handlers get no @ModelAttribute values: the layout's header needs the user.
        page.addObject(ShellModelAdvice.SIGNED_IN, AlurUser.current().orElse(null));
        return page;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") && !path.startsWith("/api/docs") && !path.startsWith("/api/swagger-ui");
    }

    static void noCache(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
