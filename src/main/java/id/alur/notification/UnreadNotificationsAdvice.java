package id.alur.notification;

import id.alur.platform.AlurUser;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts {@code unreadNotifications} (the signed-in user's unread count) into every page's model, for the header. */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private final InAppNotifications notifications;

    UnreadNotificationsAdvice(InAppNotifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    @Nullable
    Long unreadNotifications(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return AlurUser.current()
                .map(user -> notifications.unread(user.username()))
                .orElse(null);
    }
}
