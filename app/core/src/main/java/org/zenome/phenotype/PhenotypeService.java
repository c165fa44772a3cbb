package org.zenome.phenotype;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zenome.audit.AuditEvent;
import org.zenome.audit.AuditJson;
import org.zenome.domain.CaseSummary;
import org.zenome.interpretation.Actor;
import org.zenome.store.CaseLockedException;
import org.zenome.store.CaseStore;

/**
 * Installs the HPO files and records a case's phenotype: each change is checked against the ontology, refused on a
 * signed-off case, written to the audit log, and records on the case the releases it was made with.
 */
public final class PhenotypeService {
    private final CaseStore store;
    private final Actor actor;
    private final Clock clock;

    public PhenotypeService(CaseStore store, Actor actor, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Loads the files (so a broken file is refused before anything is stored) and installs them.
     *
     * @return the loaded knowledge
     * @throws PhenotypeDataException naming the file that cannot be read; nothing is stored then
     */
    public PhenotypeKnowledge install(Path ontology, Path diseases, List<Path> genes) throws PhenotypeDataException {
        PhenotypeKnowledge k = PhenotypeKnowledge.load(ontology, diseases, genes);
        HpoCache cache = HpoCache.standard();
        if (cache != null) {
            // written now, so that the first search after the installation is quick too
            k.writeTo(cache);
        }
        List<PhenotypeFile> before = store.phenotypes().installed();
        store.phenotypes().install(k.files(), actor.name());
        store.audit().append(actor.name(), new AuditEvent("phenotype.install", "hpo", "hpo", null,
                before.isEmpty() ? null : describe(before), describe(k.files())));
        return k;
    }

    /** Loads the installed files, or empty when none are installed. */
    public Optional<PhenotypeKnowledge> installed() throws PhenotypeDataException {
        List<PhenotypeFile> files = store.phenotypes().installed();
        return files.isEmpty() ? Optional.empty() : Optional.of(PhenotypeKnowledge.load(files));
    }

    /**
     * Records a feature of the case (present, or excluded with {@code excluded}), replacing an earlier record of the
     * same term.
     *
     * @throws IllegalArgumentException when the term or the onset is not a current term of the installed ontology
     * @throws CaseLockedException      when the case is signed off
     */
    public CaseFeature add(String caseId, String termId, boolean excluded, String onsetId, String note,
                           PhenotypeKnowledge knowledge) {
        CaseSummary c = open(caseId);
        HpoTerm term = knowledge.term(termId).orElseThrow(() -> new IllegalArgumentException("'" + termId
                + "' is not a term of the installed HPO (" + knowledge.ontologyVersion() + ")"));
        if (term.obsolete()) {
            throw new IllegalArgumentException(term.id() + " (" + term.label() + ") is obsolete in the installed HPO");
        }
        HpoTerm onset = null;
        if (onsetId != null && !onsetId.isBlank()) {
            onset = knowledge.term(onsetId).filter(t -> knowledge.isOnset(t.id()))
                    .orElseThrow(() -> new IllegalArgumentException("'" + onsetId
                            + "' is not an onset term (under " + PhenotypeKnowledge.ONSET + ") of the installed HPO"));
        }
        Optional<CaseFeature> before = store.phenotypes().features(c.id()).stream()
                .filter(f -> f.termId().equals(term.id())).findFirst();
        CaseFeature f = new CaseFeature(term.id(), term.label(), excluded, onset == null ? null : onset.id(),
                onset == null ? null : onset.label(), note, actor.name(),
                before.map(CaseFeature::addedAt).orElse(clock.instant()));
        store.phenotypes().put(c.id(), f);
        store.phenotypes().recordFiles(c.id(), knowledge.files());
        store.audit().append(actor.name(), new AuditEvent(before.isPresent() ? "phenotype.change" : "phenotype.add",
                "phenotype", term.id(), caseId, before.map(PhenotypeService::json).orElse(null), json(f)));
        return f;
    }

    /** Removes a feature; false when the case does not have it. */
    public boolean remove(String caseId, String termId) {
        CaseSummary c = open(caseId);
        Optional<CaseFeature> before = store.phenotypes().features(c.id()).stream()
                .filter(f -> f.termId().equalsIgnoreCase(termId.trim())).findFirst();
        if (before.isEmpty()) {
            return false;
        }
        store.phenotypes().remove(c.id(), before.get().termId());
        store.audit().append(actor.name(), new AuditEvent("phenotype.remove", "phenotype", before.get().termId(),
                caseId, json(before.get()), null));
        return true;
    }

    /** The case's features. */
    public List<CaseFeature> features(String caseId) {
        return store.phenotypes().features(find(caseId).id());
    }

    /**
     * The case's genes ranked by the match of its features with their diseases; records the releases used on the
     * case when it has features.
     */
    public List<GeneMatch> rankGenes(String caseId, PhenotypeKnowledge knowledge) {
        CaseSummary c = find(caseId);
        List<CaseFeature> features = store.phenotypes().features(c.id());
        List<String> present = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (CaseFeature f : features) {
            (f.excluded() ? excluded : present).add(f.termId());
        }
        List<String> genes = store.findings().genes(c.id(), "", Integer.MAX_VALUE);
        return knowledge.rankGenes(present, excluded, genes);
    }

    private CaseSummary find(String caseId) {
        return store.cases().find(caseId).orElseThrow(() -> new IllegalArgumentException("no case '" + caseId
                + "' in " + store.location()));
    }

    private CaseSummary open(String caseId) {
        CaseSummary c = find(caseId);
        if (store.reviews().isLocked(caseId)) {
            throw new CaseLockedException(caseId, "case " + caseId + " is signed off and read-only; amend it to change"
                    + " its phenotype");
        }
        return c;
    }

    private static String json(CaseFeature f) {
        return AuditJson.of("term", f.termId(), "label", f.label(), "excluded", f.excluded(), "onset", f.onsetId(),
                "note", f.note());
    }

    private static String describe(List<PhenotypeFile> files) {
        List<Object> kv = new ArrayList<>();
        for (PhenotypeFile f : files) {
            kv.add(f.kind() + ":" + f.name());
            kv.add(f.version() + " " + f.sha256());
        }
        return AuditJson.of(kv.toArray());
    }
}
