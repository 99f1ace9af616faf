package org.werving.reserve.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.werving.reserve.config.ReserveConfig;
import org.werving.reserve.model.ReserveRules;

/** The reserve rules from configuration ({@code werving.reserve.rules.*}); see {@link ReserveRules}. */
@ApplicationScoped
public class ReserveRulesProducer {

    @Produces
    @Singleton
    ReserveRules rules(ReserveConfig config) {
        ReserveConfig.Rules rules = config.rules();
        return new ReserveRules(rules.temporaryKeepsPlace(), rules.declinesKept(), rules.temporaryDeclinesCount());
    }
}
