package id.alur.notification;

import id.alur.platform.AlurUser;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@code unreadNotifications} (the signed-in user's unread count) into every page's model, for the header.
 *
 * <p>The list is looked up lazily: a controller advice is part of every module's web slice ({@code @WebMvcTest} takes
 * all of them), where the notification module's beans are absent; the header then shows no count, as for a visitor.
 */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private final ObjectProvider<InAppNotifications> notifications;

    UnreadNotificationsAdvice(ObjectProvider<InAppNotifications> notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    @Nullable
    Long unreadNotifications(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        InAppNotifications list = notifications.getIfAvailable();
        if (list == null) {
            return null;
        }
        return AlurUser.current().map(user -> list.unread(user.username())).orElse(null);
    }
}
