package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moves the signed-in user to another of their offices; the choice is remembered for the next login. */
@Controller
class OfficeSwitchController {

    private final SignedInOfficers signedIn;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    OfficeSwitchController(SignedInOfficers signedIn) {
        this.signedIn = signedIn;
    }

    @PostMapping("/office/switch")
    String switchOffice(
            @RequestParam String officeCode,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AlurUser current = AlurUser.current().orElseThrow();
        AlurUser switched = signedIn.switchOffice(current.username(), officeCode);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(switched, null, switched.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("office.switch.done", switched.officeName()));
        return "redirect:/";
    }
}
