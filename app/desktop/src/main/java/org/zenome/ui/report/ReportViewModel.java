package org.zenome.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.IssuedReport;
import org.zenome.report.ReportKind;
import org.zenome.report.ReportLanguage;
import org.zenome.report.ReportService;
import org.zenome.report.pdf.PdfPages;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.UserErrors;

/**
 * The report window of one case: choose template and language, preview the pages, edit the patient explanation's
 * free text, issue (signed-off cases only; a correction needs its reason and changed items), see earlier versions
 * and save a copy. All report work runs on the worker.
 */
public final class ReportViewModel {
    /** The free-text parts of the patient explanation a counsellor edits, in template order. */
    public static final List<String> FREE_TEXT_KEYS = List.of("about", "result", "meaning", "relatives", "nextSteps",
            "contact");
    static final float PREVIEW_DPI = 96f;

    private final TaskExecutor executor;
    private final I18n i18n;
    private final ReportBackend backend;
    private final CaseSummary kase;

    private final ObservableList<String> templates = FXCollections.observableArrayList();
    private final ObjectProperty<String> template = new SimpleObjectProperty<>();
    private final ObjectProperty<ReportLanguage> language = new SimpleObjectProperty<>();
    private final Map<String, StringProperty> freeText = new LinkedHashMap<>();
    private final BooleanProperty patientExplanation = new SimpleBooleanProperty(false);
    private final StringProperty issuer = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty changes = new SimpleStringProperty("");
    private final ObservableList<PdfPages.Page> pages = FXCollections.observableArrayList();
    private final ObservableList<IssuedReport> versions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper signedOff = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper correction = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<IssuedReport> shownVersion = new ReadOnlyObjectWrapper<>();
    private byte[] shownPdf;
    private boolean loaded;

    public ReportViewModel(TaskExecutor executor, I18n i18n, ReportBackend backend, CaseSummary kase) {
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.backend = Objects.requireNonNull(backend);
        this.kase = Objects.requireNonNull(kase);
        for (String k : FREE_TEXT_KEYS) {
            freeText.put(k, new SimpleStringProperty(""));
        }
        language.set(i18n.locale().getLanguage().equals("en") ? ReportLanguage.EN : ReportLanguage.JA);
        template.set(kase.diseaseArea() == DiseaseArea.CANCER ? ReportKind.CANCER.code()
                : ReportKind.RARE_DISEASE.code());
        template.addListener((o, old, now) -> selectionChanged(old, now));
        language.addListener((o, old, now) -> selectionChanged(old, now));
    }

    /** A new template or language starts from its own wording and is previewed at once. */
    private void selectionChanged(Object old, Object now) {
        if (now != null && loaded && !now.equals(old)) {
            resetFreeText();
            preview();
        }
    }

    /** Loads the templates, the sign-off state and the issued versions, then previews. */
    public void load() {
        run("report state", ctx -> {
            ReportService s = backend.service();
            return new State(s.templates().names(), s.signedOff(kase.caseId()), s.versions(kase.caseId()));
        }, st -> {
            templates.setAll(st.templates);
            signedOff.set(st.signedOff);
            versions.setAll(st.versions);
            updateCorrection();
            loaded = true;
            preview();
        });
    }

    private record State(List<String> templates, boolean signedOff, List<IssuedReport> versions) {
    }

    /** Renders the report as it would be issued now (a watermarked draft when the case is not signed off). */
    public void preview() {
        String t = template.get();
        ReportLanguage l = language.get();
        if (t == null || l == null) {
            return;
        }
        Map<String, String> texts = editedTexts();
        run("report preview", ctx -> {
            ReportService s = backend.service();
            ReportKind kind = s.templates().kind(t);
            Map<String, String> defaults = s.templates().messages(t, l);
            ReportService.Rendered r = s.preview(new ReportService.Request(kase.caseId(), t, l, texts));
            return new Preview(kind, defaults, r.pdf(), PdfPages.render(r.pdf(), PREVIEW_DPI), r.content().version(),
                    r.content().draft());
        }, p -> {
            for (String k : FREE_TEXT_KEYS) {
                StringProperty prop = freeText.get(k);
                if (prop.get() == null || prop.get().isEmpty()) {
                    prop.set(p.defaults.getOrDefault("text." + k, ""));
                }
            }
            patientExplanation.set(p.kind == ReportKind.PATIENT_EXPLANATION);
            shownPdf = p.pdf;
            shownVersion.set(null);
            pages.setAll(p.pages);
            status.set(p.draft ? i18n.get("report.status.draft", p.version, p.pages.size())
                    : i18n.get("report.status.preview", p.version, p.pages.size()));
            updateCorrection();
        });
    }

    private record Preview(ReportKind kind, Map<String, String> defaults, byte[] pdf, List<PdfPages.Page> pages,
                           int version, boolean draft) {
    }

    /** Issues the next version (stored with its SHA-256), then shows it. */
    public void issue() {
        if (!signedOff.get()) {
            error.set(i18n.get("report.error.notSignedOff", kase.caseId()));
            return;
        }
        String who = issuer.get() == null ? "" : issuer.get().strip();
        if (who.isEmpty()) {
            error.set(i18n.get("report.error.issuer"));
            return;
        }
        List<String> items = Arrays.stream((changes.get() == null ? "" : changes.get()).split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (correction.get() && ((reason.get() == null || reason.get().isBlank()) || items.isEmpty())) {
            error.set(i18n.get("report.error.correction"));
            return;
        }
        String t = template.get();
        ReportLanguage l = language.get();
        Map<String, String> texts = editedTexts();
        String why = reason.get();
        run("report issue", ctx -> {
            ReportService s = backend.service();
            IssuedReport v = s.issue(new ReportService.Request(kase.caseId(), t, l, texts), who, why, items);
            byte[] pdf = s.pdf(v);
            return new Issued(v, pdf, PdfPages.render(pdf, PREVIEW_DPI), s.versions(kase.caseId()));
        }, done -> {
            versions.setAll(done.versions);
            shownPdf = done.pdf;
            shownVersion.set(done.version);
            pages.setAll(done.pages);
            reason.set("");
            changes.set("");
            updateCorrection();
            status.set(i18n.get("report.status.issued", done.version.reportId(), done.version.version(),
                    done.version.sha256()));
        });
    }

    private record Issued(IssuedReport version, byte[] pdf, List<PdfPages.Page> pages, List<IssuedReport> versions) {
    }

    /** Shows an issued version exactly as stored. */
    public void show(IssuedReport v) {
        run("report version", ctx -> {
            byte[] pdf = backend.service().pdf(v);
            return new Issued(v, pdf, PdfPages.render(pdf, PREVIEW_DPI), List.of());
        }, done -> {
            shownPdf = done.pdf;
            shownVersion.set(v);
            pages.setAll(done.pages);
            status.set(v.superseded()
                    ? i18n.get("report.status.superseded", v.reportId(), v.version(), v.issuedBy(), v.issuedAt())
                    : i18n.get("report.status.version", v.reportId(), v.version(), v.issuedBy(), v.issuedAt()));
        });
    }

    /** Saves the PDF on screen (the draft, the preview or the issued version shown) to a file. */
    public void save(Path file) {
        byte[] pdf = shownPdf;
        if (pdf == null) {
            return;
        }
        run("report save", ctx -> {
            Files.write(file, pdf);
            return file;
        }, f -> status.set(i18n.get("report.status.saved", f.toString())));
    }

    private Map<String, String> editedTexts() {
        Map<String, String> out = new LinkedHashMap<>();
        if (patientExplanation.get()) {
            freeText.forEach((k, v) -> {
                if (v.get() != null && !v.get().isBlank()) {
                    out.put(k, v.get());
                }
            });
        }
        return out;
    }

    private void updateCorrection() {
        String t = template.get();
        String l = language.get() == null ? "" : language.get().code();
        correction.set(versions.stream().anyMatch(v -> v.template().equals(t) && v.language().equals(l)));
    }

    /** Forgets the edited free text (a new template or language starts from its own wording). */
    public void resetFreeText() {
        freeText.values().forEach(p -> p.set(""));
    }

    private <T> void run(String name, BackgroundTask.Work<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        error.set("");
        executor.submit(BackgroundTask.of(name, work).onSuccess(r -> {
            try {
                done.accept(r);
            } finally {
                busy.set(false);
            }
        }).onFailure(e -> {
            busy.set(false);
            error.set(UserErrors.describe(e, i18n));
        }).onCancelled(() -> busy.set(false)));
    }

    public CaseSummary kase() {
        return kase;
    }

    public ObservableList<String> templates() {
        return templates;
    }

    public ObjectProperty<String> templateProperty() {
        return template;
    }

    public ObjectProperty<ReportLanguage> languageProperty() {
        return language;
    }

    public StringProperty freeText(String key) {
        return freeText.get(key);
    }

    public BooleanProperty patientExplanationProperty() {
        return patientExplanation;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty changesProperty() {
        return changes;
    }

    public ObservableList<PdfPages.Page> pages() {
        return pages;
    }

    public ObservableList<IssuedReport> versions() {
        return versions;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signedOffProperty() {
        return signedOff.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty correctionProperty() {
        return correction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IssuedReport> shownVersionProperty() {
        return shownVersion.getReadOnlyProperty();
    }
}
