package org.zenome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zenome.domain.GenomeBuild;
import org.zenome.importer.VcfValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zenome validate VCF...}: the importer's checks without importing. One line per file on standard output,
 * {@code OK <file>} or {@code INVALID <file>:<line>: <rule>} (line 0 when the problem is not on one line), with the
 * file as given; exit 0 when every file is valid, 3 otherwise.
 */
@Command(name = "validate", description = "Check VCF files with the importer's rules, without importing them.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--build", paramLabel = "GRCh37|GRCh38",
            description = "Genome build the files must be on; otherwise the build must be detectable from the header.")
    String build;

    @Option(names = {"-v", "--verbose"}, description = "Also print the record and finding counts and warnings of valid files.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "VCF", description = "VCF files, plain or bgzipped.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        GenomeBuild b = build == null ? null : ImportCommand.parseBuild(spec.commandLine(), build);
        boolean allValid = true;
        for (String f : files) {
            VcfValidator.Outcome o = VcfValidator.validate(Path.of(f), f, b);
            if (o.valid()) {
                out.println("OK " + f);
                if (verbose) {
                    out.println("  " + o.records() + " records, " + o.findings() + " findings, " + o.build());
                    for (String w : o.warnings()) {
                        out.println("  warning: " + w);
                    }
                }
            } else {
                allValid = false;
                out.println("INVALID " + f + ":" + o.line() + ": " + oneLine(o.problem()));
            }
            out.flush();
        }
        return allValid ? ZenomeCli.OK : ZenomeCli.INVALID_INPUT;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    }
}
