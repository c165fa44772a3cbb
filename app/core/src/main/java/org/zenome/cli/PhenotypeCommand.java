package org.zenome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.zenome.interpretation.Actor;
import org.zenome.phenotype.CaseFeature;
import org.zenome.phenotype.Disease;
import org.zenome.phenotype.GeneMatch;
import org.zenome.phenotype.HpoTerm;
import org.zenome.phenotype.PhenotypeDataException;
import org.zenome.phenotype.PhenotypeFile;
import org.zenome.phenotype.PhenotypeKnowledge;
import org.zenome.phenotype.PhenotypeService;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zenome phenotype install|files|search|add|remove|list|genes}: HPO files and a case's phenotype. */
@Command(name = "phenotype", description = "The HPO ontology and annotation files, and a case's phenotype as HPO terms.",
        subcommands = {PhenotypeCommand.Install.class, PhenotypeCommand.Files.class, PhenotypeCommand.Search.class,
            PhenotypeCommand.Add.class, PhenotypeCommand.Remove.class, PhenotypeCommand.ListFeatures.class,
            PhenotypeCommand.Genes.class})
final class PhenotypeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ZenomeCli.USAGE;
    }

    static Actor actor(String user) {
        return user == null ? Actor.osUser() : Actor.named(user);
    }

    /** The installed knowledge, or a message and exit code 1 when nothing is installed. */
    static PhenotypeKnowledge knowledge(CaseStore store, PrintWriter err) throws PhenotypeDataException {
        Optional<PhenotypeKnowledge> k = new PhenotypeService(store, Actor.osUser(), Clock.systemUTC()).installed();
        if (k.isEmpty()) {
            err.println("zenome: no HPO files are installed in " + store.location()
                    + "; install them with: zenome phenotype install --ontology hp.obo --diseases phenotype.hpoa "
                    + "--genes genes_to_phenotype.txt");
            return null;
        }
        return k.get();
    }

    static int dataError(PrintWriter err, PhenotypeDataException e) {
        err.println("zenome: " + e.getMessage());
        return ZenomeCli.INVALID_INPUT;
    }

    @Command(name = "install", description = {"Install (replace) the HPO ontology and its annotation files. They are",
        "read and checked first; nothing is stored when one cannot be read. The files stay where they are.",
        "Prints: kind, name, version, sha256 (TSV)."})
    static final class Install implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Option(names = "--ontology", required = true, paramLabel = "FILE",
                description = "hp.obo or hp.json (plain or .gz).")
        Path ontology;

        @Option(names = "--diseases", paramLabel = "FILE",
                description = "Disease annotations: phenotype.hpoa (or the older phenotype_annotation.tab).")
        Path diseases;

        @Option(names = "--genes", paramLabel = "FILE", arity = "1..*",
                description = "Gene annotations: genes_to_phenotype.txt, phenotype_to_genes.txt, genes_to_disease.txt.")
        List<Path> genes = new ArrayList<>();

        @Option(names = "--user", paramLabel = "NAME", description = "Who installs them (default: the OS user).")
        String user;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseStore store = db.open()) {
                PhenotypeKnowledge k = new PhenotypeService(store, actor(user), Clock.systemUTC())
                        .install(ontology, diseases, genes);
                out.println("kind\tname\tversion\tsha256");
                for (PhenotypeFile f : k.files()) {
                    out.println(String.join("\t", f.kind(), f.name(), f.version(), f.sha256()));
                }
                spec.commandLine().getErr().printf(Locale.ROOT, "%d terms, %d diseases, %d genes%n", k.termCount(),
                        k.diseaseCount(), k.geneCount());
                return 0;
            } catch (PhenotypeDataException e) {
                return dataError(spec.commandLine().getErr(), e);
            }
        }
    }

    @Command(name = "files", description = {"The installed HPO files.",
        "Prints: kind, name, version, path, sha256 (TSV)."})
    static final class Files implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseStore store = db.open()) {
                out.println("kind\tname\tversion\tpath\tsha256");
                for (PhenotypeFile f : store.phenotypes().installed()) {
                    out.println(String.join("\t", f.kind(), f.name(), f.version(), f.path(), f.sha256()));
                }
                return 0;
            }
        }
    }

    @Command(name = "search", description = {"Search HPO phenotypic-abnormality terms by label, synonym or id.",
        "Prints: id, label, synonyms, definition (TSV), best match first."})
    static final class Search implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N terms (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--onset", description = "Search the onset terms instead.")
        boolean onset;

        @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words of the label or a synonym, or an HPO id.")
        List<String> words;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseStore store = db.open()) {
                PhenotypeKnowledge k = knowledge(store, spec.commandLine().getErr());
                if (k == null) {
                    return ZenomeCli.FAILURE;
                }
                String text = String.join(" ", words);
                List<HpoTerm> hits = onset ? k.searchOnset(text, limit) : k.search(text, limit);
                out.println("id\tlabel\tsynonyms\tdefinition");
                for (HpoTerm t : hits) {
                    out.println(String.join("\t", t.id(), Tsv.cell(t.label()), Tsv.cell(String.join("; ", t.synonyms())),
                            Tsv.cell(t.definition())));
                }
                return 0;
            } catch (PhenotypeDataException e) {
                return dataError(spec.commandLine().getErr(), e);
            }
        }
    }

    @Command(name = "add", description = "Record features of a case (HPO ids, or exact labels); --excluded for features"
            + " the patient is known not to have.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Option(names = "--case", required = true, paramLabel = "ID", description = "Case ID.")
        String caseId;

        @Option(names = "--excluded", description = "The patient does NOT have these features (negated terms).")
        boolean excluded;

        @Option(names = "--onset", paramLabel = "TERM", description = "Onset (an HPO onset term, e.g. HP:0003577).")
        String onset;

        @Option(names = "--note", paramLabel = "TEXT", description = "A note on the features.")
        String note;

        @Option(names = "--user", paramLabel = "NAME", description = "Who records them (default: the OS user).")
        String user;

        @Parameters(arity = "1..*", paramLabel = "TERM", description = "HPO ids (HP:0001250) or exact labels.")
        List<String> terms;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseStore store = db.open()) {
                PhenotypeKnowledge k = knowledge(store, spec.commandLine().getErr());
                if (k == null) {
                    return ZenomeCli.FAILURE;
                }
                PhenotypeService service = new PhenotypeService(store, actor(user), Clock.systemUTC());
                List<String> ids = new ArrayList<>();
                for (String t : terms) {
                    ids.add(resolve(k, t));
                }
                String onsetId = onset == null ? null : resolveOnset(k, onset);
                for (String id : ids) {
                    CaseFeature f = service.add(caseId, id, excluded, onsetId, note, k);
                    out.println(String.join("\t", f.termId(), f.label(), f.excluded() ? "excluded" : "present"));
                }
                return 0;
            } catch (PhenotypeDataException e) {
                return dataError(spec.commandLine().getErr(), e);
            }
        }

        private static String resolve(PhenotypeKnowledge k, String text) {
            Optional<HpoTerm> byId = k.term(text);
            if (byId.isPresent()) {
                return byId.get().id();
            }
            return k.search(text, 5).stream().filter(t -> t.label().equalsIgnoreCase(text.trim())).findFirst()
                    .map(HpoTerm::id).orElseThrow(() -> new IllegalArgumentException("'" + text + "' is neither an HPO"
                            + " id nor the exact label of a term; find it with: zenome phenotype search " + text));
        }

        private static String resolveOnset(PhenotypeKnowledge k, String text) {
            Optional<HpoTerm> byId = k.term(text);
            if (byId.isPresent()) {
                return byId.get().id();
            }
            return k.searchOnset(text, 5).stream().filter(t -> t.label().equalsIgnoreCase(text.trim())).findFirst()
                    .map(HpoTerm::id).orElseThrow(() -> new IllegalArgumentException("'" + text
                            + "' is not an onset term; find it with: zenome phenotype search --onset " + text));
        }
    }

    @Command(name = "remove", description = "Remove features from a case.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Option(names = "--case", required = true, paramLabel = "ID", description = "Case ID.")
        String caseId;

        @Option(names = "--user", paramLabel = "NAME", description = "Who removes them (default: the OS user).")
        String user;

        @Parameters(arity = "1..*", paramLabel = "TERM", description = "HPO ids.")
        List<String> terms;

        @Override
        public Integer call() {
            try (CaseStore store = db.open()) {
                PhenotypeService service = new PhenotypeService(store, actor(user), Clock.systemUTC());
                for (String t : terms) {
                    if (!service.remove(caseId, t)) {
                        throw new IllegalArgumentException("case " + caseId + " has no feature " + t);
                    }
                }
                return 0;
            }
        }
    }

    @Command(name = "list", description = {"A case's features and the HPO releases they were recorded with.",
        "Prints: term_id, label, excluded, onset_id, onset_label, note, added_by, added_at (TSV)."})
    static final class ListFeatures implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Option(names = "--case", required = true, paramLabel = "ID", description = "Case ID.")
        String caseId;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseStore store = db.open()) {
                PhenotypeService service = new PhenotypeService(store, Actor.osUser(), Clock.systemUTC());
                out.println("term_id\tlabel\texcluded\tonset_id\tonset_label\tnote\tadded_by\tadded_at");
                for (CaseFeature f : service.features(caseId)) {
                    out.println(String.join("\t", f.termId(), Tsv.cell(f.label()), f.excluded() ? "yes" : "no",
                            nz(f.onsetId()), Tsv.cell(nz(f.onsetLabel())), Tsv.cell(f.note()), f.addedBy(),
                            f.addedAt().toString()));
                }
                long pk = store.cases().find(caseId).orElseThrow().id();
                for (PhenotypeFile f : store.phenotypes().caseFiles(pk)) {
                    spec.commandLine().getErr().println("# " + f.kind() + ": " + f.describe() + " sha256 " + f.sha256());
                }
                return 0;
            }
        }
    }

    @Command(name = "genes", description = {"Rank the case's genes by how well their diseases match its features",
        "(Resnik best-match average; information content from the installed disease annotations).",
        "Prints: rank, gene, score, best_disease, disease_name, inheritance (TSV)."})
    static final class Genes implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Option(names = "--case", required = true, paramLabel = "ID", description = "Case ID.")
        String caseId;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N genes (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseStore store = db.open()) {
                PhenotypeKnowledge k = knowledge(store, spec.commandLine().getErr());
                if (k == null) {
                    return ZenomeCli.FAILURE;
                }
                List<GeneMatch> genes = new PhenotypeService(store, Actor.osUser(), Clock.systemUTC())
                        .rankGenes(caseId, k);
                out.println("rank\tgene\tscore\tbest_disease\tdisease_name\tinheritance");
                int rank = 0;
                for (GeneMatch g : genes) {
                    if (++rank > limit) {
                        break;
                    }
                    String name = g.bestDisease() == null ? "" : k.disease(g.bestDisease()).map(Disease::name).orElse("");
                    List<String> modes = g.inheritance().stream().map(k::label).toList();
                    out.println(String.join("\t", Integer.toString(rank), g.gene(),
                            String.format(Locale.ROOT, "%.3f", g.score()), nz(g.bestDisease()), Tsv.cell(name),
                            String.join("; ", modes)));
                }
                return 0;
            } catch (PhenotypeDataException e) {
                return dataError(spec.commandLine().getErr(), e);
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
