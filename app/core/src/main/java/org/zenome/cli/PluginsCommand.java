package org.zenome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zenome.annotation.PluginRegistry;
import org.zenome.plugin.AnnotationSourceProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome plugins}: the annotation-source plugins found, and those skipped with the reason. */
@Command(name = "plugins", description = {"List the annotation-source plugins (TSV: id, version, kind, origin, name);",
        "plugins that could not be loaded are listed on standard error and skipped."})
final class PluginsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Plugin folder (default: $ZENOME_PLUGINS, else plugins in the user data directory).")
    Path pluginDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PluginRegistry r = PluginRegistry.discover(pluginDir != null ? pluginDir : PluginRegistry.defaultFolder());
        out.println("id\tversion\tkind\torigin\tname");
        for (AnnotationSourceProvider p : r.providers()) {
            out.println(String.join("\t", p.id(), p.version(), p.kind(), r.origin(p.id()), p.displayName()));
        }
        out.flush();
        r.problems().forEach(p -> spec.commandLine().getErr().println("zenome: plugin skipped: " + p));
        return ZenomeCli.OK;
    }
}
