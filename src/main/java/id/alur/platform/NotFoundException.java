package id.alur.platform;

/**
 * Something asked for does not exist, or exists in another office (office isolation answers the same, so a user
 * cannot probe other offices' data). Answered with status 404.
 */
public class NotFoundException extends AlurException {

    public NotFoundException(String developerMessage, String messageKey, Object... arguments) {
        super(developerMessage, messageKey, arguments);
    }
}
