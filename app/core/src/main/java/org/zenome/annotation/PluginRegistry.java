package org.zenome.annotation;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.plugin.AnnotationSourceProvider;
import org.zenome.store.StoreLocations;

/**
 * The annotation-source plugins available: those on the class path (the shipped ClinVar and population-frequency
 * plugins) and those in the plugin folder (one jar each, with a {@code META-INF/services} entry). A plugin that
 * cannot be loaded or answers its id with an error is reported in {@link #problems()} and skipped; it never stops
 * the application. The first plugin with an id wins; later ones with the same id are reported.
 */
public final class PluginRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);
    /** Environment variable naming the plugin folder. */
    public static final String ENV_PLUGINS = "ZENOME_PLUGINS";

    /** A plugin that was skipped, and why. */
    public record Problem(String source, String message) {
        @Override
        public String toString() {
            return source + ": " + message;
        }
    }

    private final Map<String, AnnotationSourceProvider> providers;
    private final Map<String, String> origins;
    private final List<Problem> problems;

    private PluginRegistry(Map<String, AnnotationSourceProvider> providers, Map<String, String> origins,
                           List<Problem> problems) {
        this.providers = providers;
        this.origins = origins;
        this.problems = List.copyOf(problems);
    }

    /** The default plugin folder: {@code ZENOME_PLUGINS}, else {@code plugins} in the user data directory. */
    public static Path defaultFolder() {
        String env = System.getenv(ENV_PLUGINS);
        return env != null && !env.isBlank() ? Path.of(env) : StoreLocations.userDataDirectory().resolve("plugins");
    }

    /** Plugins on the class path of this class and in {@code folder} (may be null or missing). */
    public static PluginRegistry discover(Path folder) {
        return discover(PluginRegistry.class.getClassLoader(), folder);
    }

    public static PluginRegistry discover(ClassLoader parent, Path folder) {
        Map<String, AnnotationSourceProvider> found = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<String> classpathClasses = new ArrayList<>();
        load(ServiceLoader.load(AnnotationSourceProvider.class, parent), "class path", found, origins, problems,
                classpathClasses, null);
        if (folder != null && Files.isDirectory(folder)) {
            List<Path> jars;
            try (Stream<Path> s = Files.list(folder)) {
                jars = s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
            } catch (IOException e) {
                problems.add(new Problem(folder.toString(), "cannot list the plugin folder: " + e.getMessage()));
                jars = List.of();
            }
            for (Path jar : jars) {
                URLClassLoader loader;
                try {
                    loader = new URLClassLoader("zenome-plugin:" + jar.getFileName(), new URL[] {jar.toUri().toURL()},
                            parent);
                } catch (MalformedURLException e) {
                    problems.add(new Problem(jar.toString(), e.getMessage()));
                    continue;
                }
                int before = found.size();
                int problemsBefore = problems.size();
                load(ServiceLoader.load(AnnotationSourceProvider.class, loader), jar.toString(), found, origins,
                        problems, classpathClasses, classpathClasses);
                if (found.size() == before && problems.size() == problemsBefore) {
                    problems.add(new Problem(jar.toString(), "no annotation-source plugin in it (no "
                            + "META-INF/services/" + AnnotationSourceProvider.class.getName() + ")"));
                }
            }
        }
        problems.forEach(p -> LOG.warn("Plugin skipped: {}", p));
        return new PluginRegistry(found, origins, problems);
    }

    private static void load(ServiceLoader<AnnotationSourceProvider> loader, String origin,
                             Map<String, AnnotationSourceProvider> found, Map<String, String> origins,
                             List<Problem> problems, List<String> seenClasses, List<String> skipClasses) {
        Iterator<ServiceLoader.Provider<AnnotationSourceProvider>> it = loader.stream().iterator();
        while (true) {
            ServiceLoader.Provider<AnnotationSourceProvider> p;
            try {
                if (!it.hasNext()) {
                    break;
                }
                p = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                problems.add(new Problem(origin, describe(e)));
                continue;
            }
            String type;
            try {
                type = p.type().getName();
            } catch (ServiceConfigurationError | LinkageError e) {
                problems.add(new Problem(origin, describe(e)));
                continue;
            }
            if (skipClasses != null && skipClasses.contains(type)) {
                continue; // already found on the class path
            }
            AnnotationSourceProvider provider;
            String id;
            try {
                provider = p.get();
                id = provider.id();
                provider.version();
                provider.kind();
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                problems.add(new Problem(origin, type + ": " + describe(e)));
                continue;
            }
            if (skipClasses == null) {
                seenClasses.add(type);
            }
            if (id == null || id.isBlank()) {
                problems.add(new Problem(origin, type + ": the plugin has no id"));
            } else if (found.containsKey(id)) {
                problems.add(new Problem(origin, type + ": a plugin with id '" + id + "' is already loaded from "
                        + origins.get(id)));
            } else {
                found.put(id, provider);
                origins.put(id, origin);
            }
        }
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            sb.append(" (").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(')');
        }
        return sb.toString();
    }

    public List<AnnotationSourceProvider> providers() {
        return List.copyOf(providers.values());
    }

    public Optional<AnnotationSourceProvider> find(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /** Where the plugin with this id was loaded from ({@code class path} or the jar). */
    public String origin(String id) {
        return origins.get(id);
    }

    public List<Problem> problems() {
        return problems;
    }
}
