package id.alur.notification;

import id.alur.platform.AlurUser;
import id.alur.platform.NotFoundException;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's notification list {@code /notifikasi}: every user sees only their own. */
@Controller
class NotificationController {

    static final int LIST_SIZE = 100;

    private final InAppNotifications notifications;

    NotificationController(InAppNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifikasi")
    String list(Model model) {
        AlurUser user = AlurUser.current().orElseThrow();
        model.addAttribute("notifications", notifications.list(user.username(), LIST_SIZE));
        return "notification/list";
    }

    /** Marks the notification read and opens what it is about (the list when it is about nothing to open). */
    @PostMapping("/notifikasi/{id}/baca")
    String read(@PathVariable long id) {
        AlurUser user = AlurUser.current().orElseThrow();
        String link = notifications
                .markRead(id, user.username(), Instant.now())
                .orElseThrow(() -> new NotFoundException(
                        "No notification " + id + " of " + user.username(), "notification.notFound"));
        return link.isEmpty() ? "redirect:/notifikasi" : "redirect:" + link;
    }

    @PostMapping("/notifikasi/baca-semua")
    String readAll() {
        notifications.markAllRead(AlurUser.current().orElseThrow().username(), Instant.now());
        return "redirect:/notifikasi";
    }
}
