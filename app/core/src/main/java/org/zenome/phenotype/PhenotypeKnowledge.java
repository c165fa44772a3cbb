package org.zenome.phenotype;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geneontology.obographs.core.model.GraphDocument;
import org.monarchinitiative.phenol.io.OntologyLoader;
import org.monarchinitiative.phenol.io.utils.CurieUtilBuilder;
import org.monarchinitiative.phenol.ontology.algo.InformationContentComputation;
import org.monarchinitiative.phenol.ontology.data.Ontology;
import org.monarchinitiative.phenol.ontology.data.Term;
import org.monarchinitiative.phenol.ontology.data.TermId;
import org.monarchinitiative.phenol.ontology.data.TermSynonym;
import org.monarchinitiative.phenol.ontology.similarity.PairwiseResnikSimilarity;
import org.monarchinitiative.phenol.ontology.similarity.PairwiseSimilarity;
import org.monarchinitiative.phenol.ontology.similarity.ResnikSimilarity;

/**
 * The installed Human Phenotype Ontology and its disease and gene annotations, loaded with phenol: term look-up and
 * search (label, synonym, id), the diseases of a gene with their inheritance and key features, and the ranking of
 * genes and diseases by a patient's features with Resnik similarity (best-match average from the patient's terms,
 * information content from the disease annotations). Immutable after loading; safe to share between threads.
 */
public final class PhenotypeKnowledge {
    /** Root of the phenotypic abnormality sub-ontology: the features a patient has. */
    public static final String PHENOTYPIC_ABNORMALITY = "HP:0000118";
    /** Root of the onset terms. */
    public static final String ONSET = AnnotationFiles.ONSET_ROOT;
    /** Root of the mode-of-inheritance terms. */
    public static final String INHERITANCE = AnnotationFiles.INHERITANCE_ROOT;
    private static final Pattern ID = Pattern.compile("(?i)^(?:HP[:_])?(\\d{7})$");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    /**
     * The least factor an excluded feature leaves of a disease's score: LIRICAL's probability that a feature present
     * was missed or not recorded (0.01), so an obligate feature ruled out ranks the disease last but keeps it listed.
     */
    static final double MIN_EXCLUDED_FACTOR = 0.01;

    private final HpoSnapshot data;
    /** The phenol ontology when loaded from the files; null when read from the cache. */
    private final Ontology ontology;
    private final Map<String, HpoTerm> terms;
    private final Map<String, String> primaryIds;
    private final List<SearchEntry> index;
    private final Map<String, Disease> diseases;
    private final Map<String, Set<String>> geneFeatures;
    private final Map<String, Set<String>> geneDiseases;
    private final Map<String, String> ncbiIds;
    private final Map<String, Double> ic;
    private final Map<String, Set<String>> ancestors = new ConcurrentHashMap<>();
    private final Set<String> inheritanceTerms;
    private final Set<String> onsetTerms = new HashSet<>();
    private final List<PhenotypeFile> files;

    PhenotypeKnowledge(HpoSnapshot data, Ontology ontology) {
        this.data = data;
        this.ontology = ontology;
        this.diseases = data.diseases();
        this.geneFeatures = data.geneFeatures();
        this.geneDiseases = data.geneDiseases();
        this.ncbiIds = data.ncbiIds();
        this.files = List.copyOf(data.files());
        this.primaryIds = data.primaryIds();
        this.ic = data.ic();
        Map<String, List<String>> children = new HashMap<>();
        data.parents().forEach((child, ps) -> {
            for (String p : ps) {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(child);
            }
        });
        Set<String> abnormal = descendants(children, data.parents(), PHENOTYPIC_ABNORMALITY);
        Set<String> onset = descendants(children, data.parents(), ONSET);
        Map<String, HpoTerm> t = new HashMap<>();
        List<SearchEntry> idx = new ArrayList<>();
        for (HpoTerm h : data.terms()) {
            if (t.putIfAbsent(h.id(), h) != null) {
                continue;
            }
            if (onset.contains(h.id())) {
                onsetTerms.add(h.id());
            }
            if (!h.obsolete()) {
                idx.add(new SearchEntry(h, abnormal.contains(h.id()), onset.contains(h.id())));
            }
        }
        this.terms = t;
        this.index = idx;
        this.inheritanceTerms = descendants(children, data.parents(), INHERITANCE);
    }

    /**
     * Loads the ontology ({@code hp.obo} or {@code hp.json}, plain or gzipped), the disease annotations
     * ({@code phenotype.hpoa} or {@code phenotype_annotation.tab}; may be null) and gene annotation files, from the
     * files themselves (no cache).
     *
     * @throws PhenotypeDataException naming the file that cannot be read
     */
    public static PhenotypeKnowledge load(Path ontologyFile, Path diseaseFile, List<Path> geneFiles)
            throws PhenotypeDataException {
        List<PhenotypeFile> files = new ArrayList<>();
        Map<String, Disease> diseases = Map.of();
        if (diseaseFile != null) {
            if (AnnotationFiles.kind(diseaseFile) != AnnotationFiles.Kind.DISEASES) {
                throw new PhenotypeDataException(diseaseFile + ": not a disease annotation file (phenotype.hpoa or "
                        + "phenotype_annotation.tab)");
            }
            String[] version = new String[1];
            diseases = AnnotationFiles.diseases(diseaseFile, version);
            files.add(file(PhenotypeFile.DISEASES, diseaseFile, version[0]));
        }
        Map<String, Set<String>> gf = new HashMap<>();
        Map<String, Set<String>> gd = new HashMap<>();
        Map<String, String> ncbi = new HashMap<>();
        for (Path g : geneFiles == null ? List.<Path>of() : geneFiles) {
            if (AnnotationFiles.kind(g) != AnnotationFiles.Kind.GENES) {
                throw new PhenotypeDataException(g + ": not a gene annotation file (genes_to_phenotype.txt, "
                        + "phenotype_to_genes.txt or genes_to_disease.txt)");
            }
            AnnotationFiles.GeneTables tables = AnnotationFiles.genes(g);
            tables.features().forEach((k, v) -> gf.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
            tables.diseases().forEach((k, v) -> gd.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
            tables.ncbiIds().forEach(ncbi::putIfAbsent);
            files.add(file(PhenotypeFile.GENES, g, tables.version()));
        }
        // the ontology last: the annotation files are quicker to check
        LoadedOntology loaded = loadOntology(ontologyFile);
        files.add(0, file(PhenotypeFile.ONTOLOGY, ontologyFile, loaded.version()));
        Ontology o = loaded.ontology();
        List<HpoTerm> terms = new ArrayList<>();
        Map<String, String> primary = new HashMap<>();
        Map<String, List<String>> parents = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Term term : o.getTerms()) {
            String id = term.id().getValue();
            if (!seen.add(id)) {
                continue;
            }
            List<String> syn = new ArrayList<>();
            for (TermSynonym s : term.getSynonyms()) {
                syn.add(s.getValue());
            }
            terms.add(new HpoTerm(id, term.getName(), term.getDefinition(), syn, term.isObsolete()));
            primary.put(id, id);
            for (TermId alt : term.getAltTermIds()) {
                primary.putIfAbsent(alt.getValue(), id);
            }
            if (!term.isObsolete() && o.containsTermId(term.id())) {
                List<String> ps = new ArrayList<>();
                for (TermId p : o.graph().getParents(term.id())) {
                    ps.add(p.getValue());
                }
                if (!ps.isEmpty()) {
                    parents.put(id, List.copyOf(ps));
                }
            }
        }
        HpoSnapshot partial = new HpoSnapshot(terms, primary, parents, o.getRootTermId().getValue(), diseases, gf, gd,
                ncbi, Map.of(), files);
        Map<String, Double> ic = new PhenotypeKnowledge(partial, o).informationContent();
        return new PhenotypeKnowledge(new HpoSnapshot(terms, primary, parents, partial.root(), diseases, gf, gd, ncbi,
                ic, files), o);
    }

    /** Loads the files recorded by an installation (see {@link #files()}), through the default cache. */
    public static PhenotypeKnowledge load(List<PhenotypeFile> installed) throws PhenotypeDataException {
        return load(installed, HpoCache.standard());
    }

    /**
     * Loads the files recorded by an installation: from the cache when it holds these files (by their SHA-256 now),
     * else from the files, writing the cache for the next time. A damaged cache is set aside with a warning.
     *
     * @param cache the cache, or null to read the files
     */
    public static PhenotypeKnowledge load(List<PhenotypeFile> installed, HpoCache cache)
            throws PhenotypeDataException {
        Path onto = null;
        Path dis = null;
        List<Path> genes = new ArrayList<>();
        for (PhenotypeFile f : installed) {
            switch (f.kind()) {
                case PhenotypeFile.ONTOLOGY -> onto = Path.of(f.path());
                case PhenotypeFile.DISEASES -> dis = Path.of(f.path());
                default -> genes.add(Path.of(f.path()));
            }
        }
        if (onto == null) {
            throw new PhenotypeDataException("no HPO ontology file is installed");
        }
        if (cache == null) {
            return load(onto, dis, genes);
        }
        List<HpoCache.Source> sources = new ArrayList<>();
        sources.add(HpoCache.Source.of(PhenotypeFile.ONTOLOGY, onto));
        if (dis != null) {
            sources.add(HpoCache.Source.of(PhenotypeFile.DISEASES, dis));
        }
        for (Path g : genes) {
            sources.add(HpoCache.Source.of(PhenotypeFile.GENES, g));
        }
        Optional<HpoSnapshot> hit = cache.read(sources);
        if (hit.isPresent()) {
            return new PhenotypeKnowledge(hit.get(), null);
        }
        PhenotypeKnowledge k = load(onto, dis, genes);
        k.writeTo(cache);
        return k;
    }

    /** Writes this knowledge to the cache, keyed by the checksums of the files it was read from. */
    public void writeTo(HpoCache cache) {
        List<HpoCache.Source> sources = new ArrayList<>();
        for (PhenotypeFile f : files) {
            sources.add(new HpoCache.Source(f.kind(), Path.of(f.path()), f.sha256(), f.size()));
        }
        cache.write(sources, data);
    }

    /** Whether this knowledge was read from the cache rather than from the files. */
    boolean fromCache() {
        return ontology == null;
    }

    /** What this knowledge holds, for the cache. */
    HpoSnapshot snapshot() {
        return data;
    }

    private record LoadedOntology(Ontology ontology, String version) {
    }

    private static LoadedOntology loadOntology(Path file) throws PhenotypeDataException {
        if (!Files.isRegularFile(file)) {
            throw new PhenotypeDataException(file + ": no such file");
        }
        try {
            boolean json;
            try (BufferedReader r = AnnotationFiles.open(file)) {
                int c;
                do {
                    c = r.read();
                } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xFEFF);
                json = c == '{';
            }
            Ontology o;
            String version;
            if (json) {
                try (InputStream in = AnnotationFiles.openStream(file)) {
                    o = OntologyLoader.loadOntology(in, "HP");
                }
                version = o.version().orElse(o.getMetaInfo().getOrDefault("data-version", ""));
            } else {
                GraphDocument doc;
                try (BufferedReader r = AnnotationFiles.open(file)) {
                    doc = OboGraphs.read(r);
                }
                o = OntologyLoader.loadOntology(doc, CurieUtilBuilder.defaultCurieUtil(), "HP");
                version = OboGraphs.dataVersion(doc);
            }
            if (o == null || o.countNonObsoleteTerms() == 0 || !o.containsTermId(TermId.of("HP:0000001"))) {
                throw new PhenotypeDataException(file + ": not the Human Phenotype Ontology (no HP:0000001 term)");
            }
            version = version == null ? "" : version;
            Matcher m = DATE.matcher(version);
            return new LoadedOntology(o, m.find() ? m.group(1) : version);
        } catch (IOException | RuntimeException e) {
            throw new PhenotypeDataException(file + ": cannot read the ontology: " + e.getMessage(), e);
        }
    }

    private static PhenotypeFile file(String kind, Path f, String version) throws PhenotypeDataException {
        try {
            Path abs = f.toAbsolutePath().normalize();
            return new PhenotypeFile(kind, abs.toString(), abs.getFileName().toString(), version,
                    org.zenome.plugin.VcfSites.sha256(abs), Files.size(abs));
        } catch (IOException e) {
            throw new PhenotypeDataException(f + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The root and every term under it (is_a), or empty when the ontology lacks the root. */
    private static Set<String> descendants(Map<String, List<String>> children, Map<String, List<String>> parents,
                                           String root) {
        Set<String> out = new HashSet<>();
        if (!children.containsKey(root) && !parents.containsKey(root)) {
            return out;
        }
        ArrayDeque<String> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            String t = todo.poll();
            if (out.add(t)) {
                todo.addAll(children.getOrDefault(t, List.of()));
            }
        }
        return out;
    }

    /** Information content with phenol, from the diseases (or genes) annotated with each term or a descendant. */
    private Map<String, Double> informationContent() {
        Map<TermId, Collection<TermId>> labels = new HashMap<>();
        if (!diseases.isEmpty()) {
            for (Disease d : diseases.values()) {
                TermId item = TermId.of(d.id());
                for (String a : ancestorsOf(d.features())) {
                    labels.computeIfAbsent(TermId.of(a), k -> new ArrayList<>()).add(item);
                }
            }
        } else {
            for (Map.Entry<String, Set<String>> g : geneFeatures.entrySet()) {
                TermId item = TermId.of("GENE", g.getKey());
                for (String a : ancestorsOf(g.getValue())) {
                    labels.computeIfAbsent(TermId.of(a), k -> new ArrayList<>()).add(item);
                }
            }
        }
        TermId root = TermId.of(data.root());
        if (!labels.containsKey(root)) {
            Set<TermId> all = new HashSet<>();
            labels.values().forEach(all::addAll);
            labels.put(root, all.isEmpty() ? List.of(root) : all);
        }
        Map<String, Double> out = new HashMap<>();
        new InformationContentComputation(ontology).computeInformationContent(labels)
                .forEach((k, v) -> out.put(k.getValue(), v));
        return out;
    }

    private Set<String> ancestorsOf(Collection<String> ids) {
        Set<String> out = new HashSet<>();
        for (String id : ids) {
            out.addAll(ancestors(id));
        }
        return out;
    }

    /** The term (an alternative id: its current term) and all its is_a ancestors; empty for unknown ids. */
    Set<String> ancestors(String id) {
        String p = primaryIds.getOrDefault(id, id);
        return ancestors.computeIfAbsent(p, k -> {
            if (!terms.containsKey(k) && !data.parents().containsKey(k)) {
                return Set.of();
            }
            Set<String> out = new HashSet<>();
            ArrayDeque<String> todo = new ArrayDeque<>();
            todo.add(k);
            while (!todo.isEmpty()) {
                String t = todo.poll();
                if (out.add(t)) {
                    todo.addAll(data.parents().getOrDefault(t, List.of()));
                }
            }
            return Set.copyOf(out);
        });
    }

    /** The loaded files with their versions and checksums, ontology first. */
    public List<PhenotypeFile> files() {
        return files;
    }

    /** The ontology release, e.g. {@code 2017-04-13}. */
    public String ontologyVersion() {
        return files.get(0).version();
    }

    public int termCount() {
        return index.size();
    }

    public int diseaseCount() {
        return diseases.size();
    }

    public int geneCount() {
        Set<String> g = new HashSet<>(geneFeatures.keySet());
        g.addAll(geneDiseases.keySet());
        return g.size();
    }

    /** A term by id (an alternative id gives its current term), or empty. */
    public Optional<HpoTerm> term(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Matcher m = ID.matcher(id.trim());
        String key = m.matches() ? "HP:" + m.group(1) : id.trim();
        String p = primaryIds.get(key);
        return Optional.ofNullable(p == null ? null : terms.get(p));
    }

    /** The label of a term, or the id itself when the ontology does not know it. */
    public String label(String id) {
        return term(id).map(HpoTerm::label).orElse(id);
    }

    /**
     * Phenotypic-abnormality terms matching the text: an id ({@code HP:0001250} or {@code 0001250}), or words that
     * each start a word of the label or of one synonym. Best first: exact label, label prefix, label words,
     * synonym; shorter labels first within a rank.
     */
    public List<HpoTerm> search(String text, int limit) {
        return search(text, limit, false);
    }

    /** Onset terms (under HP:0003674) matching the text, or all of them for an empty text. */
    public List<HpoTerm> searchOnset(String text, int limit) {
        return search(text, limit, true);
    }

    private List<HpoTerm> search(String text, int limit, boolean onset) {
        String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            if (!onset) {
                return List.of();
            }
            return index.stream().filter(SearchEntry::onset).map(SearchEntry::term)
                    .sorted(Comparator.comparing(HpoTerm::label)).limit(limit).toList();
        }
        Matcher m = ID.matcher(q);
        if (m.matches()) {
            return term("HP:" + m.group(1)).map(List::of).orElse(List.of());
        }
        String[] words = q.split("[\\s,;]+");
        List<Map.Entry<Integer, HpoTerm>> hits = new ArrayList<>();
        for (SearchEntry e : index) {
            if (onset ? !e.onset() : !e.abnormal()) {
                continue;
            }
            int rank = e.rank(q, words);
            if (rank >= 0) {
                hits.add(Map.entry(rank, e.term()));
            }
        }
        hits.sort(Comparator.<Map.Entry<Integer, HpoTerm>>comparingInt(Map.Entry::getKey)
                .thenComparingInt(x -> x.getValue().label().length())
                .thenComparing(x -> x.getValue().id()));
        return hits.stream().limit(limit).map(Map.Entry::getValue).toList();
    }

    /** Information content of a term in the installed annotations (0 for unknown terms). */
    public double informationContent(String id) {
        return term(id).map(t -> ic.getOrDefault(t.id(), 0.0)).orElse(0.0);
    }

    /** The disease of that id, or empty. */
    public Optional<Disease> disease(String id) {
        return Optional.ofNullable(diseases.get(id));
    }

    /** The gene's NCBI gene id, or null. */
    public String ncbiGeneId(String gene) {
        return gene == null ? null : ncbiIds.get(gene.toUpperCase(Locale.ROOT));
    }

    /** Whether the installed files know the gene. */
    public boolean knowsGene(String gene) {
        String g = gene == null ? "" : gene.toUpperCase(Locale.ROOT);
        return geneFeatures.containsKey(g) || geneDiseases.containsKey(g);
    }

    /** Whether the installed files link genes to diseases (genes_to_phenotype of 2019 on, genes_to_disease). */
    public boolean hasGeneDiseaseLinks() {
        return !geneDiseases.isEmpty();
    }

    /**
     * Ranks genes against the patient's features. Only genes the installed files know are returned.
     *
     * @param present  features the patient has (HPO ids)
     * @param excluded features the patient is known not to have: a disease showing one of them (or a descendant) is
     *                 scored lower, as LIRICAL does (see {@code excludedFactor})
     * @param genes    the genes to rank (e.g. those of the case), or null for every annotated gene
     * @return best first; score 0 when no feature is given
     */
    public List<GeneMatch> rankGenes(Collection<String> present, Collection<String> excluded,
                                     Collection<String> genes) {
        Scorer scorer = new Scorer(present, excluded);
        Set<String> wanted = new TreeSet<>();
        if (genes == null) {
            wanted.addAll(geneFeatures.keySet());
            wanted.addAll(geneDiseases.keySet());
        } else {
            for (String g : genes) {
                if (g != null && !g.isBlank() && knowsGene(g)) {
                    wanted.add(g.toUpperCase(Locale.ROOT));
                }
            }
        }
        List<GeneMatch> out = new ArrayList<>(wanted.size());
        for (String g : wanted) {
            out.add(match(g, scorer));
        }
        out.sort(Comparator.comparingDouble(GeneMatch::score).reversed().thenComparing(GeneMatch::gene));
        return out;
    }

    /** One gene against the patient's features: its diseases (best first), inheritance and score; empty if unknown. */
    public Optional<GeneMatch> gene(String gene, Collection<String> present, Collection<String> excluded) {
        if (!knowsGene(gene)) {
            return Optional.empty();
        }
        return Optional.of(match(gene.toUpperCase(Locale.ROOT), new Scorer(present, excluded)));
    }

    /** Diseases ranked against the patient's features (best first), at most {@code limit}. */
    public List<GeneDisease> rankDiseases(Collection<String> present, Collection<String> excluded, int limit) {
        Scorer scorer = new Scorer(present, excluded);
        List<GeneDisease> out = new ArrayList<>(diseases.size());
        for (Disease d : diseases.values()) {
            out.add(scorer.disease(d));
        }
        out.sort(Comparator.comparingDouble(GeneDisease::score).reversed().thenComparing(x -> x.disease().id()));
        return out.subList(0, Math.min(limit, out.size()));
    }

    private GeneMatch match(String gene, Scorer scorer) {
        List<GeneDisease> ds = new ArrayList<>();
        Set<String> inheritance = new TreeSet<>();
        for (String id : geneDiseases.getOrDefault(gene, Set.of())) {
            Disease d = diseases.get(id);
            if (d == null) {
                continue;
            }
            ds.add(scorer.disease(d));
            inheritance.addAll(d.inheritance());
        }
        ds.sort(Comparator.comparingDouble(GeneDisease::score).reversed().thenComparing(x -> x.disease().id()));
        Set<String> features = geneFeatures.getOrDefault(gene, Set.of());
        for (String f : features) {
            if (inheritanceTerms.contains(f)) {
                inheritance.add(f);
            }
        }
        double score;
        String best = null;
        if (!ds.isEmpty()) {
            score = ds.get(0).score();
            best = ds.get(0).disease().id();
        } else {
            List<String> phenotypic = features.stream().filter(f -> !inheritanceTerms.contains(f)).toList();
            score = scorer.score(phenotypic) * scorer.excludedFactor(phenotypic, Map.of(), null);
        }
        return new GeneMatch(gene, score, best, inheritance, ds);
    }

    /** Scores target term sets against one patient; caches term pairs for the duration of one ranking. */
    private final class Scorer {
        private final List<TermId> query = new ArrayList<>();
        private final List<String> excluded = new ArrayList<>();
        private final ResnikSimilarity resnik;

        Scorer(Collection<String> present, Collection<String> excludedTerms) {
            for (String p : present == null ? List.<String>of() : present) {
                term(p).ifPresent(t -> query.add(TermId.of(t.id())));
            }
            for (String e : excludedTerms == null ? List.<String>of() : excludedTerms) {
                term(e).ifPresent(t -> excluded.add(t.id()));
            }
            Map<Long, Double> cache = new HashMap<>();
            Map<TermId, Integer> numbers = new HashMap<>();
            PairwiseSimilarity cached = (a, b) -> {
                long key = (long) numbers.computeIfAbsent(a, k -> numbers.size()) << 32
                        | numbers.computeIfAbsent(b, k -> numbers.size());
                Double v = cache.get(key);
                if (v == null) {
                    v = micaIc(a, b);
                    cache.put(key, v);
                }
                return v;
            };
            this.resnik = new ResnikSimilarity(cached, false);
        }

        double score(Collection<String> targetIds) {
            if (query.isEmpty() || targetIds.isEmpty()) {
                return 0;
            }
            List<TermId> target = new ArrayList<>(targetIds.size());
            for (String id : targetIds) {
                String p = primaryIds.get(id);
                if (p != null) {
                    target.add(TermId.of(p));
                }
            }
            return target.isEmpty() ? 0 : resnik.computeScore(query, target);
        }

        GeneDisease disease(Disease d) {
            List<String> conflicts = new ArrayList<>();
            double factor = excludedFactor(d.features(), d.frequency(), conflicts);
            return new GeneDisease(d, score(d.features()) * factor, conflicts);
        }

        /**
         * LIRICAL's treatment of an excluded feature (Robinson et al. 2020): a target annotated with the excluded term
         * or a descendant of it (annotation propagation) is multiplied by {@code max(0.01, 1 - f)}, f the highest
         * annotated frequency of those features (unknown: 0.5); a target without them is unchanged. The excluded
         * terms that count are added to {@code conflicts} when given.
         */
        double excludedFactor(Collection<String> features, Map<String, String> frequencies, List<String> conflicts) {
            double factor = 1;
            for (String e : excluded) {
                double f = -1;
                for (String feature : features) {
                    if (ancestors(feature).contains(e)) {
                        f = Math.max(f, frequency(frequencies.get(feature)));
                    }
                }
                if (f > 0) {
                    factor *= Math.max(MIN_EXCLUDED_FACTOR, 1 - f);
                    if (conflicts != null) {
                        conflicts.add(e);
                    }
                }
            }
            return factor;
        }
    }

    /** Resnik similarity of two terms: the information content of their most informative common ancestor. */
    private double micaIc(TermId a, TermId b) {
        Set<String> aa = ancestors(a.getValue());
        Set<String> bb = ancestors(b.getValue());
        Set<String> small = aa.size() <= bb.size() ? aa : bb;
        Set<String> large = small == aa ? bb : aa;
        double best = 0;
        for (String t : small) {
            if (large.contains(t)) {
                best = Math.max(best, ic.getOrDefault(t, 0.0));
            }
        }
        return best;
    }

    /** Phenol's own pairwise Resnik (knowledge loaded from the files only), for tests that compare. */
    double phenolPairwise(String a, String b) {
        Map<TermId, Double> byId = new HashMap<>();
        ic.forEach((k, v) -> byId.put(TermId.of(k), v));
        return new PairwiseResnikSimilarity(ontology, byId).computeScore(TermId.of(a), TermId.of(b));
    }

    /** Phenol's own ancestors of a term (knowledge loaded from the files only), for tests that compare. */
    Set<String> phenolAncestors(String id) {
        Set<String> out = new HashSet<>();
        ontology.getAncestorTermIds(TermId.of(id), true).forEach(t -> out.add(t.getValue()));
        return out;
    }

    /**
     * A disease's key features: the most frequent first (HPO frequency terms, {@code n/m} or {@code %} as annotated),
     * then the most specific (highest information content).
     */
    public List<String> keyFeatures(Disease d, int limit) {
        return d.features().stream().sorted(Comparator.comparingDouble((String f) -> -frequency(d.frequency().get(f)))
                        .thenComparingDouble(f -> -informationContent(f)).thenComparing(f -> f))
                .limit(limit).toList();
    }

    /** An annotated frequency as a fraction; unknown counts as 0.5 (between frequent and occasional). */
    static double frequency(String f) {
        if (f == null || f.isBlank()) {
            return 0.5;
        }
        switch (f) {
            case "HP:0040280": return 1.0;
            case "HP:0040281": return 0.9;
            case "HP:0040282": return 0.55;
            case "HP:0040283": return 0.17;
            case "HP:0040284": return 0.02;
            case "HP:0040285": return 0.0;
            default:
                break;
        }
        try {
            if (f.endsWith("%")) {
                return Double.parseDouble(f.substring(0, f.length() - 1)) / 100.0;
            }
            int slash = f.indexOf('/');
            if (slash > 0) {
                double den = Double.parseDouble(f.substring(slash + 1));
                return den == 0 ? 0.5 : Double.parseDouble(f.substring(0, slash)) / den;
            }
        } catch (NumberFormatException e) {
            return 0.5;
        }
        return 0.5;
    }

    /** Whether the term is an onset term (under HP:0003674). */
    public boolean isOnset(String id) {
        return term(id).map(t -> onsetTerms.contains(t.id())).orElse(false);
    }

    /** Whether the term is a mode of inheritance. */
    public boolean isInheritance(String id) {
        return inheritanceTerms.contains(id);
    }

    private record SearchEntry(HpoTerm term, String label, List<String> synonyms, boolean abnormal, boolean onset) {
        SearchEntry(HpoTerm term, boolean abnormal, boolean onset) {
            this(term, term.label().toLowerCase(Locale.ROOT),
                    term.synonyms().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(), abnormal, onset);
        }

        int rank(String q, String[] words) {
            if (label.equals(q)) {
                return 0;
            }
            if (label.startsWith(q)) {
                return 1;
            }
            if (allWords(label, words)) {
                return 2;
            }
            for (String s : synonyms) {
                if (s.equals(q)) {
                    return 3;
                }
            }
            for (String s : synonyms) {
                if (allWords(s, words)) {
                    return 4;
                }
            }
            if (label.contains(q)) {
                return 5;
            }
            return -1;
        }

        private static boolean allWords(String text, String[] words) {
            for (String w : words) {
                if (!startsWord(text, w)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean startsWord(String text, String w) {
            int i = text.indexOf(w);
            while (i >= 0) {
                if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                    return true;
                }
                i = text.indexOf(w, i + 1);
            }
            return false;
        }
    }
}
