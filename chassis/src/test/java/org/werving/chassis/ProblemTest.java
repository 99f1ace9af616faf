package org.werving.chassis;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.werving.chassis.problem.Problem;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Problem#rule()}: the rule of a werving problem type, nothing for any other, and never in the JSON. */
class ProblemTest {

    @Test
    void theRuleIsTheTypeWithoutTheNamespace() {
        assertEquals("slot-full", Problem.of(409, "slot-full", "Conflict", "full", "/x", List.of()).rule());
        assertEquals("validation", problem("urn:werving:problem:validation").rule());
    }

    @Test
    void anotherTypeOrNoneHasNoRule() {
        assertNull(Problem.ofStatus(404, "/x").rule());
        assertNull(problem("about:blank").rule());
        assertNull(problem("urn:werving:problem:").rule());
        assertNull(problem("urn:other:problem:slot-full").rule());
        assertNull(new Problem(null, "t", 400, "d", "/x", List.of()).rule());
    }

    @Test
    void theRuleIsNotWritten() throws Exception {
        String json = new ObjectMapper().writeValueAsString(Problem.of(409, "slot-full", "Conflict", "full", "/x", List.of()));
        assertTrue(json.contains("\"type\":\"urn:werving:problem:slot-full\""), json);
        assertFalse(json.contains("rule"), json);
    }

    private static Problem problem(String type) {
        return new Problem(URI.create(type), "t", 400, "d", "/x", List.of());
    }
}
