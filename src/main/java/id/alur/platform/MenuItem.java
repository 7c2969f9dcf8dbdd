package id.alur.platform;

/**
 * An entry of the navigation (and of the home page's cards) whose visibility a module decides beyond the user's role,
 * e.g. report: "Laporan" for the office's head and administrators. The templates ask {@code ${menu.shows('reports')}}
 * ({@link Menu}); nothing is asked unless a page renders that entry.
 */
public interface MenuItem {

    /** The name the templates ask for. */
    String name();

    /** Whether the signed-in user of this request sees it. */
    boolean visible();
}
