package id.alur.office;

import id.alur.platform.Flash;
import id.alur.platform.Forms;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's API tokens, issued and revoked on the user page by the system administrator alone. */
@Controller
@RequestMapping("/admin/users/{username}/tokens")
@PreAuthorize("hasRole('ADMIN')")
class ApiTokenAdminController {

    private final ApiTokens tokens;
    private final UserAccounts users;
    private final UserPage page;

    ApiTokenAdminController(ApiTokens tokens, UserAccounts users, UserPage page) {
        this.tokens = tokens;
        this.users = users;
        this.page = page;
    }

    @PostMapping
    String issue(
            @PathVariable String username,
            @ModelAttribute("tokenForm") TokenForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        UserView user = users.user(username);
        String view = Forms.submit(binding, response, UserPage.VIEW, () -> {
            // Shown on this response only; a redirect would have to carry the secret through the session.
            model.addAttribute("issuedToken", tokens.issue(username, form.getName(), form.getValidDays()));
            model.addAttribute("tokenForm", new TokenForm());
            return UserPage.VIEW;
        });
        // After issuing, so the list shows the new token.
        page.show(user, model);
        return view;
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable String username, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(username, id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.token.revoked", username));
        return "redirect:/admin/users/" + username;
    }
}
