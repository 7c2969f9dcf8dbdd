package id.alur.registry;

import id.alur.platform.NotFoundException;

/** The import job does not exist, or belongs to another office: a 404 with a message of i18n/registry.properties. */
public class RegistryNotFoundException extends NotFoundException {

    public RegistryNotFoundException(String messageKey, Object... arguments) {
        super("Registry resource not found: " + messageKey, messageKey, arguments);
    }
}
