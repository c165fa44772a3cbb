package org.zenome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zenome.interpretation.SecondaryFindingList;
import org.zenome.interpretation.SecondaryFindingLists;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome sf-lists}: the secondary-finding gene lists available (shipped and added by the user). */
@Command(name = "sf-lists", description = {"List the secondary-finding gene lists (TSV: id, name, version, genes,"
        + " categories, origin, citation).", "Add a list by putting its .tsv in the folder (no rebuild needed)."})
final class SfListsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--folder", paramLabel = "DIR",
            description = "Folder of added lists (default: secondary-findings in the user data directory).")
    Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SecondaryFindingLists lists = SecondaryFindingLists.load(folder != null ? folder
                : SecondaryFindingLists.userFolder());
        out.println("id\tname\tversion\tgenes\tcategories\torigin\tcitation");
        for (SecondaryFindingList l : lists.all()) {
            out.println(String.join("\t", l.id(), l.name(), l.version(), Integer.toString(l.genes().size()),
                    String.join(",", l.categories()), l.origin(), l.citation()));
        }
        out.flush();
        lists.problems().forEach(p -> spec.commandLine().getErr().println("zenome: gene list skipped: " + p));
        return lists.problems().isEmpty() ? ZenomeCli.OK : ZenomeCli.INVALID_INPUT;
    }
}
