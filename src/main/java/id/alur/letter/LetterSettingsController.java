package id.alur.letter;

import static id.alur.letter.LetterAdminAdvice.BASE;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import id.alur.platform.Forms;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An office's letter settings in its administration: the overview (settings and letterhead) and a setting's form,
 * with its numbering pattern, and the removal of a setting, confirmed first. The office is checked by
 * {@link LetterAdminAdvice}; a setting of another office is 404.
 */
@Controller
class LetterSettingsController {

    private static final String FORM = "letter/admin-setting";
    private static final String REMOVE = "letter/admin-setting-remove";

    private final LetterService letters;
    private final VerificationUrls urls;

    LetterSettingsController(LetterService letters, VerificationUrls urls) {
        this.urls = urls;
        this.letters = letters;
    }

    @GetMapping(BASE)
    String overview(@PathVariable String office, Model model) {
        model.addAttribute("settings", letters.settings(office));
        model.addAttribute("letterhead", letters.letterhead(office).orElse(null));
        model.addAttribute("templates", letters.templates(office));
        model.addAttribute("sopBodies", letters.sopBodies(office));
        model.addAttribute("bodyKinds", LetterTemplateView.kinds());
        model.addAttribute("publicAddressMissing", !urls.configured());
        return "letter/admin-overview";
    }

    @GetMapping(BASE + "/settings/new")
    String newSetting(Model model) {
        model.addAttribute("form", LetterSettingForm.empty());
        return FORM;
    }

    @GetMapping(BASE + "/settings/{setting}")
    String editSetting(@PathVariable String office, @PathVariable("setting") long id, Model model) {
        model.addAttribute("form", LetterSettingForm.of(settingOf(office, id)));
        return FORM;
    }

    @PostMapping(BASE + "/settings")
    String saveSetting(
            @PathVariable String office,
            @ModelAttribute("form") LetterSettingForm form,
            BindingResult binding,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.getId() != null) {
            settingOf(office, form.getId());
        }
        return Forms.submit(binding, response, FORM, () -> {
            letters.saveSetting(
                    form.toView(office), AlurUser.current().orElseThrow().username());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("letter.admin.setting.saved"));
            return "redirect:/admin/offices/" + office + "/letters";
        });
    }

    /** Asks to confirm the removal of a setting, saying what its step will no longer issue. */
    @GetMapping(BASE + "/settings/{setting}/remove")
    String confirmRemoval(@PathVariable String office, @PathVariable("setting") long id, Model model) {
        removalPage(settingOf(office, id), model);
        return REMOVE;
    }

    /**
     * Removes the setting once confirmed ({@code confirm=true}, the page's check box); unconfirmed, or refused because
     * letters were issued under it, the page comes back 422 saying why and nothing is removed.
     */
    @PostMapping(BASE + "/settings/{setting}/remove")
    String remove(
            @PathVariable String office,
            @PathVariable("setting") long id,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BindingResult binding = removalPage(settingOf(office, id), model);
        return Forms.submit(binding, response, REMOVE, () -> {
            if (!confirm) {
                throw new InvalidLetterInputException("confirm", "letter.setting.remove.confirm");
            }
            letters.removeSetting(office, id, AlurUser.current().orElseThrow().username());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("letter.admin.setting.removed"));
            return "redirect:/admin/offices/" + office + "/letters";
        });
    }

    private static BindingResult removalPage(LetterSettingView setting, Model model) {
        var form = LetterSettingForm.of(setting);
        var binding = new BeanPropertyBindingResult(form, "form");
        model.addAttribute("setting", setting);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
        return binding;
    }

    private LetterSettingView settingOf(String office, long id) {
        var setting = letters.setting(id);
        if (!setting.officeCode().equals(office)) {
            throw new LetterNotFoundException("letter setting " + id + " of office " + office);
        }
        return setting;
    }
}
