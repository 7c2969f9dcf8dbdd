package id.alur.platform;

import org.springframework.ui.Model;

/**
 * A section of the home page {@code /} that a module contributes as a bean (casework: the front desk's queues). The
 * page shows the sections that {@link #addTo} says apply to the user, in {@link #order()}, below the start cards.
 */
public interface HomeSection {

    /** Position on the page, ascending. */
    int order();

    /** The Thymeleaf template whose fragment {@code section} renders the section, e.g. {@code casework/home-queues}. */
    String template();

    /**
     * Adds what the fragment shows for this user; {@code false} when the section is not for them (then it is left out).
     */
    boolean addTo(Model model, AlurUser user);
}
