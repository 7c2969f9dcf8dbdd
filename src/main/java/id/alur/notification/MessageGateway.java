package id.alur.notification;

/** Sends a short message to a phone (WhatsApp or SMS, as the gateway service does). */
interface MessageGateway {

    /** Whether a gateway is configured. */
    boolean available();

    /** @throws GatewayException when the gateway did not accept the message */
    void send(String phone, Message message);

    /** The gateway refused the message or could not be reached. */
    class GatewayException extends RuntimeException {
        GatewayException(String message) {
            super(message);
        }

        GatewayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
