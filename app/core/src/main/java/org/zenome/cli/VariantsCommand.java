package org.zenome.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Finding;
import org.zenome.domain.Genotype;
import org.zenome.domain.Region;
import org.zenome.domain.Sample;
import org.zenome.domain.VariantFilter;
import org.zenome.importer.Consequences;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome variants}: filtered findings of a case as TSV. */
@Command(name = "variants", description = "Print the findings of a case, filtered, as TSV with a header line.")
final class VariantsCommand implements Callable<Integer> {
    private static final int PAGE = 10_000;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "Case ID.")
    String caseId;

    @Option(names = "--gene", paramLabel = "G", split = ",", description = "Gene symbol(s) (repeatable or comma-separated).")
    List<String> genes = new ArrayList<>();

    @Option(names = "--region", paramLabel = "CHR:START-END", description = "Genomic region (chr17:43044295-43125483).")
    String region;

    @Option(names = "--max-af", paramLabel = "X", description = "Maximum population allele frequency.")
    Double maxAf;

    @Option(names = "--consequence", paramLabel = "C", split = ",",
            description = "Sequence Ontology consequence term(s), e.g. missense_variant,stop_gained.")
    List<String> consequences = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (default: all).")
    Integer limit;

    @Option(names = "--format", paramLabel = "tsv", description = "Output format (tsv).")
    String format = "tsv";

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (!"tsv".equalsIgnoreCase(format)) {
            throw new CommandLine.ParameterException(cl, "--format must be tsv, not '" + format + "'");
        }
        if (limit != null && limit < 0) {
            throw new CommandLine.ParameterException(cl, "--limit must not be negative");
        }
        if (maxAf != null && (maxAf < 0 || maxAf > 1)) {
            throw new CommandLine.ParameterException(cl, "--max-af must be between 0 and 1");
        }
        VariantFilter filter = VariantFilter.all().withGenes(genes).withMaxPopulationAf(maxAf);
        if (region != null) {
            Region r = Region.parse(region).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "--region '" + region + "' is not CHR:START-END"));
            filter = filter.withRegion(r);
        }
        if (!consequences.isEmpty()) {
            Set<String> terms = new LinkedHashSet<>();
            for (String c : consequences) {
                String t = c.trim();
                if (!Consequences.BY_SEVERITY.contains(Consequences.canonical(t)) || (!Consequences.BY_SEVERITY.contains(t)
                        && Consequences.canonical(t).equals("sequence_variant") && !t.equals("sequence_variant"))) {
                    throw new CommandLine.ParameterException(cl, "unknown consequence '" + t
                            + "' (Sequence Ontology terms such as missense_variant, stop_gained)");
                }
                terms.add(t);
            }
            filter = filter.withConsequences(terms);
        }
        PrintWriter out = cl.getOut();
        try (CaseStore store = db.open()) {
            CaseSummary c = store.cases().find(caseId).orElse(null);
            if (c == null) {
                cl.getErr().println("zenome: no case '" + caseId + "' in " + store.location());
                return ZenomeCli.INVALID_INPUT;
            }
            List<Sample> samples = c.samples();
            StringBuilder head = new StringBuilder("chrom\tpos\tref\talt\tgene\tconsequence\thgvs_c\thgvs_p\timpact\t"
                    + "transcript\tpop_af\tclinvar\tcadd\trevel\tqual\tfilter");
            for (Sample s : samples) {
                head.append('\t').append(s.name());
            }
            out.println(head);
            // as in the desktop table and the reports: findings on secondary-finding genes only with consent
            java.util.Optional<org.zenome.interpretation.SecondaryFindingConsent> consent =
                    store.interpretation().consent(c.id());
            java.util.Set<String> hidden = org.zenome.interpretation.SecondaryFindingLists
                    .load(org.zenome.interpretation.SecondaryFindingLists.userFolder())
                    .resolve(consent.map(org.zenome.interpretation.SecondaryFindingConsent::geneListId).orElse(null))
                    .hiddenGenes(consent.orElse(null));
            if (!hidden.isEmpty()) {
                cl.getErr().println("zenome: findings on " + hidden.size() + " secondary-finding genes are not listed: "
                        + (consent.isEmpty() ? "no consent is recorded for case " + caseId
                        : "the consent of case " + caseId + " does not cover them"));
            }
            long remaining = limit == null ? Long.MAX_VALUE : limit;
            int offset = 0;
            while (remaining > 0) {
                int n = (int) Math.min(PAGE, remaining);
                List<Finding> page = store.findings().query(c.id(), filter, hidden, offset, n);
                for (Finding f : page) {
                    out.println(row(f));
                }
                if (page.size() < n) {
                    break;
                }
                offset += page.size();
                remaining -= page.size();
            }
            out.flush();
        }
        return ZenomeCli.OK;
    }

    private static String row(Finding f) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(f.chrom()).append('\t').append(f.pos()).append('\t').append(f.ref()).append('\t').append(f.alt())
                .append('\t').append(f.gene()).append('\t').append(f.consequence()).append('\t').append(f.hgvsC())
                .append('\t').append(f.hgvsP()).append('\t').append(f.impact() == null ? "" : f.impact().name())
                .append('\t').append(f.transcript()).append('\t').append(num(f.populationAf())).append('\t')
                .append(f.clinvarSignificance()).append('\t').append(num(f.cadd())).append('\t')
                .append(num(f.revel())).append('\t').append(num(f.qual())).append('\t').append(f.filter());
        for (Genotype g : f.genotypes()) {
            sb.append('\t').append(g.gt());
        }
        return sb.toString();
    }

    private static String num(Double d) {
        if (d == null) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.format(Locale.ROOT, "%.6g", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
