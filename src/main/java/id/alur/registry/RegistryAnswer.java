package id.alur.registry;

import java.util.Optional;

/**
 * The registry's answer for one NIK: the office's newest edition when it has one, and the NIK's entry in it when
 * found.
 */
public record RegistryAnswer(Optional<RegistryEdition> edition, Optional<RegistryEntry> entry) {

    public boolean found() {
        return entry.isPresent();
    }
}
