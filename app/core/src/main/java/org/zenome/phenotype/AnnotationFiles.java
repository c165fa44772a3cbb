package org.zenome.phenotype;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads the HPO annotation files, in the layouts the HPO project has published over the years (tab-separated
 * tables, plain or gzipped):
 * <ul>
 * <li>disease annotations: {@code phenotype.hpoa} (2019 on, with its {@code #version} header) and the older
 * 14-column {@code phenotype_annotation.tab} (no header; DB, DB_Object_ID, DB_Name, Qualifier, HPO ID, ..., Aspect);
 * <li>gene annotations: {@code genes_to_phenotype.txt}, {@code phenotype_to_genes.txt} and {@code
 * genes_to_disease.txt}, old ({@code #Format: entrez-gene-id<tab>...}) and current (named header columns); the
 * gene–disease link is read from their disease column where the release has one.
 * </ul>
 */
public final class AnnotationFiles {
    static final String INHERITANCE_ROOT = "HP:0000005";
    static final String ONSET_ROOT = "HP:0003674";
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern HPO_ID = Pattern.compile("HP:\\d{7}");

    private AnnotationFiles() {
    }

    /** What kind of annotation file a file is, from its first lines. */
    public enum Kind {
        DISEASES,
        GENES
    }

    /** Gene annotations: features per gene, diseases per gene, gene symbol per NCBI gene id. */
    public record GeneTables(Map<String, Set<String>> features, Map<String, Set<String>> diseases,
                             Map<String, String> ncbiIds, String version) {
    }

    /** Kind of the file, or an exception naming the file when it is neither. */
    public static Kind kind(Path file) throws PhenotypeDataException {
        try (BufferedReader r = open(file)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && n++ < 50) {
                String l = line.toLowerCase(Locale.ROOT);
                if (l.startsWith("#description") || l.startsWith("#version") || l.startsWith("#date")
                        || l.startsWith("#tracker") || l.startsWith("#hpo-version")) {
                    continue;
                }
                if (l.startsWith("database_id") || l.startsWith("#databaseid")) {
                    return Kind.DISEASES;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length >= 11 && HPO_ID.matcher(cols[4]).matches()) {
                    return Kind.DISEASES;
                }
                if (l.contains("gene")) {
                    return Kind.GENES;
                }
                if (!line.startsWith("#")) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new PhenotypeDataException(file + ": cannot read: " + e.getMessage(), e);
        }
        throw new PhenotypeDataException(file + ": not an HPO annotation file (expected phenotype.hpoa, "
                + "phenotype_annotation.tab, genes_to_phenotype.txt, phenotype_to_genes.txt or genes_to_disease.txt)");
    }

    /** Disease annotations by disease id, and the release version (from the header or the file name). */
    public static Map<String, Disease> diseases(Path file, String[] versionOut) throws PhenotypeDataException {
        Map<String, Builder> byId = new LinkedHashMap<>();
        String version = null;
        int lineNo = 0;
        try (BufferedReader r = open(file)) {
            String line;
            Map<String, Integer> cols = null;
            boolean old = false;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    String l = line.toLowerCase(Locale.ROOT);
                    if (l.startsWith("#version:") || l.startsWith("#date:")) {
                        version = line.substring(line.indexOf(':') + 1).trim();
                    } else if (l.startsWith("#databaseid")) {
                        cols = header(line.substring(1));
                    }
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (cols == null && !old) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("database_id")) {
                        cols = header(line);
                        continue;
                    }
                    old = true;
                }
                String id;
                String name;
                String qualifier;
                String hpo;
                String onset;
                String freq;
                String aspect;
                if (old) {
                    if (f.length < 11) {
                        throw new PhenotypeDataException(file + " line " + lineNo + ": expected 14 tab-separated "
                                + "columns of phenotype_annotation.tab, found " + f.length);
                    }
                    id = f[0].trim() + ":" + f[1].trim();
                    name = f[2];
                    qualifier = f[3];
                    hpo = f[4];
                    onset = f[7];
                    freq = f[8];
                    aspect = f[10];
                } else {
                    id = get(f, cols, "databaseid");
                    name = get(f, cols, "diseasename");
                    qualifier = get(f, cols, "qualifier");
                    hpo = get(f, cols, "hpoid");
                    onset = get(f, cols, "onset");
                    freq = get(f, cols, "frequency");
                    aspect = get(f, cols, "aspect");
                    if (id.isEmpty() || hpo.isEmpty()) {
                        throw new PhenotypeDataException(file + " line " + lineNo + ": no disease id or HPO id");
                    }
                }
                hpo = hpo.trim();
                if (!HPO_ID.matcher(hpo).matches()) {
                    throw new PhenotypeDataException(file + " line " + lineNo + ": '" + hpo + "' is not an HPO id");
                }
                Builder b = byId.computeIfAbsent(id.trim(), k -> new Builder(k));
                if (b.name.isEmpty() && name != null) {
                    b.name = name.trim();
                }
                boolean not = qualifier != null && qualifier.trim().equalsIgnoreCase("NOT");
                switch (aspect == null ? "" : aspect.trim()) {
                    case "I":
                        if (!not) {
                            b.inheritance.add(hpo);
                        }
                        break;
                    case "C":
                        if (!not) {
                            b.onset.add(hpo);
                        }
                        break;
                    case "M":
                        break;
                    default:
                        if (not) {
                            b.excluded.add(hpo);
                        } else {
                            b.features.add(hpo);
                            if (freq != null && !freq.isBlank()) {
                                b.frequency.put(hpo, freq.trim());
                            }
                        }
                }
                if (onset != null && HPO_ID.matcher(onset.trim()).matches()) {
                    b.onset.add(onset.trim());
                }
            }
        } catch (IOException e) {
            throw new PhenotypeDataException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (byId.isEmpty()) {
            throw new PhenotypeDataException(file + ": no disease annotations in the file");
        }
        if (versionOut != null) {
            versionOut[0] = version != null ? version : versionFromName(file);
        }
        Map<String, Disease> out = new LinkedHashMap<>();
        byId.forEach((k, b) -> out.put(k, b.build()));
        return out;
    }

    /** Gene tables from one genes_to_phenotype, phenotype_to_genes or genes_to_disease file. */
    public static GeneTables genes(Path file) throws PhenotypeDataException {
        Map<String, Set<String>> features = new HashMap<>();
        Map<String, Set<String>> diseases = new HashMap<>();
        Map<String, String> ncbi = new HashMap<>();
        String version = null;
        int lineNo = 0;
        try (BufferedReader r = open(file)) {
            String line;
            Map<String, Integer> cols = null;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String l = line.toLowerCase(Locale.ROOT);
                if (line.startsWith("#")) {
                    if (l.startsWith("#format:")) {
                        cols = header(line.substring(line.indexOf(':') + 1).replace("<tab>", "\t"));
                    } else if (l.startsWith("#version:") || l.startsWith("#date:")) {
                        version = line.substring(line.indexOf(':') + 1).trim();
                    }
                    continue;
                }
                if (cols == null) {
                    cols = header(line);
                    if (!cols.containsKey("genesymbol") && !cols.containsKey("entrezgenesymbol")
                            && !cols.containsKey("genename")) {
                        throw new PhenotypeDataException(file + " line " + lineNo + ": no gene symbol column in the "
                                + "header (expected gene_symbol or a #Format: line)");
                    }
                    continue;
                }
                String[] f = line.split("\t", -1);
                String symbol = first(f, cols, "genesymbol", "entrezgenesymbol", "genename");
                if (symbol.isEmpty()) {
                    throw new PhenotypeDataException(file + " line " + lineNo + ": no gene symbol");
                }
                String key = symbol.toUpperCase(Locale.ROOT);
                String id = first(f, cols, "ncbigeneid", "entrezgeneid", "geneid");
                if (!id.isEmpty()) {
                    ncbi.putIfAbsent(key, id.replace("NCBIGene:", ""));
                }
                String hpo = first(f, cols, "hpoid", "hpotermid");
                if (!hpo.isEmpty()) {
                    if (!HPO_ID.matcher(hpo).matches()) {
                        throw new PhenotypeDataException(file + " line " + lineNo + ": '" + hpo + "' is not an HPO id");
                    }
                    features.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(hpo);
                }
                String disease = first(f, cols, "diseaseid", "diseaseidforlink");
                if (!disease.isEmpty() && disease.contains(":")) {
                    diseases.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(disease);
                }
            }
        } catch (IOException e) {
            throw new PhenotypeDataException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (features.isEmpty() && diseases.isEmpty()) {
            throw new PhenotypeDataException(file + ": no gene annotations in the file");
        }
        return new GeneTables(features, diseases, ncbi, version != null ? version : versionFromName(file));
    }

    /** A release date found in the file name (e.g. {@code ..._2017-02-24_...}), else empty. */
    static String versionFromName(Path file) {
        Matcher m = DATE.matcher(file.getFileName().toString());
        return m.find() ? m.group(1) : "";
    }

    static BufferedReader open(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(openStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The file's bytes, gunzipped when it is gzipped. */
    static InputStream openStream(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in = new java.io.BufferedInputStream(in);
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            if (b1 == 0x1f && b2 == 0x8b) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            return in;
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    private static Map<String, Integer> header(String line) {
        Map<String, Integer> m = new HashMap<>();
        String[] h = line.split("\t", -1);
        for (int i = 0; i < h.length; i++) {
            m.putIfAbsent(h[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""), i);
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

    private static final class Builder {
        final String id;
        String name = "";
        final Set<String> features = new LinkedHashSet<>();
        final Set<String> excluded = new LinkedHashSet<>();
        final Set<String> inheritance = new LinkedHashSet<>();
        final Set<String> onset = new LinkedHashSet<>();
        final Map<String, String> frequency = new HashMap<>();

        Builder(String id) {
            this.id = id;
        }

        Disease build() {
            return new Disease(id, name, features, excluded, inheritance, onset, frequency);
        }
    }

    /** All HPO ids mentioned in a list, for messages. */
    static List<String> ids(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = HPO_ID.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
