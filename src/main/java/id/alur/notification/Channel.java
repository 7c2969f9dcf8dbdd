package id.alur.notification;

/** How a notification reaches its recipient. */
enum Channel {
    /** The notification list in the app, with the unread count in the header. */
    IN_APP,
    /** E-mail through SMTP (Spring Mail). */
    EMAIL,
    /** WhatsApp or SMS through the configured gateway. */
    GATEWAY
}
