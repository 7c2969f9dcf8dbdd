package id.alur.registry;

import org.jspecify.annotations.Nullable;

/**
 * One person in an edition, as the extract has them.
 *
 * @param nik the Nomor Induk Kependudukan
 * @param familyNumber the No. KK, when the source has it
 * @param name the name in the registry
 * @param desil the welfare decile, 1 (poorest) to 10
 * @param regionCode the region code, when the source has it
 * @param status the registry status, when the source has it
 * @param edition the edition the entry was found in
 */
public record RegistryEntry(
        String nik,
        @Nullable String familyNumber,
        String name,
        int desil,
        @Nullable String regionCode,
        @Nullable String status,
        RegistryEdition edition) {}
