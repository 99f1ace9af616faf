package org.werving.candidate;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Application bodies. */
public final class CandidateFixtures {
    private CandidateFixtures() {
    }

    public static Map<String, Object> application(UUID vacancyId, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("vacancyId", vacancyId.toString());
        body.put("firstName", "An");
        body.put("lastName", "Peeters");
        body.put("email", email);
        body.put("internal", false);
        body.put("diplomaLevel", "B");
        body.put("relevantExperienceMonths", 30);
        return body;
    }

    public static String uniqueEmail(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
