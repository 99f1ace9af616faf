package org.werving.selection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.werving.selection.model.TieRule;

/** selection-service's own settings ({@code werving.selection.*}); docs/operations.md lists them. */
@ConfigMapping(prefix = "werving.selection")
public interface SelectionConfig {
    /**
     * The tie rule at a top-N cut and in the final ranking for a stage that does not set its own
     * (INCLUDE_ALL_TIED or EARLIEST_APPLICATION).
     */
    @WithDefault("INCLUDE_ALL_TIED")
    TieRule tieRule();
}
