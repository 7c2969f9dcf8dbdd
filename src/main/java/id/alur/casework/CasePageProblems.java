package id.alur.casework;

import id.alur.office.CurrentOfficer;
import id.alur.platform.ConcurrentChangeException;
import id.alur.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where a refused action on the case page becomes an answer (STYLE.md "Errors"): bad input 422 and a
 * step taken meanwhile 409 with who took it, both on the fresh case page rather than the platform's error page,
 * because the officer needs to see where the case stands now. Everything else is the platform's
 * ({@code PageExceptionAdvice}): a step of another permohonan 404, an officer outside the lane 403.
 */
@ControllerAdvice(assignableTypes = {CaseController.class, StepActionController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CasePageProblems {

    private static final Logger log = LoggerFactory.getLogger(CasePageProblems.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final CasePage page;

    CasePageProblems(CasePage page) {
        this.page = page;
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalidInput(
            InvalidInputException exception, HttpServletRequest request, CurrentOfficer officer, Locale locale) {
        log.debug("Case page action refused: {}", exception.getMessage());
        var first = exception.problems().getFirst();
        return page.withProblem(
                permohonan(request),
                officer,
                locale,
                HttpStatus.UNPROCESSABLE_CONTENT,
                first.messageKey(),
                first.arguments().toArray());
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ModelAndView conflict(
            ConcurrentChangeException exception, HttpServletRequest request, CurrentOfficer officer, Locale locale) {
        log.info("Case page action lost a race: {}", exception.getMessage());
        return page.withProblem(
                permohonan(request), officer, locale, HttpStatus.CONFLICT, "casework.step.takenBy", new Object[] {
                    exception.changedBy() == null ? "?" : exception.changedBy(),
                    exception.changedAt() == null
                            ? "?"
                            : WHEN.format(exception.changedAt().atZone(officer.zone()))
                });
    }

    /** The permohonan of the page the action was posted from: every address of the case page starts with it. */
    private static PermohonanId permohonan(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return new PermohonanId(Long.parseLong(variables.get("id")));
    }
}
