package org.zenome.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.CopyNumberSegment;
import org.zenome.domain.SampleRole;
import org.zenome.importer.InvalidInputException;
import org.zenome.interpretation.Actor;
import org.zenome.plot.PlotKind;
import org.zenome.plot.PlotRenderer;
import org.zenome.plot.PlotService;
import org.zenome.plot.SegmentFiles;
import org.zenome.plot.SignatureFit;
import org.zenome.plot.Spectrum;
import org.zenome.plot.StructuralVariant;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome plot}: a genome-wide picture of a case, headless, as SVG or PNG. */
@Command(name = "plot", description = {"Draw a genome-wide picture of a case as SVG or PNG (headless): qc (sample QC "
        + "and relatedness), vaf (allele fraction and depth ratio), cn (copy-number segments), sv (structural "
        + "variants as arcs; the list is printed as TSV), spectrum (96 SNV classes; needs the reference FASTA of the "
        + "case's build; counts and the signature fit are printed as TSV)."})
final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "Case ID.")
    String caseId;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "qc, vaf, cn, sv or spectrum.")
    String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.svg or FILE.png.")
    Path out;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1600", description = "Width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "700", description = "Height (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--segments", paramLabel = "FILE", description = "Import copy-number segments (.seg or CNVkit "
            + ".cns) into the case first (they replace earlier ones).")
    Path segments;

    @Option(names = "--signatures", paramLabel = "FILE", description = "Fit the spectrum against this signature matrix "
            + "(TSV: class column as A[C>A]A, one column per signature, e.g. a COSMIC SBS table you are licensed to use).")
    Path signatures;

    @Option(names = "--user", paramLabel = "NAME", description = "Who imports segments or runs the QC (default: the OS user).")
    String user;

    @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "en",
            description = "Language of the picture's text: ja or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() throws InvalidInputException, IOException {
        PlotKind k = PlotKind.parse(kind).orElseThrow(() -> new IllegalArgumentException("--kind must be one of qc, vaf, "
                + "cn, sv, spectrum, not '" + kind + "'"));
        Locale locale = switch (lang == null ? "" : lang.trim().toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--lang must be ja or en, not '" + lang + "'");
        };
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new IllegalArgumentException("--out must end in .svg or .png: " + out);
        }
        if (width < 200 || height < 150 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("--width/--height must be 200..10000 / 150..10000 pixels");
        }
        SignatureFit fit = null;
        if (signatures != null) {
            if (k != PlotKind.SPECTRUM) {
                throw new IllegalArgumentException("--signatures goes with --kind spectrum");
            }
            fit = SignatureFit.load(signatures);
        }
        System.setProperty("java.awt.headless", "true");
        PrintWriter o = spec.commandLine().getOut();
        String who = user != null ? user : "os:" + Actor.osUser().name();
        try (CaseStore store = db.open()) {
            CaseSummary c = store.cases().find(caseId).orElseThrow(() -> new IllegalArgumentException(
                    "no case '" + caseId + "' in " + store.location()));
            if (segments != null) {
                if (store.reviews().isLocked(c.caseId())) {
                    throw new org.zenome.store.CaseLockedException(c.caseId(), "case " + c.caseId()
                            + " is signed off: segments cannot be imported into it");
                }
                String sample = c.samples().stream().filter(s -> s.role() == SampleRole.TUMOUR).map(s -> s.name())
                        .findFirst().orElse(c.caseId());
                List<CopyNumberSegment> segs = SegmentFiles.read(segments, sample);
                store.qc().replaceSegments(c.id(), segments.getFileName().toString(), segs);
                store.audit().append(who, new org.zenome.audit.AuditEvent("case.segments-import", "case", c.caseId(),
                        c.caseId(), null, org.zenome.audit.AuditJson.of("file", segments.toString(), "segments",
                                segs.size())));
            }
            PlotService.Picture p;
            try {
                p = new PlotService(store).draw(c, k, fit, who, locale);
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("zenome: " + e.getMessage());
                return ZenomeCli.FAILURE;
            }
            byte[] bytes = svg ? PlotRenderer.svgBytes(p.chart(), width, height) : PlotRenderer.png(p.chart(), width, height);
            Path abs = out.toAbsolutePath();
            Path tmp = Files.createTempFile(abs.getParent(), ".plot", ".tmp");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            if (k == PlotKind.SV) {
                o.println("chrom\tpos\tmate_chrom\tmate_pos\ttype\tlength\tgene\tfilter\ttumour_vaf");
                for (StructuralVariant v : p.data().structuralVariants()) {
                    o.println(String.join("\t", v.chrom(), Integer.toString(v.pos()), v.mateChrom(),
                            Integer.toString(v.matePos()), Tsv.cell(v.type()), Integer.toString(v.length()),
                            Tsv.cell(v.gene()), Tsv.cell(v.filter()), QcCommand.num(v.tumourVaf(), 3)));
                }
            } else if (k == PlotKind.SPECTRUM) {
                long[] counts = p.data().spectrum().counts();
                o.println("section\tname\tvalue\tfraction");
                for (int i = 0; i < 96; i++) {
                    o.println("class\t" + Spectrum.classes().get(i) + "\t" + counts[i] + "\t");
                }
                o.println("skipped\tref_mismatch\t" + p.data().spectrum().refMismatches() + "\t");
                o.println("skipped\tno_context\t" + p.data().spectrum().skipped() + "\t");
                if (p.fit() != null) {
                    for (SignatureFit.Exposure e : p.fit().exposures()) {
                        o.println("signature\t" + e.signature() + "\t" + QcCommand.num(e.mutations(), 2) + "\t"
                                + QcCommand.num(e.fraction(), 4));
                    }
                    o.println("fit\tcosine_similarity\t" + QcCommand.num(p.fit().cosineSimilarity(), 4) + "\t");
                }
            }
            o.flush();
            spec.commandLine().getErr().println("zenome: wrote " + abs + " (" + k.id() + ", " + p.items() + " items)");
        }
        return ZenomeCli.OK;
    }
}
