/**
 * Configuration: the administrator's read-only file ({@link AdminConfig}: data directory, reference genomes,
 * annotation sources, plugin and template directories, UI scale, default language) with the user's own
 * preferences ({@link UserPreferences}: language, UI scale) layered on top, giving the {@link Settings} the
 * application starts with. No JavaFX, no network.
 */
package org.zenome.config;
