package id.alur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module arrows of DESIGN.md §3 hold in the code, and the module documentation in docs/ follows the code. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(AlurApplication.class);

    /** DESIGN.md §3; {@code platform} is usable by all and uses none; {@code demo} assembles the demo data. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "sop", Set.of("platform"),
            "calendar", Set.of("platform"),
            "office", Set.of("platform"),
            "registry", Set.of("platform"),
            "workflow", Set.of("platform", "sop", "calendar"),
            "casework", Set.of("platform", "workflow", "office", "registry", "sop"),
            "letter", Set.of("platform", "casework", "workflow", "office"),
            "report", Set.of("platform", "casework", "workflow", "letter", "office"),
            "portal", Set.of("platform", "casework", "letter"),
            "platform", Set.of());

    @Test
    void modulesDependOnlyAlongTheArrowsOfTheDesign() {
        modules.verify();
    }

    @Test
    void declaredModuleDependenciesAreExactlyThoseOfTheDesign() throws ClassNotFoundException {
        for (var entry : ALLOWED.entrySet()) {
            var packageInfo = Class.forName("id.alur." + entry.getKey() + ".package-info");
            var declared = packageInfo.getAnnotation(ApplicationModule.class).allowedDependencies();
            assertThat(Set.of(declared))
                    .as("allowed dependencies of module %s", entry.getKey())
                    .isEqualTo(entry.getValue());
        }
    }

    @Test
    void everyModuleOfTheDesignExists() {
        var names = modules.stream().map(m -> m.getIdentifier().toString()).collect(Collectors.toSet());
        assertThat(names).containsAll(ALLOWED.keySet());
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(new java.io.File("docs/modules/components.puml")).exists();
    }
}
