package org.zenome.ui.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zenome.browser.BrowserFileException;
import org.zenome.casefiles.ReferenceGenomes;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.ReferenceGenomeFiles;
import org.zenome.store.ReferenceRepository;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;

/**
 * The reference genomes preferences page: per build an indexed FASTA and optional genes and cytobands. Saving
 * checks the files as the genome browser will read them (on the worker) and stores the setting.
 */
public final class ReferenceGenomesViewModel {
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ReferenceRepository references;
    private final Map<GenomeBuild, Build> builds = new EnumMap<>(GenomeBuild.class);

    /** The fields of one build. */
    public static final class Build {
        private final GenomeBuild build;
        private final StringProperty fasta = new SimpleStringProperty("");
        private final StringProperty annotation = new SimpleStringProperty("");
        private final StringProperty cytoband = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        Build(GenomeBuild build) {
            this.build = build;
        }

        public GenomeBuild build() {
            return build;
        }

        public StringProperty fastaProperty() {
            return fasta;
        }

        public StringProperty annotationProperty() {
            return annotation;
        }

        public StringProperty cytobandProperty() {
            return cytoband;
        }

        /** What happened on the last save. */
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        /** Why the last save was refused, or empty. */
        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }
    }

    public ReferenceGenomesViewModel(TaskExecutor executor, I18n i18n, ReferenceRepository references) {
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.references = Objects.requireNonNull(references);
        for (GenomeBuild b : GenomeBuild.values()) {
            builds.put(b, new Build(b));
        }
    }

    /** Reads the stored settings (worker) into the fields. */
    public void load() {
        executor.submit(BackgroundTask.<List<ReferenceGenomeFiles>>of("reference genomes", ctx -> references.list())
                .onSuccess(list -> list.forEach(f -> {
                    Build b = builds.get(f.build());
                    b.fasta.set(f.fasta().toString());
                    b.annotation.set(f.annotation() == null ? "" : f.annotation().toString());
                    b.cytoband.set(f.cytoband() == null ? "" : f.cytoband().toString());
                }))
                .onFailure(e -> builds.values().forEach(b -> b.error.set(String.valueOf(e.getMessage())))));
    }

    /** Checks the build's files and stores them; the outcome lands in the build's message or error. */
    public void save(GenomeBuild build) {
        Build b = builds.get(build);
        b.message.set("");
        b.error.set("");
        ReferenceGenomeFiles files;
        try {
            if (b.fasta.get() == null || b.fasta.get().isBlank()) {
                b.error.set(i18n.get("references.problem", i18n.get("references.fasta"), i18n.get("references.notSet")));
                return;
            }
            files = new ReferenceGenomeFiles(build, path(b.fasta.get()), optional(b.annotation.get()),
                    optional(b.cytoband.get()), null);
        } catch (InvalidPathException e) {
            b.error.set(i18n.get("references.problem", e.getInput(), e.getReason()));
            return;
        }
        executor.submit(BackgroundTask.<Void>of("save reference " + build, ctx -> {
                    ReferenceGenomes.toBrowser(files);
                    references.set(files);
                    return null;
                })
                .onSuccess(x -> b.message.set(i18n.get("references.saved", build.name())))
                .onFailure(e -> b.error.set(e instanceof BrowserFileException f ? describe(f)
                        : String.valueOf(e.getMessage()))));
    }

    private String describe(BrowserFileException e) {
        String file = e.file().toString();
        return switch (e.problem()) {
            case MISSING_FILE -> i18n.get("references.problem.MISSING_FILE", file);
            case MISSING_INDEX -> i18n.get("references.problem.MISSING_INDEX", file);
            case NOT_BGZF -> i18n.get("references.problem.NOT_BGZF", file);
            case UNSUPPORTED_FORMAT -> i18n.get("references.problem.UNSUPPORTED_FORMAT", file);
        };
    }

    public Build build(GenomeBuild build) {
        return builds.get(build);
    }

    private static Path path(String text) {
        return Path.of(text.strip()).toAbsolutePath().normalize();
    }

    private static Path optional(String text) {
        return text == null || text.isBlank() ? null : path(text);
    }
}
