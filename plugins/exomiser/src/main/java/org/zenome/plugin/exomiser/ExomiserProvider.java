package org.zenome.plugin.exomiser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import org.zenome.plugin.Annotation;
import org.zenome.plugin.AnnotationSource;
import org.zenome.plugin.AnnotationSourceProvider;
import org.zenome.plugin.SourceInfo;
import org.zenome.plugin.VariantKey;

/**
 * Imports an Exomiser analysis of the case: its ranked variants ({@code PREFIX.variants.tsv}, Exomiser 13.1 and
 * later, or the older per-inheritance {@code PREFIX_AD.variants.tsv} with the same columns) and, when it lies beside
 * it, the ranked genes ({@code PREFIX.genes.tsv}). Either file may be given; the other is looked for beside it. Each
 * variant of the case that Exomiser ranked gets its best (lowest) rank over the modes of inheritance, with the
 * gene's combined, phenotype and variant scores, the p-value, the mode of inheritance, Exomiser's ACMG call and, from
 * the genes file, the human phenotype score and evidence. The columns are those documented by Exomiser
 * ("Interpreting the results": TSV VARIANTS, TSV GENES).
 */
public final class ExomiserProvider implements AnnotationSourceProvider {
    /** The kind of annotation this plugin gives. */
    public static final String KIND = "exomiser";
    /** Field names of the annotations, in display order. */
    public static final String RANK = "rank";
    public static final String GENE = "gene";
    public static final String MOI = "moi";
    public static final String COMBINED = "combined_score";
    public static final String PHENO = "pheno_score";
    public static final String VARIANT = "variant_score";
    public static final String P_VALUE = "p_value";
    public static final String CONTRIBUTING = "contributing";
    public static final String ACMG = "acmg";
    public static final String ACMG_EVIDENCE = "acmg_evidence";
    public static final String DISEASE = "disease";
    public static final String HUMAN_PHENO = "human_pheno_score";
    public static final String HUMAN_EVIDENCE = "human_evidence";
    private static final String VARIANTS = ".variants.tsv";
    private static final String GENES = ".genes.tsv";

    @Override
    public String id() {
        return "exomiser";
    }

    @Override
    public String displayName() {
        return "Exomiser results (variants/genes TSV)";
    }

    @Override
    public String version() {
        Properties p = new Properties();
        try (InputStream in = ExomiserProvider.class.getResourceAsStream("plugin.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public AnnotationSource open(Path file, String displayName) throws IOException {
        Path f = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(f)) {
            throw new IOException(f + ": no such file");
        }
        String name = f.getFileName().toString();
        Path variants = f;
        Path genes = null;
        if (name.endsWith(GENES) || name.endsWith(GENES + ".gz")) {
            String prefix = name.substring(0, name.lastIndexOf(GENES));
            variants = sibling(f, prefix + VARIANTS);
            if (variants == null) {
                throw new IOException(f + ": an Exomiser genes file; its variants file (" + prefix + VARIANTS
                        + ") is not beside it, and variants are needed to match the case's findings");
            }
            genes = f;
        } else if (name.contains(VARIANTS)) {
            genes = sibling(f, name.substring(0, name.lastIndexOf(VARIANTS)) + GENES);
        }
        Map<VariantKey, Map<String, String>> byVariant = readVariants(variants);
        if (genes != null) {
            Map<String, Map<String, String>> byGene = readGenes(genes);
            for (Map<String, String> v : byVariant.values()) {
                Map<String, String> g = byGene.get(v.get(GENE) + "\t" + v.getOrDefault(MOI, ""));
                if (g == null) {
                    g = byGene.get(v.get(GENE) + "\t");
                }
                if (g != null) {
                    v.putAll(g);
                }
            }
        }
        String version = Files.getLastModifiedTime(variants).toInstant().toString().substring(0, 10);
        SourceInfo info = new SourceInfo(displayName == null || displayName.isBlank() ? "Exomiser" : displayName,
                version, null, variants.toString(), Files.size(variants), sha256(variants));
        return new AnnotationSource() {
            @Override
            public SourceInfo info() {
                return info;
            }

            @Override
            public Optional<Annotation> lookup(VariantKey variant) {
                Map<String, String> m = byVariant.get(variant.normalised());
                return m == null ? Optional.empty() : Optional.of(new Annotation(KIND, m));
            }

            @Override
            public void close() {
            }
        };
    }

    private static Path sibling(Path f, String name) {
        Path p = f.resolveSibling(name);
        if (Files.isRegularFile(p)) {
            return p;
        }
        Path gz = f.resolveSibling(name + ".gz");
        return Files.isRegularFile(gz) ? gz : null;
    }

    /** Variants by normalised key: the row with the best rank of each variant (it appears once per MOI). */
    static Map<VariantKey, Map<String, String>> readVariants(Path file) throws IOException {
        Map<VariantKey, Map<String, String>> out = new HashMap<>();
        Map<VariantKey, Integer> best = new HashMap<>();
        try (BufferedReader r = open(file)) {
            String header = r.readLine();
            if (header == null) {
                throw new IOException(file + ": empty file");
            }
            Map<String, Integer> cols = columns(header);
            boolean current = cols.containsKey("CONTIG") && cols.containsKey("START");
            boolean old = cols.containsKey("#CHROM") && cols.containsKey("POS");
            if (!current && !old || !cols.containsKey("REF") || !cols.containsKey("ALT")) {
                throw new IOException(file + " line 1: not an Exomiser variants TSV (expected the columns #RANK, ID, "
                        + "GENE_SYMBOL, ..., CONTIG, START, END, REF, ALT, ... or the older #CHROM, POS, REF, ALT, ...)");
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String contig = get(f, cols, current ? "CONTIG" : "#CHROM");
                String start = get(f, cols, current ? "START" : "POS");
                String ref = get(f, cols, "REF");
                String alt = get(f, cols, "ALT");
                int pos;
                try {
                    pos = Integer.parseInt(start);
                } catch (NumberFormatException e) {
                    throw new IOException(file + " line " + n + ": " + (current ? "START" : "POS") + " '" + start
                            + "' is not a number", e);
                }
                if (contig.isEmpty() || ref.isEmpty() || alt.isEmpty()) {
                    throw new IOException(file + " line " + n + ": no contig, REF or ALT");
                }
                int rank = current ? parseRank(file, n, get(f, cols, "#RANK")) : n - 1;
                Map<String, String> m = new LinkedHashMap<>();
                m.put(RANK, Integer.toString(rank));
                m.put(GENE, first(f, cols, "GENE_SYMBOL", "EXOMISER_GENE"));
                put(m, MOI, get(f, cols, "MOI"));
                put(m, COMBINED, get(f, cols, "EXOMISER_GENE_COMBINED_SCORE"));
                put(m, PHENO, get(f, cols, "EXOMISER_GENE_PHENO_SCORE"));
                put(m, VARIANT, get(f, cols, "EXOMISER_VARIANT_SCORE"));
                put(m, P_VALUE, get(f, cols, "P-VALUE"));
                String contributing = get(f, cols, "CONTRIBUTING_VARIANT");
                put(m, CONTRIBUTING, contributing.equals("1") || contributing.equals("CONTRIBUTING_VARIANT") ? "yes"
                        : contributing.isEmpty() ? "" : "no");
                put(m, ACMG, get(f, cols, "EXOMISER_ACMG_CLASSIFICATION"));
                put(m, ACMG_EVIDENCE, get(f, cols, "EXOMISER_ACMG_EVIDENCE"));
                String disease = get(f, cols, "EXOMISER_ACMG_DISEASE_ID");
                String dname = get(f, cols, "EXOMISER_ACMG_DISEASE_NAME");
                put(m, DISEASE, disease.isEmpty() ? dname : dname.isEmpty() ? disease : disease + " " + dname);
                VariantKey key = new VariantKey(contig, pos, ref, alt).normalised();
                Integer had = best.get(key);
                if (had == null || rank < had) {
                    best.put(key, rank);
                    out.put(key, m);
                }
            }
        }
        return out;
    }

    /** Gene rows by {@code SYMBOL<TAB>MOI} (and {@code SYMBOL<TAB>} for the best MOI). */
    static Map<String, Map<String, String>> readGenes(Path file) throws IOException {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (BufferedReader r = open(file)) {
            String header = r.readLine();
            Map<String, Integer> cols = header == null ? Map.of() : columns(header);
            if (!cols.containsKey("GENE_SYMBOL") || !cols.containsKey("EXOMISER_GENE_COMBINED_SCORE")) {
                throw new IOException(file + " line 1: not an Exomiser genes TSV (expected the columns #RANK, ID, "
                        + "GENE_SYMBOL, ENTREZ_GENE_ID, MOI, P-VALUE, EXOMISER_GENE_COMBINED_SCORE, ...)");
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String gene = get(f, cols, "GENE_SYMBOL");
                Map<String, String> m = new LinkedHashMap<>();
                put(m, HUMAN_PHENO, get(f, cols, "HUMAN_PHENO_SCORE"));
                String evidence = get(f, cols, "HUMAN_PHENO_EVIDENCE");
                int colon = evidence.indexOf("):");
                put(m, HUMAN_EVIDENCE, colon > 0 ? evidence.substring(0, colon + 1) : evidence);
                out.putIfAbsent(gene + "\t" + get(f, cols, "MOI"), m);
                out.putIfAbsent(gene + "\t", m);
            }
        }
        return out;
    }

    private static int parseRank(Path file, int line, String s) throws IOException {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IOException(file + " line " + line + ": #RANK '" + s + "' is not a number", e);
        }
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static Map<String, Integer> columns(String header) {
        Map<String, Integer> m = new HashMap<>();
        String[] h = header.split("\t", -1);
        for (int i = 0; i < h.length; i++) {
            m.putIfAbsent(h[i].trim().toUpperCase(Locale.ROOT), i);
        }
        return m;
    }

    private static String get(String[] f, Map<String, Integer> cols, String name) {
        Integer i = cols.get(name);
        return i == null || i >= f.length ? "" : f[i].trim();
    }

    private static String first(String[] f, Map<String, Integer> cols, String... names) {
        for (String n : names) {
            String v = get(f, cols, n);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isEmpty() && !v.equals(".")) {
            m.put(k, v);
        }
    }

    private static String sha256(Path file) throws IOException {
        return org.zenome.plugin.Checksums.sha256(file);
    }
}
