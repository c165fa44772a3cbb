package org.zenome.logging;

import ch.qos.logback.core.PropertyDefinerBase;
import org.zenome.store.StoreLocations;

/** Logback property: the log folder in the user's data directory (or {@code -Dzenome.log.dir}). */
public final class LogDirectory extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        String explicit = System.getProperty("zenome.log.dir");
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        return StoreLocations.userDataDirectory().resolve("logs").toString();
    }
}
