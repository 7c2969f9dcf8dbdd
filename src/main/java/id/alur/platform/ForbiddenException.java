package id.alur.platform;

/**
 * The signed-in user may not do this, for a reason the user can act on (a position not marked as the front desk):
 * answered with status 403 and the message of its key, unlike a bare {@code AccessDeniedException}, whose 403 says
 * only "forbidden".
 */
public class ForbiddenException extends AlurException {

    public ForbiddenException(String developerMessage, String messageKey, Object... arguments) {
        super(developerMessage, messageKey, arguments);
    }
}
