package org.werving.reserve.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The reserve rules from configuration; see {@link ReserveRules} for their meaning and defaults. */
@ApplicationScoped
public class ReserveRulesProducer {

    @Produces
    @Singleton
    ReserveRules rules(@ConfigProperty(name = "werving.reserve.rules.temporary-keeps-place", defaultValue = "true") boolean keeps,
            @ConfigProperty(name = "werving.reserve.rules.declines-kept", defaultValue = "1") int declinesKept,
            @ConfigProperty(name = "werving.reserve.rules.temporary-declines-count", defaultValue = "true") boolean tempCounts) {
        return new ReserveRules(keeps, declinesKept, tempCounts);
    }
}
