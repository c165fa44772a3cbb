package org.zenome.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.zenome.browser.BrowserFileException;
import org.zenome.browser.SnapshotRenderer;
import org.zenome.casefiles.BrowserSetupException;
import org.zenome.casefiles.CaseBrowserSessions;
import org.zenome.casefiles.LocusResolver;
import org.zenome.domain.CaseSnapshot;
import org.zenome.domain.CaseSummary;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zenome snapshot}: the case's genome browser view at a locus, drawn headless into an SVG or PNG (like
 * IGV's batch {@code snapshot}), and kept with the case for the report.
 */
@Command(name = "snapshot", description = {
    "Draw the genome browser of a case at a locus into an SVG or PNG file, headless.",
    "Shows the reference, genes, the case's variants and each sample's reads, and keeps the picture with the",
    "case. LOCUS: chr:start-end, chr:pos, a gene symbol of the reference's annotation, or a finding of the case",
    "(chr:pos REF>ALT, GENE:c.xxx)."})
final class SnapshotCommand implements Callable<Integer> {
    static final int DEFAULT_WIDTH = 1200;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "Case ID.")
    String caseId;

    @Option(names = "--locus", required = true, paramLabel = "LOCUS", description = "What to show.")
    String locus;

    @Option(names = "--out", required = true, paramLabel = "FILE.svg|FILE.png", description = "Picture to write.")
    Path out;

    @Option(names = "--width", paramLabel = "PX", description = "Width in pixels (400-4000, default ${DEFAULT-VALUE}).")
    int width = DEFAULT_WIDTH;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = name.endsWith(".svg") ? "SVG" : name.endsWith(".png") ? "PNG" : null;
        if (format == null) {
            throw new CommandLine.ParameterException(cl, "--out must end in .svg or .png: " + out);
        }
        if (width < 400 || width > 4000) {
            throw new CommandLine.ParameterException(cl, "--width must be between 400 and 4000 pixels, not " + width);
        }
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            err.println("zenome: " + out + ": the folder does not exist");
            return ZenomeCli.INVALID_INPUT;
        }
        Optional<SnapshotRenderer> renderer = ServiceLoader.load(SnapshotRenderer.class).findFirst();
        if (renderer.isEmpty()) {
            err.println("zenome: this installation has no genome browser (the desktop module is missing)");
            return ZenomeCli.FAILURE;
        }
        try (CaseStore store = db.open()) {
            CaseSummary kase = store.cases().find(caseId).orElse(null);
            if (kase == null) {
                err.println("zenome: no case '" + caseId + "' in " + store.location());
                return ZenomeCli.INVALID_INPUT;
            }
            CaseBrowserSessions.Setup setup;
            try {
                setup = new CaseBrowserSessions(store).forCase(kase);
            } catch (BrowserSetupException e) {
                err.println("zenome: " + e.getMessage());
                return e.problem() == BrowserSetupException.Problem.CONTIGS_DO_NOT_MATCH
                        ? ZenomeCli.INVALID_INPUT : ZenomeCli.FAILURE;
            } catch (BrowserFileException e) {
                err.println("zenome: " + e.getMessage());
                return ZenomeCli.INVALID_INPUT;
            }
            org.zenome.casefiles.GeneIndex genes = org.zenome.casefiles.GeneIndex.empty();
            if (setup.session().reference().annotationTrack().isPresent()) {
                genes = org.zenome.casefiles.GeneIndex.read(setup.session().reference().annotation().file());
            }
            LocusResolver.Target target = new LocusResolver(store.findings(), kase.id(), genes).resolve(locus)
                    .orElse(null);
            if (target == null) {
                err.println("zenome: --locus '" + locus + "': no finding of case " + caseId + " is described so");
                return ZenomeCli.INVALID_INPUT;
            }
            String goTo = target.igvLocus();
            for (BrowserFileException e : setup.unavailable()) {
                err.println("warning: " + e.getMessage() + "; its track is left out");
            }
            long t0 = System.nanoTime();
            SnapshotRenderer.Picture picture;
            // the renderer picks the format by the name's ending
            Path tmp = out.toAbsolutePath().resolveSibling(".partial-" + out.getFileName());
            try {
                picture = renderer.get().render(setup.session(), goTo, width, tmp);
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (SnapshotRenderer.LocusNotFoundException e) {
                err.println("zenome: --locus '" + locus + "': " + e.getMessage());
                return ZenomeCli.INVALID_INPUT;
            } catch (IOException e) {
                err.println("zenome: cannot draw " + out + ": " + e.getMessage());
                return ZenomeCli.FAILURE;
            } finally {
                Files.deleteIfExists(tmp);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            store.snapshots().save(kase.id(), new CaseSnapshot(0, picture.locus(), format, picture.width(),
                    picture.height(), Instant.now(), Files.readAllBytes(out)));
            PrintWriter o = cl.getOut();
            o.printf(Locale.ROOT, "snapshot of case %s at %s: %s (%s, %dx%d px, %d ms)%n", kase.caseId(), picture.locus(),
                    out.toAbsolutePath().normalize(), format, picture.width(), picture.height(), ms);
            o.flush();
            return ZenomeCli.OK;
        }
    }
}
