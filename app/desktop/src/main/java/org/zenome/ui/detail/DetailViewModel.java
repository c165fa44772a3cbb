package org.zenome.ui.detail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.domain.Finding;
import org.zenome.domain.FindingDetail;
import org.zenome.domain.Genotype;
import org.zenome.domain.Sample;
import org.zenome.domain.TranscriptAnnotation;
import org.zenome.store.FindingRepository;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.Formats;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.LatestTaskScheduler;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.UserErrors;

/**
 * The detail pane of the selected finding: every transcript annotation, the INFO fields of the record and
 * the genotype of every sample. Loaded from the store when the selection changes (latest selection wins).
 */
public final class DetailViewModel {
    private final FindingRepository findings;
    private final I18n i18n;
    private final List<Sample> samples;
    private final LatestTaskScheduler loader;

    private final ReadOnlyObjectWrapper<FindingDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<TranscriptAnnotation> transcripts = FXCollections.observableArrayList();
    private final ObservableList<InfoRow> info = FXCollections.observableArrayList();
    private final ObservableList<GenotypeRow> genotypes = FXCollections.observableArrayList();

    public DetailViewModel(TaskExecutor executor, I18n i18n, FindingRepository findings, List<Sample> samples) {
        this.findings = Objects.requireNonNull(findings);
        this.i18n = Objects.requireNonNull(i18n);
        this.samples = List.copyOf(samples);
        this.loader = new LatestTaskScheduler(executor, Duration.ofMillis(40));
        title.set(i18n.get("detail.none"));
    }

    /** Shows a finding (null clears the pane). */
    public void show(Finding finding) {
        if (finding == null) {
            loader.cancel();
            clear();
            title.set(i18n.get("detail.none"));
            return;
        }
        loading.set(true);
        long id = finding.id();
        loader.schedule(BackgroundTask.<Optional<FindingDetail>>of("finding detail", ctx -> findings.detail(id))
                .onSuccess(d -> {
                    loading.set(false);
                    if (d.isPresent()) {
                        fill(d.get());
                    } else {
                        clear();
                        title.set(i18n.get("detail.gone"));
                    }
                })
                .onFailure(e -> {
                    loading.set(false);
                    clear();
                    error.set(UserErrors.describe(e, i18n));
                }));
    }

    private void clear() {
        detail.set(null);
        error.set("");
        transcripts.clear();
        info.clear();
        genotypes.clear();
    }

    private void fill(FindingDetail d) {
        Finding f = d.finding();
        error.set("");
        detail.set(d);
        String gene = f.gene() == null || f.gene().isEmpty() ? "" : "  " + f.gene();
        String hgvs = f.hgvsP() != null && !f.hgvsP().isEmpty() ? "  " + f.hgvsP()
                : f.hgvsC() != null && !f.hgvsC().isEmpty() ? "  " + f.hgvsC() : "";
        title.set(f.label() + gene + hgvs);
        transcripts.setAll(d.transcripts());
        List<InfoRow> infoRows = new ArrayList<>();
        d.info().forEach((k, v) -> infoRows.add(new InfoRow(k, v)));
        info.setAll(infoRows);
        genotypes.setAll(genotypeRows(d));
    }

    private List<GenotypeRow> genotypeRows(FindingDetail d) {
        List<GenotypeRow> out = new ArrayList<>();
        List<String> format = d.format() == null ? List.of() : d.format();
        for (Genotype g : d.finding().genotypes()) {
            List<String> raw = d.sampleData() == null ? null : d.sampleData().get(g.sample());
            String role = samples.stream().filter(s -> s.name().equals(g.sample())).findFirst()
                    .map(s -> i18n.label(s.role())).orElse("");
            String ad = rawValue(format, raw, "AD");
            if (ad == null) {
                ad = g.refDepth() < 0 ? "" : g.refDepth() + "," + (g.altDepth() < 0 ? "." : g.altDepth());
            }
            String dp = rawValue(format, raw, "DP");
            String gq = rawValue(format, raw, "GQ");
            String gt = rawValue(format, raw, "GT");
            out.add(new GenotypeRow(g.sample(), role, gt != null ? gt : g.gt(), i18n.label(g.zygosity()), ad,
                    dp != null ? dp : Formats.depth(g.depth()), gq != null ? gq : Formats.depth(g.quality()),
                    Formats.percent(g.vaf())));
        }
        return out;
    }

    private static String rawValue(List<String> format, List<String> raw, String key) {
        int i = format.indexOf(key);
        if (raw == null || i < 0 || i >= raw.size()) {
            return null;
        }
        String v = raw.get(i);
        return v == null ? null : v;
    }

    public void dispose() {
        loader.cancel();
    }

    /** Raw INFO map of the finding on screen (for tests). */
    public Map<String, String> infoMap() {
        FindingDetail d = detail.get();
        return d == null ? Map.of() : d.info();
    }

    public ReadOnlyObjectProperty<FindingDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<TranscriptAnnotation> transcripts() {
        return transcripts;
    }

    public ObservableList<InfoRow> info() {
        return info;
    }

    public ObservableList<GenotypeRow> genotypes() {
        return genotypes;
    }
}
