package id.alur.sop;

import id.alur.platform.NotFoundException;

/** The signed-in user administers no SOPs of this office (another office's, or no such office): 404. */
public class SopOfficeNotFoundException extends NotFoundException {

    public SopOfficeNotFoundException(String officeCode) {
        super("No SOPs of office " + officeCode + " for the signed-in user", "sop.office.not-found", officeCode);
    }
}
