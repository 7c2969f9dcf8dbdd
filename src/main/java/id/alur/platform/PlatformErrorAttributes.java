package id.alur.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * The model of Spring Boot's {@code /error} page (errors that happen outside a controller, e.g. 403 from the
 * security filters): adds whether htmx asked, so the {@code error} template renders only an alert then. Stack
 * traces and exception messages stay out (Boot's defaults).
 */
@Component
class PlatformErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
        HttpServletRequest request = webRequest instanceof ServletWebRequest servlet ? servlet.getRequest() : null;
        attributes.put("htmx", request != null && isHtmx(request));
        Object status = webRequest.getAttribute("jakarta.servlet.error.status_code", RequestAttributes.SCOPE_REQUEST);
        if (status != null) {
            attributes.put("status", status);
        }
        return attributes;
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
