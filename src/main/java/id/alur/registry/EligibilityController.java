package id.alur.registry;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's eligibility rules on its registry page (issue 16 items 2 and 3): per service the highest desil it
 * accepts, and whether the check recorded at intake stands for the "screenshot DTKS" paper. The office's
 * administrator and the system administrator, as on the rest of the registry page.
 */
@Controller
@RequestMapping("/admin/offices/{office}/registri/kelayakan")
class EligibilityController {

    static final String PAGE = "registry/eligibility";

    private final EligibilityRules rules;
    private final ObjectProvider<ServiceCatalog> catalog;

    EligibilityController(EligibilityRules rules, ObjectProvider<ServiceCatalog> catalog) {
        this.rules = rules;
        this.catalog = catalog;
    }

    /** The rules as the form binds them: {@code maxDesil[code]}, blank for no rule. */
    public static final class RulesForm {
        private Map<String, @Nullable String> maxDesil = new LinkedHashMap<>();
        private boolean standsForPaper;

        public Map<String, @Nullable String> getMaxDesil() {
            return maxDesil;
        }

        public void setMaxDesil(Map<String, @Nullable String> maxDesil) {
            this.maxDesil = maxDesil;
        }

        public boolean isStandsForPaper() {
            return standsForPaper;
        }

        public void setStandsForPaper(boolean standsForPaper) {
            this.standsForPaper = standsForPaper;
        }
    }

    @ModelAttribute("office")
    String office(@PathVariable String office) {
        return RegistryImportController.ownOffice(office);
    }

    @GetMapping
    String page(@PathVariable String office, Model model) {
        var services = services(office);
        var form = new RulesForm();
        var saved = rules.all(office);
        services.keySet().forEach(code -> form.maxDesil.put(code, saved.containsKey(code) ? "" + saved.get(code) : ""));
        form.standsForPaper = rules.checkStandsForPaper(office);
        model.addAttribute("rulesForm", form);
        model.addAttribute("services", services);
        return PAGE;
    }

    @PostMapping
    String save(
            @PathVariable String office,
            @ModelAttribute("rulesForm") RulesForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var services = services(office);
        model.addAttribute("services", services);
        return Forms.submit(binding, response, PAGE, () -> {
            rules.save(
                    office,
                    services,
                    form.getMaxDesil(),
                    form.isStandsForPaper(),
                    AlurUser.current().orElseThrow().username());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("registry.eligibility.saved"));
            return "redirect:/admin/offices/" + office + "/registri/kelayakan";
        });
    }

    private Map<String, String> services(String office) {
        var found = catalog.getIfAvailable();
        return found == null ? Map.of() : found.services(office);
    }
}
