package id.alur.office;

import java.util.Locale;

/**
 * The two kinds of stand-in (SE Kepala BKN 1/SE/I/2021): Plh (pelaksana harian) while the holder is temporarily
 * away, Plt (pelaksana tugas) while the position is vacant or its holder is away for a long time.
 */
public enum DelegationKind {
    PLH,
    PLT;

    /** As written in letters and the user interface: "Plh" / "Plt". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
