package org.zenome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zenome.browser.BrowserFileException;
import org.zenome.browser.ReferenceGenome;
import org.zenome.casefiles.ReferenceGenomes;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.ReferenceGenomeFiles;
import org.zenome.importer.InvalidInputException;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome reference set|list}: the local reference genome of each build, for the genome browser. */
@Command(name = "reference", description = "The local reference genome per build that the genome browser shows.",
        subcommands = {ReferenceCommand.Set.class, ReferenceCommand.ListReferences.class})
final class ReferenceCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ZenomeCli.USAGE;
    }

    static GenomeBuild parseBuild(CommandLine cl, String s) {
        for (GenomeBuild g : GenomeBuild.values()) {
            if (g.name().equalsIgnoreCase(s)) {
                return g;
            }
        }
        throw new CommandLine.ParameterException(cl, "--build must be GRCh37 or GRCh38, not '" + s + "'");
    }

    /** Checks the files as the browser will read them; a problem is invalid input naming the file. */
    static ReferenceGenome check(ReferenceGenomeFiles files) throws InvalidInputException {
        try {
            return ReferenceGenomes.toBrowser(files);
        } catch (BrowserFileException e) {
            throw new InvalidInputException(e.file().toString(), 0, switch (e.problem()) {
                case MISSING_FILE -> "file not found or not readable";
                case MISSING_INDEX -> e.getMessage().replace(" beside " + e.file(), "").replace("no index",
                        "no index found beside it") + (e.file().toString().contains(".fa")
                        ? "; create it with samtools faidx" : "; create it with tabix");
                case NOT_BGZF -> "not BGZF-compressed (compress it with bgzip)";
                case UNSUPPORTED_FORMAT -> e.getMessage().replace(": " + e.file(), "");
            }, e);
        }
    }

    @Command(name = "set", description = {"Point a genome build to a local indexed FASTA, genes and cytobands.",
        "FASTA: .fa + .fai, or bgzipped .fa.gz + .fai + .gzi. Genes (optional): GTF, GFF3, refGene or BED, bgzipped",
        "with a tabix index when large. Cytobands (optional): a UCSC cytoBand.txt. The files stay where they are;",
        "the cases of that build show them."})
    static final class Set implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Option(names = "--build", required = true, paramLabel = "GRCh37|GRCh38", description = "Genome build.")
        String build;

        @Option(names = "--fasta", required = true, paramLabel = "FILE", description = "Indexed reference FASTA.")
        Path fasta;

        @Option(names = "--annotation", paramLabel = "FILE", description = "Genes: GTF, GFF3, refGene or BED.")
        Path annotation;

        @Option(names = "--cytoband", paramLabel = "FILE", description = "UCSC cytoband table (cytoBand.txt[.gz]).")
        Path cytoband;

        @Override
        public Integer call() throws Exception {
            GenomeBuild b = parseBuild(spec.commandLine(), build);
            ReferenceGenomeFiles files = new ReferenceGenomeFiles(b, fasta.toAbsolutePath().normalize(),
                    annotation == null ? null : annotation.toAbsolutePath().normalize(),
                    cytoband == null ? null : cytoband.toAbsolutePath().normalize(), null);
            ReferenceGenome ref = check(files);
            List<String> contigs;
            try {
                contigs = ReferenceGenomes.contigs(ref);
            } catch (java.io.IOException e) {
                throw new InvalidInputException(ref.fastaIndex().toString(), 0, "cannot read: " + e.getMessage(), e);
            }
            if (contigs.isEmpty()) {
                throw new InvalidInputException(ref.fastaIndex().toString(), 0, "the FASTA index lists no sequence", null);
            }
            try (CaseStore store = db.open()) {
                store.references().set(files);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "reference %s: %s (%,d sequences)%s%s%n", b, ref.fasta(), contigs.size(),
                    annotation == null ? "" : ", genes " + files.annotation(),
                    cytoband == null ? "" : ", cytobands " + files.cytoband());
            out.flush();
            return ZenomeCli.OK;
        }
    }

    @Command(name = "list", description = "List the reference genomes (TSV with a header line: build, fasta, "
            + "annotation, cytoband, updated, status).")
    static final class ListReferences implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseStore store = db.open()) {
                out.println("build\tfasta\tannotation\tcytoband\tupdated\tstatus");
                for (ReferenceGenomeFiles f : store.references().list()) {
                    String status;
                    try {
                        check(f);
                        status = "ok";
                    } catch (InvalidInputException e) {
                        status = e.getMessage();
                    }
                    out.println(String.join("\t", f.build().name(), f.fasta().toString(),
                            f.annotation() == null ? "" : f.annotation().toString(),
                            f.cytoband() == null ? "" : f.cytoband().toString(), f.updated().toString(), status));
                }
            }
            out.flush();
            return ZenomeCli.OK;
        }
    }
}
