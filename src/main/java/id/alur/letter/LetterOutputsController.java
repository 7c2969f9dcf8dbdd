package id.alur.letter;

import static id.alur.letter.LetterAdminAdvice.BASE;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.InvalidInputException;
import id.alur.sop.SopVersionId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Which steps of an office's SOP versions output a letter: the rule's verdict for each step in an office lane, and the
 * admin's choice ("surat" / "bukan surat" / follow the rule), posted as {@code step.<number>=ya|tidak|} (issue 12
 * follow-up). The office is checked by {@link LetterAdminAdvice}; another office's version is 404.
 */
@Controller
class LetterOutputsController {

    private static final String PAGE = "letter/admin-outputs";

    private final LetterOutputChoices outputs;

    LetterOutputsController(LetterOutputChoices outputs) {
        this.outputs = outputs;
    }

    @GetMapping(BASE + "/outputs")
    String versions(@PathVariable String office, Model model) {
        model.addAttribute("versions", outputs.versions(office));
        return "letter/admin-output-versions";
    }

    @GetMapping(BASE + "/outputs/{version}")
    String outputs(@PathVariable String office, @PathVariable("version") long version, Model model) {
        page(office, new SopVersionId(version), model);
        return PAGE;
    }

    @PostMapping(BASE + "/outputs/{version}")
    String choose(
            @PathVariable String office,
            @PathVariable("version") long version,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var id = new SopVersionId(version);
        Map<Integer, Boolean> chosen = new LinkedHashMap<>();
        try {
            form.forEach((name, value) -> {
                if (!name.startsWith("step.") || value.isBlank()) {
                    return;
                }
                int step;
                try {
                    step = Integer.parseInt(name.substring("step.".length()));
                } catch (NumberFormatException e) {
                    throw new InvalidLetterInputException(name, "letter.outputs.unknown-step", name);
                }
                if (!value.equals("ya") && !value.equals("tidak")) {
                    throw new InvalidLetterInputException(name, "letter.outputs.bad-choice", step);
                }
                chosen.put(step, value.equals("ya"));
            });
            outputs.choose(office, id, chosen, AlurUser.current().orElseThrow().username());
        } catch (InvalidInputException e) {
            page(office, id, model);
            model.addAttribute("problems", e.problems());
            response.setStatus(422);
            return PAGE;
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("letter.outputs.saved"));
        return "redirect:/admin/offices/" + office + "/letters/outputs/" + version;
    }

    private void page(String office, SopVersionId id, Model model) {
        model.addAttribute("version", outputs.version(office, id));
        model.addAttribute("outputs", outputs.outputs(office, id));
    }
}
