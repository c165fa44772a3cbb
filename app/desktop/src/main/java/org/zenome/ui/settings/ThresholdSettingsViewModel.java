package org.zenome.ui.settings;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.classification.FrequencyThresholds;
import org.zenome.interpretation.InterpretationService;
import org.zenome.interpretation.ThresholdSet;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.UserErrors;

/**
 * The administrator's page of the criterion-suggestion thresholds (BA1, BS1 and PM2 population frequency, defaults
 * and per gene): shows the version in force and every earlier one, checks an edit field by field and saves it as
 * the next version with its reason. Others see the page read-only.
 */
public final class ThresholdSettingsViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TaskExecutor executor;
    private final I18n i18n;
    private final InterpretationService service;
    private final ReadOnlyBooleanWrapper editable;

    private final Values defaults = new Values();
    private final ObservableList<GeneRow> genes = FXCollections.observableArrayList();
    private final ObservableList<ThresholdSet> versions = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty reputable = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.ObjectProperty<Integer> reputableMinStars =
            new javafx.beans.property.SimpleObjectProperty<>(
                    org.zenome.classification.SuggestionSettings.DEFAULT_REPUTABLE_MIN_STARS);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    /** The four thresholds of one row, as typed. */
    public static class Values {
        private final StringProperty ba1 = new SimpleStringProperty("");
        private final StringProperty bs1 = new SimpleStringProperty("");
        private final StringProperty pm2Dominant = new SimpleStringProperty("");
        private final StringProperty pm2Recessive = new SimpleStringProperty("");

        public StringProperty ba1Property() {
            return ba1;
        }

        public StringProperty bs1Property() {
            return bs1;
        }

        public StringProperty pm2DominantProperty() {
            return pm2Dominant;
        }

        public StringProperty pm2RecessiveProperty() {
            return pm2Recessive;
        }

        void set(FrequencyThresholds t) {
            ba1.set(text(t.ba1Above()));
            bs1.set(text(t.bs1Above()));
            pm2Dominant.set(text(t.pm2DominantMax()));
            pm2Recessive.set(text(t.pm2RecessiveMax()));
        }
    }

    /** A gene with thresholds of its own. */
    public static final class GeneRow extends Values {
        private final StringProperty gene = new SimpleStringProperty("");

        public StringProperty geneProperty() {
            return gene;
        }
    }

    public ThresholdSettingsViewModel(TaskExecutor executor, I18n i18n, InterpretationService service,
                                      boolean administrator) {
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
        this.service = Objects.requireNonNull(service);
        this.editable = new ReadOnlyBooleanWrapper(administrator);
    }

    /** Reads the versions (worker) and shows the newest in the fields. */
    public void load() {
        executor.submit(BackgroundTask.<List<ThresholdSet>>of("suggestion thresholds", ctx -> service.thresholdVersions())
                .onSuccess(list -> {
                    versions.setAll(list);
                    if (!list.isEmpty()) {
                        show(list.get(0));
                        current.set(describe(list.get(0)));
                    }
                })
                .onFailure(e -> error.set(UserErrors.describe(e, i18n))));
    }

    /** Puts a version's thresholds in the fields (to read an earlier one, or to save it again as the newest). */
    public void show(ThresholdSet set) {
        defaults.set(set.defaults());
        reputable.set(set.reputableSource());
        reputableMinStars.set(set.reputableMinStars());
        genes.clear();
        set.genes().forEach((g, t) -> {
            GeneRow row = new GeneRow();
            row.gene.set(g);
            row.set(t);
            genes.add(row);
        });
        error.set("");
    }

    /** One line on a version: number, when, who, why. */
    public String describe(ThresholdSet set) {
        return i18n.get("thresholds.version", set.version(), TIME.format(set.at().atZone(ZoneId.systemDefault())),
                set.user(), set.note());
    }

    public GeneRow addGene() {
        GeneRow row = new GeneRow();
        row.set(parsedDefaults().orElse(FrequencyThresholds.DEFAULT));
        genes.add(row);
        return row;
    }

    public void removeGene(GeneRow row) {
        genes.remove(row);
    }

    private java.util.Optional<FrequencyThresholds> parsedDefaults() {
        try {
            return java.util.Optional.of(parse(i18n.get("thresholds.defaults"), defaults));
        } catch (Invalid e) {
            return java.util.Optional.empty();
        }
    }

    /** Checks every field; the first problem lands in {@link #errorProperty()}. */
    public boolean validate() {
        try {
            values();
            error.set("");
            return true;
        } catch (Invalid e) {
            error.set(e.getMessage());
            return false;
        }
    }

    private Map<String, FrequencyThresholds> values() throws Invalid {
        parse(i18n.get("thresholds.defaults"), defaults);
        Map<String, FrequencyThresholds> out = new LinkedHashMap<>();
        int n = 0;
        for (GeneRow row : genes) {
            n++;
            String g = row.gene.get() == null ? "" : row.gene.get().strip();
            String where = g.isEmpty() ? i18n.get("thresholds.row", n) : g;
            if (!g.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new Invalid(i18n.get("thresholds.error.gene", where, g));
            }
            String key = g.toUpperCase(Locale.ROOT);
            if (out.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(key))) {
                throw new Invalid(i18n.get("thresholds.error.duplicate", g));
            }
            out.put(g, parse(where, row));
        }
        return out;
    }

    private FrequencyThresholds parse(String where, Values v) throws Invalid {
        double ba1 = number(where, "BA1", v.ba1.get());
        double bs1 = number(where, "BS1", v.bs1.get());
        double pm2d = number(where, i18n.get("thresholds.pm2Dominant"), v.pm2Dominant.get());
        double pm2r = number(where, i18n.get("thresholds.pm2Recessive"), v.pm2Recessive.get());
        if (bs1 > ba1) {
            throw new Invalid(i18n.get("thresholds.error.bs1AboveBa1", where, text(bs1), text(ba1)));
        }
        if (pm2d > bs1 || pm2r > bs1) {
            throw new Invalid(i18n.get("thresholds.error.pm2AboveBs1", where, text(bs1)));
        }
        return new FrequencyThresholds(ba1, bs1, pm2d, pm2r);
    }

    private double number(String where, String field, String text) throws Invalid {
        String t = text == null ? "" : text.strip().replace(',', '.');
        double d;
        try {
            d = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new Invalid(i18n.get("thresholds.error.number", where, field, text == null ? "" : text.strip()));
        }
        if (!(d >= 0 && d <= 1)) {
            throw new Invalid(i18n.get("thresholds.error.range", where, field, text.strip()));
        }
        return d;
    }

    /** Saves the fields as the next version (after {@link #validate}); the outcome lands in message or error. */
    public void save() {
        message.set("");
        if (!editable.get()) {
            error.set(i18n.get("thresholds.error.notAdmin"));
            return;
        }
        Map<String, FrequencyThresholds> genesNow;
        FrequencyThresholds defaultsNow;
        try {
            defaultsNow = parse(i18n.get("thresholds.defaults"), defaults);
            genesNow = values();
        } catch (Invalid e) {
            error.set(e.getMessage());
            return;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            error.set(i18n.get("thresholds.error.reason"));
            return;
        }
        error.set("");
        saving.set(true);
        String why = reason.get().strip();
        boolean reputableNow = reputable.get();
        int starsNow = reputableMinStars.get() == null
                ? org.zenome.classification.SuggestionSettings.DEFAULT_REPUTABLE_MIN_STARS : reputableMinStars.get();
        executor.submit(BackgroundTask.<ThresholdSet>of("save suggestion thresholds",
                        ctx -> service.saveThresholds(defaultsNow, genesNow, reputableNow, starsNow, why))
                .onSuccess(saved -> {
                    saving.set(false);
                    reason.set("");
                    message.set(i18n.get("thresholds.saved", saved.version()));
                    load();
                })
                .onFailure(e -> {
                    saving.set(false);
                    error.set(e instanceof SecurityException ? i18n.get("thresholds.error.notAdmin")
                            : e instanceof IllegalArgumentException && String.valueOf(e.getMessage()).startsWith(
                                    "the thresholds are the same") ? i18n.get("thresholds.error.unchanged")
                            : UserErrors.describe(e, i18n));
                }));
    }

    static String text(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    public Values defaults() {
        return defaults;
    }

    public ObservableList<GeneRow> genes() {
        return genes;
    }

    /** Every version, newest first. */
    public ObservableList<ThresholdSet> versions() {
        return versions;
    }

    /** Whether PP5/BP6 are suggested from ClinVar (off by default). */
    public javafx.beans.property.BooleanProperty reputableProperty() {
        return reputable;
    }

    /** The ClinVar review status (1 to 4 stars) PP5/BP6 need when on. */
    public javafx.beans.property.ObjectProperty<Integer> reputableMinStarsProperty() {
        return reputableMinStars;
    }

    /** A review status as the choice list shows it. */
    public String starsText(Integer stars) {
        if (stars == null) {
            return "";
        }
        return switch (stars) {
            case 1 -> i18n.get("thresholds.reputable.stars.1");
            case 2 -> i18n.get("thresholds.reputable.stars.2");
            case 3 -> i18n.get("thresholds.reputable.stars.3");
            case 4 -> i18n.get("thresholds.reputable.stars.4");
            default -> Integer.toString(stars);
        };
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The version in force. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
