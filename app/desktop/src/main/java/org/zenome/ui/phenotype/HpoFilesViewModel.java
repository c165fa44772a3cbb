package org.zenome.ui.phenotype;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.phenotype.PhenotypeFile;
import org.zenome.phenotype.PhenotypeKnowledge;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.UserErrors;

/** Settings → HPO files: the administrator points Zenome to the ontology and annotation files and installs them. */
public final class HpoFilesViewModel {
    private final TaskExecutor executor;
    private final I18n i18n;
    private final PhenotypeContext context;
    private final Runnable installed;
    private final StringProperty ontology = new SimpleStringProperty("");
    private final StringProperty diseases = new SimpleStringProperty("");
    private final StringProperty genes = new SimpleStringProperty("");
    private final ObservableList<String> files = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public HpoFilesViewModel(TaskExecutor executor, I18n i18n, PhenotypeContext context, Runnable installed) {
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.context = Objects.requireNonNull(context);
        this.installed = installed == null ? () -> { } : installed;
    }

    /** Shows what is installed. */
    public void load() {
        executor.submit(BackgroundTask.<List<PhenotypeFile>>of("HPO files", ctx -> context.installed())
                .onSuccess(this::show)
                .onFailure(e -> error.set(UserErrors.describe(e, i18n))));
    }

    private void show(List<PhenotypeFile> list) {
        files.setAll(list.stream().map(f -> kind(f.kind()) + ": " + f.describe() + " — " + f.path()).toList());
        for (PhenotypeFile f : list) {
            switch (f.kind()) {
                case PhenotypeFile.ONTOLOGY -> ontology.set(f.path());
                case PhenotypeFile.DISEASES -> diseases.set(f.path());
                default -> {
                }
            }
        }
        genes.set(String.join(";", list.stream().filter(f -> f.kind().equals(PhenotypeFile.GENES))
                .map(PhenotypeFile::path).toList()));
    }

    private String kind(String kind) {
        return switch (kind) {
            case PhenotypeFile.ONTOLOGY -> i18n.get("hpo.file.ontology");
            case PhenotypeFile.DISEASES -> i18n.get("hpo.file.diseases");
            default -> i18n.get("hpo.file.genes");
        };
    }

    /** Reads, checks and installs the files (nothing changes when one cannot be read). */
    public void install() {
        String o = ontology.get() == null ? "" : ontology.get().strip();
        if (o.isEmpty()) {
            error.set(i18n.get("hpo.error.noOntology"));
            return;
        }
        Path onto = Path.of(o);
        String d = diseases.get() == null ? "" : diseases.get().strip();
        Path dis = d.isEmpty() ? null : Path.of(d);
        List<Path> g = new ArrayList<>();
        for (String s : (genes.get() == null ? "" : genes.get()).split(";")) {
            if (!s.isBlank()) {
                g.add(Path.of(s.strip()));
            }
        }
        busy.set(true);
        error.set("");
        message.set(i18n.get("hpo.installing"));
        executor.submit(BackgroundTask.<PhenotypeKnowledge>of("install HPO", ctx -> context.install(onto, dis, g))
                .onSuccess(k -> {
                    busy.set(false);
                    message.set(i18n.get("phenotype.installed", k.ontologyVersion(), k.termCount(), k.diseaseCount(),
                            k.geneCount()));
                    show(k.files());
                    installed.run();
                })
                .onFailure(e -> {
                    busy.set(false);
                    message.set("");
                    error.set(UserErrors.describe(e, i18n));
                }));
    }

    public StringProperty ontologyProperty() {
        return ontology;
    }

    public StringProperty diseasesProperty() {
        return diseases;
    }

    /** Gene annotation files, separated by {@code ;}. */
    public StringProperty genesProperty() {
        return genes;
    }

    public ObservableList<String> files() {
        return files;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
