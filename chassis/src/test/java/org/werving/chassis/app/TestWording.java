package org.werving.chassis.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemWording;

import java.util.Optional;

/** A service's wording, as a test sees it: on /chassis-test/worded/ only, the title says which layer worded it. */
@ApplicationScoped
public class TestWording implements ProblemWording {
    public static final String PATHS = "/chassis-test/worded/";

    @Override
    public Optional<Worded> word(Layer layer, String method, String path, Problem problem) {
        if (!path.startsWith(PATHS)) {
            return Optional.empty();
        }
        return Optional.of(new Worded(new Problem(problem.type(), layer + " " + method + ": " + problem.title(),
                problem.status(), problem.detail(), problem.instance(), problem.errors()), "nl"));
    }
}
