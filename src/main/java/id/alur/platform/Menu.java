package id.alur.platform;

import org.springframework.beans.factory.ObjectProvider;

/** The modules' {@link MenuItem}s, in every page's model as {@code menu}; an entry nobody contributes is hidden. */
public final class Menu {

    private final ObjectProvider<MenuItem> items;

    Menu(ObjectProvider<MenuItem> items) {
        this.items = items;
    }

    public boolean shows(String name) {
        return items.stream().anyMatch(item -> item.name().equals(name) && item.visible());
    }
}
