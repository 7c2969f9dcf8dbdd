package id.alur.casework;

import id.alur.platform.NotFoundException;

/** No such scan on this permohonan, or it belongs to another office. */
public class DocumentNotFoundException extends NotFoundException {

    public DocumentNotFoundException(DocumentId id) {
        super("No document " + id.value() + " here", "casework.document.notFound", id.value());
    }
}
