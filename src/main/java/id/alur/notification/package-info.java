/**
 * Notifications from the other modules' events: e-mail, the in-app list and WhatsApp/SMS through a gateway, per user
 * preferences; durable (the event publication registry), retried, never twice for one event (docs/notification.md).
 */
@ApplicationModule(allowedDependencies = {"platform", "casework", "workflow", "letter", "office"})
@NullMarked
package id.alur.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
