package org.zenome.ui.cases;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.domain.CaseSummary;
import org.zenome.store.CaseRepository;
import org.zenome.ui.common.BackgroundTask;
import org.zenome.ui.common.I18n;
import org.zenome.ui.common.LatestTaskScheduler;
import org.zenome.ui.common.TaskExecutor;
import org.zenome.ui.common.UserErrors;

/** The case list: every case of the store, newest import first (a hospital keeps hundreds, not millions). */
public final class CaseListViewModel {
    private final CaseRepository cases;
    private final I18n i18n;
    private final LatestTaskScheduler loader;
    private final ObservableList<CaseSummary> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loadedOnce = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public CaseListViewModel(TaskExecutor executor, I18n i18n, CaseRepository cases) {
        this.cases = Objects.requireNonNull(cases);
        this.i18n = Objects.requireNonNull(i18n);
        this.loader = new LatestTaskScheduler(executor, java.time.Duration.ZERO);
    }

    /** Reloads the list from the store. */
    public void refresh() {
        loading.set(true);
        loader.schedule(BackgroundTask.<List<CaseSummary>>of("list cases", ctx -> cases.list())
                .onSuccess(list -> {
                    items.setAll(list);
                    error.set("");
                    loading.set(false);
                    loadedOnce.set(true);
                })
                .onFailure(e -> {
                    error.set(UserErrors.describe(e, i18n));
                    loading.set(false);
                    loadedOnce.set(true);
                }));
    }

    public ObservableList<CaseSummary> items() {
        return items;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True after the first load finished (successfully or not). */
    public ReadOnlyBooleanProperty loadedOnceProperty() {
        return loadedOnce.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void dispose() {
        loader.cancel();
    }
}
