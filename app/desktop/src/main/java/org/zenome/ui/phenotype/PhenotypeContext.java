package org.zenome.ui.phenotype;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zenome.interpretation.Actor;
import org.zenome.phenotype.PhenotypeDataException;
import org.zenome.phenotype.PhenotypeFile;
import org.zenome.phenotype.PhenotypeKnowledge;
import org.zenome.phenotype.PhenotypeService;
import org.zenome.store.CaseStore;

/**
 * The phenotype features of one open store: the installed HPO files, loaded once (on the worker) and shared by the
 * open cases; reloaded after the administrator installs other files.
 */
public final class PhenotypeContext {
    private final CaseStore store;
    private final Actor actor;
    private List<PhenotypeFile> loadedFiles;
    private PhenotypeKnowledge knowledge;

    public PhenotypeContext(CaseStore store, Actor actor) {
        this.store = Objects.requireNonNull(store, "store");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    public CaseStore store() {
        return store;
    }

    public PhenotypeService service() {
        return new PhenotypeService(store, actor, Clock.systemUTC());
    }

    /** The installed knowledge, loading it when the installed files changed; empty when none is installed. Worker. */
    public synchronized Optional<PhenotypeKnowledge> knowledge() throws PhenotypeDataException {
        List<PhenotypeFile> files = store.phenotypes().installed();
        if (files.isEmpty()) {
            loadedFiles = files;
            knowledge = null;
            return Optional.empty();
        }
        if (knowledge == null || !files.equals(loadedFiles)) {
            knowledge = PhenotypeKnowledge.load(files);
            loadedFiles = files;
        }
        return Optional.of(knowledge);
    }

    /** Installs the files (checked first). Worker. */
    public synchronized PhenotypeKnowledge install(Path ontology, Path diseases, List<Path> genes)
            throws PhenotypeDataException {
        knowledge = service().install(ontology, diseases, genes);
        loadedFiles = store.phenotypes().installed();
        return knowledge;
    }

    /** The installed files (ontology first). Worker. */
    public List<PhenotypeFile> installed() {
        return store.phenotypes().installed();
    }
}
