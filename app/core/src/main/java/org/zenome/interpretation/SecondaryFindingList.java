package org.zenome.interpretation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned list of secondary-finding genes with its citation (e.g. ACMG SF v3.1), read from a data file.
 *
 * <p>File format (UTF-8, tab-separated): header lines {@code # id: ...}, {@code # name: ...},
 * {@code # version: ...}, {@code # citation: ...} (id, name and citation required), then a column line
 * {@code gene category inheritance disorder variants_to_report} and one line per gene and disorder. A gene may
 * appear on several lines (one per disorder); categories are separated by {@code ;}. Lines starting with
 * {@code #} elsewhere are comments. See docs/adr/secondary-findings.md.
 *
 * @param origin where the list was read from (a resource name or a file path), for messages
 */
public record SecondaryFindingList(String id, String name, String version, String citation, String origin,
                                   List<SecondaryFindingGene> genes) {

    private static final List<String> COLUMNS = List.of("gene", "category", "inheritance", "disorder",
            "variants_to_report");

    public SecondaryFindingList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        version = version == null ? "" : version;
        Objects.requireNonNull(citation, "citation");
        genes = List.copyOf(genes);
    }

    public Optional<SecondaryFindingGene> gene(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return Optional.empty();
        }
        String s = symbol.strip().toUpperCase(Locale.ROOT);
        return genes.stream().filter(g -> g.symbol().equals(s)).findFirst();
    }

    public boolean contains(String symbol) {
        return gene(symbol).isPresent();
    }

    /** The gene symbols, in list order. */
    public List<String> symbols() {
        return genes.stream().map(SecondaryFindingGene::symbol).toList();
    }

    /** Every category named in the list, in alphabetical order. */
    public List<String> categories() {
        Set<String> out = new java.util.TreeSet<>();
        genes.forEach(g -> out.addAll(g.categories()));
        return List.copyOf(out);
    }

    /**
     * Whether the consent allows findings on this gene to be shown: the gene is not on the list, or the patient
     * consented to at least one of its categories. Without a consent record no listed gene is shown.
     */
    public boolean visible(String symbol, SecondaryFindingConsent consent) {
        Optional<SecondaryFindingGene> g = gene(symbol);
        if (g.isEmpty()) {
            return true;
        }
        if (consent == null) {
            return false;
        }
        return g.get().categories().stream().anyMatch(consent::allows);
    }

    /** The listed genes whose findings the consent does not allow. */
    public Set<String> hiddenGenes(SecondaryFindingConsent consent) {
        Set<String> out = new LinkedHashSet<>();
        for (SecondaryFindingGene g : genes) {
            if (!visible(g.symbol(), consent)) {
                out.add(g.symbol());
            }
        }
        return out;
    }

    /**
     * Reads a list.
     *
     * @throws IOException              when the reader fails
     * @throws IllegalArgumentException naming {@code origin} and the line when the content is malformed
     */
    public static SecondaryFindingList read(Reader reader, String origin) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, SecondaryFindingGene> genes = new LinkedHashMap<>();
        boolean columnsSeen = false;
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\ufeff")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (!columnsSeen && colon > 0) {
                    String key = line.substring(1, colon).strip().toLowerCase(Locale.ROOT);
                    meta.putIfAbsent(key, line.substring(colon + 1).strip());
                }
                continue;
            }
            String[] f = line.split("\t", -1);
            if (!columnsSeen) {
                List<String> header = Arrays.stream(f).map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
                if (header.size() < 2 || !header.get(0).equals("gene") || !header.get(1).equals("category")) {
                    throw new IllegalArgumentException(origin + " line " + n + ": expected the column line "
                            + String.join("<TAB>", COLUMNS) + " (at least gene and category)");
                }
                columnsSeen = true;
                continue;
            }
            String symbol = f[0].strip();
            if (symbol.isEmpty() || !symbol.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new IllegalArgumentException(origin + " line " + n + ": '" + f[0] + "' is not a gene symbol");
            }
            List<String> cats = f.length > 1 ? Arrays.stream(f[1].split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList() : List.of();
            if (cats.isEmpty()) {
                throw new IllegalArgumentException(origin + " line " + n + ": gene " + symbol + " has no category");
            }
            String inh = f.length > 2 ? f[2] : "";
            String disorder = f.length > 3 ? f[3].strip() : "";
            String report = f.length > 4 ? f[4] : "";
            String key = symbol.toUpperCase(Locale.ROOT);
            SecondaryFindingGene before = genes.get(key);
            if (before == null) {
                genes.put(key, new SecondaryFindingGene(symbol, cats, inh,
                        disorder.isEmpty() ? List.of() : List.of(disorder), report));
            } else {
                Set<String> c = new LinkedHashSet<>(before.categories());
                c.addAll(cats);
                List<String> d = new ArrayList<>(before.disorders());
                if (!disorder.isEmpty() && !d.contains(disorder)) {
                    d.add(disorder);
                }
                String i = before.inheritance().contains(inh.strip()) ? before.inheritance()
                        : before.inheritance() + "," + inh.strip();
                genes.put(key, new SecondaryFindingGene(symbol, List.copyOf(c), i, d, before.variantsToReport()));
            }
        }
        for (String required : List.of("id", "name", "citation")) {
            if (meta.getOrDefault(required, "").isBlank()) {
                throw new IllegalArgumentException(origin + ": the header line '# " + required
                        + ": ...' is missing (a gene list needs an id, a name and its citation)");
            }
        }
        if (!columnsSeen || genes.isEmpty()) {
            throw new IllegalArgumentException(origin + ": no genes (expected a column line and one line per gene)");
        }
        String id = meta.get("id");
        if (!id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(origin + ": id '" + id + "' may only use letters, digits, '.', '_' and '-'");
        }
        return new SecondaryFindingList(id, meta.get("name"), meta.getOrDefault("version", ""), meta.get("citation"),
                origin, List.copyOf(genes.values()));
    }
}
