package id.alur.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Turns bean-validation errors of a request body into the platform's {@link InvalidInputException}. */
final class BindingProblems {

    private BindingProblems() {}

    static InvalidInputException of(BindingResult binding) {
        List<InputProblem> problems = new ArrayList<>();
        for (ObjectError error : binding.getAllErrors()) {
            String code = error.getCode() == null ? "platform.error.invalid" : error.getCode();
            if (error instanceof FieldError field) {
                problems.add(InputProblem.ofField(
                        field.getField(), code, field.getArguments() == null ? new Object[0] : field.getArguments()));
            } else {
                problems.add(InputProblem.general(code));
            }
        }
        if (problems.isEmpty()) {
            problems.add(InputProblem.general("platform.error.invalid"));
        }
        return new InvalidInputException(problems);
    }
}
