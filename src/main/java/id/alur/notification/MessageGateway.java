package id.alur.notification;

/** Sends a short message to a phone (WhatsApp or SMS, as the gateway service does). */
interface MessageGateway {

    /** Whether a gateway is configured. */
    boolean available();

    /** @throws GatewayException when the gateway did not accept the message */
    void send(String phone, Message message);

    /**
     * The gateway refused the message or could not be reached: an infrastructure failure, not a user's error, so not a
     * platform {@code AlurException} with a message key. Messages are sent only from listeners after the commit
     * ({@link Notifier}), which catches it, records its developer text on the delivery for the administrator's list of
     * failed notifications and tries again; it never reaches a request or an exception advice (docs/decisions.md,
     * "Across modules").
     */
    class GatewayException extends RuntimeException {
        GatewayException(String message) {
            super(message);
        }

        GatewayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
