package id.alur;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules and arrows of DESIGN.md §3 hold in the code (as far as the code has them: {@code notification} and the
 * office, letter and report arrows to {@code sop} and {@code calendar} come with later issues), every package is
 * null-marked, and the module documentation in docs/ follows the code.
 */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(AlurApplication.class);

    /** DESIGN.md §3; {@code platform} is usable by all and uses none; {@code demo} assembles the demo data. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("sop", Set.of("platform")),
            Map.entry("calendar", Set.of("platform")),
            Map.entry("office", Set.of("platform", "sop")),
            Map.entry("registry", Set.of("platform")),
            Map.entry("workflow", Set.of("platform", "sop", "calendar")),
            Map.entry("casework", Set.of("platform", "workflow", "office", "registry", "sop")),
            Map.entry("letter", Set.of("platform", "casework", "workflow", "office", "sop")),
            Map.entry("report", Set.of("platform", "casework", "workflow", "letter", "office")),
            Map.entry("notification", Set.of("platform", "casework", "workflow", "letter", "office")),
            Map.entry("portal", Set.of("platform", "casework", "letter")),
            Map.entry("platform", Set.of()));

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
    void theModulesAreExactlyThoseOfTheDesignAndTheDemo() {
        var names = modules.stream().map(m -> m.getIdentifier().toString()).collect(Collectors.toSet());
        var expected = new HashSet<>(ALLOWED.keySet());
        expected.add("demo");
        assertThat(names).isEqualTo(expected);
    }

    @Test
    void theDemoMayUseEveryModule() throws ClassNotFoundException {
        var packageInfo = Class.forName("id.alur.demo.package-info");
        assertThat(packageInfo.getAnnotation(ApplicationModule.class).allowedDependencies())
                .containsExactly(ApplicationModule.OPEN_TOKEN);
    }

    /** Null-safety (docs/decisions.md): nothing is null unless marked {@code @Nullable}, in every package. */
    @Test
    void everyPackageIsNullMarked() {
        Set<String> packages = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.alur").stream()
                        .map(JavaClass::getPackageName)
                        .collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).contains("id.alur.platform", "id.alur.sop.document");
        for (String name : packages) {
            assertThat(packageInfo(name))
                    .as("package-info.java of %s, annotated @NullMarked", name)
                    .isPresent()
                    .get()
                    .matches(type -> type.isAnnotationPresent(NullMarked.class));
        }
    }

    private static Optional<Class<?>> packageInfo(String packageName) {
        try {
            return Optional.of(Class.forName(packageName + ".package-info"));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Path components = Path.of("docs/modules/components.puml");
        assertThat(components).exists();
        try (var files = Files.list(Path.of("docs/modules"))) {
            for (Path diagram :
                    files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
        try (var files = Files.list(Path.of("docs/modules"))) {
            for (Path canvas : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                sortCanvasLists(canvas);
            }
        }
        assertThat(Files.readString(components)).contains("Rel(");
    }

    /**
     * A canvas cell's bullet list (the events a module listens to, its beans) comes in an order that changes from run
     * to run too: each list is sorted, the cell's opening {@code |} kept on its first line.
     */
    private static void sortCanvasLists(Path canvas) throws IOException {
        List<String> lines = Files.readAllLines(canvas);
        List<String> sorted = new ArrayList<>(lines.size());
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            boolean opensList = line.startsWith("|* ");
            if (line.startsWith("* ") && !items.isEmpty()) {
                items.add(line);
                continue;
            }
            flushList(items, sorted);
            if (opensList) {
                items.add(line.substring(1));
            } else {
                sorted.add(line);
            }
        }
        flushList(items, sorted);
        Files.write(canvas, sorted);
    }

    private static void flushList(List<String> items, List<String> into) {
        if (items.isEmpty()) {
            return;
        }
        Collections.sort(items);
        into.add("|" + items.getFirst());
        into.addAll(items.subList(1, items.size()));
        items.clear();
    }

    /**
     * The documenter writes a diagram's relations and components in an order that changes from run to run; sorted, a
     * regenerated diagram differs from the committed one only when the modules' relations really changed.
     */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram);
        List<String> sorted = new ArrayList<>(lines.size());
        List<String> relations = new ArrayList<>();
        for (String line : lines) {
            // A run of relations, or of the components inside a boundary, comes in an order of its own each run.
            if (line.startsWith("Rel(") || line.stripLeading().startsWith("Component(")) {
                relations.add(line);
                continue;
            }
            Collections.sort(relations);
            sorted.addAll(relations);
            relations.clear();
            sorted.add(line);
        }
        Collections.sort(relations);
        sorted.addAll(relations);
        Files.write(diagram, sorted);
    }
}
