package id.alur.sop;

import java.util.List;

/**
 * What a module that an SOP relies on finds missing before a version of it may run ("siap dijalankan"): the office
 * module checks lanes against positions and holders, the letter module the letter settings. {@link SopService} asks
 * every bean of this type before publishing and refuses while any item is an {@link Severity#ERROR}; so the
 * {@code sop} module never reaches into the modules that know (DESIGN.md §3).
 */
public interface ReadinessCheck {

    /**
     * The items missing for {@code sop} to run in the office, none when it is ready as far as this module knows.
     *
     * @param officeCode the office the version belongs to
     */
    List<ReadinessItem> check(String officeCode, Sop sop);

    /**
     * {@link #check(String, Sop)} for one stored version, for a module that keeps choices per version (the letter
     * module: which steps' outputs are letters). What {@link SopService} asks; by default the version does not matter.
     */
    default List<ReadinessItem> check(String officeCode, SopVersionId version, Sop sop) {
        return check(officeCode, sop);
    }
}
