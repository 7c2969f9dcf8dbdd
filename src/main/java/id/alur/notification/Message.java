package id.alur.notification;

import org.jspecify.annotations.Nullable;

/** A notification's text as sent: subject, body and, for the in-app list and e-mail, the page it is about. */
record Message(String subject, String body, @Nullable String link) {}
