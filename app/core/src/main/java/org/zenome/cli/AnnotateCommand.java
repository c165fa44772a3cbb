package org.zenome.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.zenome.annotation.AnnotationService;
import org.zenome.annotation.PluginRegistry;
import org.zenome.domain.CaseSummary;
import org.zenome.interpretation.Actor;
import org.zenome.interpretation.AnnotationSourceRecord;
import org.zenome.plugin.AnnotationSourceProvider;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zenome annotate}: annotates a case from local source files with a plugin and records each source (name,
 * version, SHA-256) on the case. Prints one TSV line per source.
 */
@Command(name = "annotate", description = {"Annotate a case from local annotation files with a plugin "
        + "(clinvar, population-frequency, or one from the plugin folder).",
        "Prints: plugin, name, version, sha256, findings looked up, findings matched (TSV with a header line).",
        "Indels are left-aligned against the case's reference FASTA (zenome reference set) on both sides; without "
                + "one they are matched as written, which standard error says once."})
final class AnnotateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "Case ID.")
    String caseId;

    @Option(names = "--plugin", required = true, paramLabel = "ID",
            description = "Plugin id (see 'zenome plugins'), e.g. clinvar or population-frequency.")
    String plugin;

    @Option(names = "--name", paramLabel = "NAME", description = "Name to show for the source (default: from the file).")
    String name;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Plugin folder (default: $ZENOME_PLUGINS, else plugins in the user data directory).")
    Path pluginDir;

    @Option(names = "--user", paramLabel = "NAME", description = "Who is annotating (default: the OS user).")
    String user;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Source files: bgzipped VCF with its .tbi, or a small plain VCF.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PluginRegistry registry = PluginRegistry.discover(pluginDir != null ? pluginDir : PluginRegistry.defaultFolder());
        registry.problems().forEach(p -> spec.commandLine().getErr().println("zenome: plugin skipped: " + p));
        AnnotationSourceProvider provider = registry.find(plugin).orElseThrow(() -> new IllegalArgumentException(
                "no plugin '" + plugin + "' (available: " + String.join(", ", registry.providers().stream()
                        .map(AnnotationSourceProvider::id).toList()) + ")"));
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                spec.commandLine().getErr().println("zenome: " + f.toAbsolutePath() + ": no such file");
                return ZenomeCli.INVALID_INPUT;
            }
        }
        try (CaseStore store = db.open()) {
            CaseSummary c = store.cases().find(caseId).orElseThrow(() -> new IllegalArgumentException(
                    "no case '" + caseId + "' in " + store.location()));
            AnnotationService service = new AnnotationService(store, user == null ? Actor.osUser() : Actor.named(user),
                    Clock.systemUTC());
            AnnotationService.Matching matching = service.matching(c.id());
            spec.commandLine().getErr().println("zenome: " + matching.note());
            out.println("plugin\tname\tversion\tsha256\tlooked_up\tmatched");
            for (Path f : files) {
                AnnotationSourceRecord r;
                try {
                    r = service.annotate(c.id(), provider, f, name, null, null, matching);
                } catch (IOException e) {
                    spec.commandLine().getErr().println("zenome: " + e.getMessage());
                    return ZenomeCli.INVALID_INPUT;
                }
                out.println(String.join("\t", r.plugin(), r.name(), r.version(), r.sha256(),
                        Long.toString(r.lookedUp()), Long.toString(r.matched())));
                out.flush();
            }
        }
        return ZenomeCli.OK;
    }
}
