package id.alur.registry;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
 * accepts and the checklist paper the check recorded at intake stands for, and whether it stands for one at all. The office's
 * administrator and the system administrator, as on the rest of the registry page.
 */
@Controller
@RequestMapping("/admin/offices/{office}/registri/kelayakan")
class EligibilityController {

    static final String PAGE = "registry/eligibility";

    private final EligibilityRules rules;
    private final PaperChoices papers;
    private final ServiceRules catalog;
    private final RegistryAccess access;

    EligibilityController(EligibilityRules rules, PaperChoices papers, ServiceRules catalog, RegistryAccess access) {
        this.access = access;
        this.rules = rules;
        this.papers = papers;
        this.catalog = catalog;
    }

    /**
     * The rules as the form binds them: {@code maxDesil[code]}, blank for no rule; {@code paper[code]}, the paper the
     * check stands for, blank for none.
     */
    public static final class RulesForm {
        private Map<String, @Nullable String> maxDesil = new LinkedHashMap<>();
        private Map<String, @Nullable String> paper = new LinkedHashMap<>();
        private boolean standsForPaper;

        public Map<String, @Nullable String> getPaper() {
            return paper;
        }

        public void setPaper(Map<String, @Nullable String> paper) {
            this.paper = paper;
        }

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
        return access.administrable(office);
    }

    @GetMapping
    String page(@PathVariable String office, Model model) {
        var services = services(office);
        var form = new RulesForm();
        var saved = rules.all(office);
        var checklists = checklists(office);
        services.keySet().forEach(code -> {
            form.maxDesil.put(code, saved.containsKey(code) ? "" + saved.get(code) : "");
            String paper = papers.standsForText(office, code, checklists.getOrDefault(code, List.of()));
            form.paper.put(code, paper == null ? "" : paper);
        });
        form.standsForPaper = rules.checkStandsForPaper(office);
        model.addAttribute("rulesForm", form);
        model.addAttribute("services", services);
        model.addAttribute("checklists", checklists);
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
        var checklists = checklists(office);
        model.addAttribute("services", services);
        model.addAttribute("checklists", checklists);
        return Forms.submit(binding, response, PAGE, () -> {
            rules.save(
                    office,
                    services,
                    checklists,
                    form.getMaxDesil(),
                    form.getPaper(),
                    form.isStandsForPaper(),
                    AlurUser.current().orElseThrow().username());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("registry.eligibility.saved"));
            return "redirect:/admin/offices/" + office + "/registri/kelayakan";
        });
    }

    private Map<String, String> services(String office) {
        return catalog.services(office);
    }

    private Map<String, List<String>> checklists(String office) {
        return catalog.checklists(office);
    }
}
