package id.alur.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Submits a form the same way everywhere (STYLE.md "Errors"): bean-validation errors or an
 * {@link InvalidInputException} from the action re-render the form with each message next to its field and status
 * 422 (htmx swaps 422 responses, see {@code static/js/alur.js}); otherwise the action's view is returned.
 *
 * <pre>{@code
 * @PostMapping("/admin/users")
 * String create(@ModelAttribute("newUserForm") NewUserForm form, BindingResult binding, HttpServletResponse response) {
 *     return Forms.submit(binding, response, "office/admin/user-new", () -> {
 *         offices.createUser(form.getUsername(), form.profile(), form.getPassword());
 *         return "redirect:/admin/users/" + form.getUsername();
 *     });
 * }
 * }</pre>
 *
 * <p>Use JavaBean forms (setters): a value that cannot be converted then leaves its field empty with an error, and
 * the form can be shown again. The view may be a fragment ({@code "office/admin/user :: memberships"}) for htmx.
 */
public final class Forms {

    /** Unprocessable Content (RFC 9110 §15.5.21): the request was understood but its content is wrong. */
    public static final int UNPROCESSABLE = 422;

    private Forms() {}

    public static String submit(
            BindingResult binding, HttpServletResponse response, String formView, Supplier<String> action) {
        if (binding.hasErrors()) {
            response.setStatus(UNPROCESSABLE);
            return formView;
        }
        try {
            return action.get();
        } catch (InvalidInputException e) {
            reject(binding, e);
            response.setStatus(UNPROCESSABLE);
            return formView;
        }
    }

    /**
     * Records the exception's problems on the binding result: on the field when the form has it, otherwise as a
     * global error of the form.
     */
    public static void reject(BindingResult binding, InvalidInputException exception) {
        Object target = binding.getTarget();
        BeanWrapperImpl form = target == null ? null : new BeanWrapperImpl(target);
        for (InputProblem problem : exception.problems()) {
            Object[] arguments = problem.arguments().toArray();
            if (problem.field() != null && form != null && form.isReadableProperty(problem.field())) {
                binding.rejectValue(problem.field(), problem.messageKey(), arguments, problem.messageKey());
            } else {
                binding.reject(problem.messageKey(), arguments, problem.messageKey());
            }
        }
    }
}
