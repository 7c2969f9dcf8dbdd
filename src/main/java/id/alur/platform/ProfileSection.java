package id.alur.platform;

import org.springframework.ui.Model;

/**
 * A section of the profile page {@code /profil} that every signed-in user has. Modules contribute sections as beans
 * (the office module: the own password; later the notification module: e-mail, phone, preferences); the page shows
 * them in {@link #order()}. A section's forms post to the module's own controller, which shows the page again through
 * {@link ProfilePage#show} when the input is bad.
 */
public interface ProfileSection {

    /** Position on the page, ascending. */
    int order();

    /** The Thymeleaf template whose fragment {@code section} renders the section, e.g. {@code office/profile-password}. */
    String template();

    /**
     * Adds what the fragment shows for this user. Leaves an attribute alone that the model has already (a form sent
     * back with its errors).
     */
    void addTo(Model model, AlurUser user);
}
