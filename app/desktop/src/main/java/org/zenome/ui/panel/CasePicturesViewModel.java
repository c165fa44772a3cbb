package org.zenome.ui.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.plot.PlotKind;
import org.zenome.plot.PlotRenderer;
import org.zenome.plot.PlotService;
import org.zenome.ui.common.BackgroundTask;

/**
 * The genome-wide pictures of the case on the presenter's screen: the pictures the case has data for (as in its
 * report: sample QC when computed; for cancer also allele fraction and depth ratio, copy number, SV arcs, the SNV
 * spectrum), in the user's language, drawn on the worker large enough for a projector (text 1.4 times the
 * report's).
 */
public final class CasePicturesViewModel {
    /** Pixel size of a picture; the text is magnified by {@link #TEXT_SCALE} for the room. */
    static final int WIDTH = 1920;
    static final int HEIGHT = 900;
    static final double TEXT_SCALE = 1.4;

    /** One drawn picture: its kind, its caption in the user's language and the PNG. */
    public record Picture(PlotKind kind, String caption, byte[] png) {
    }

    private final PanelContext ctx;
    private final ObservableList<Picture> pictures = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private String shownCase;
    private long generation;

    private final org.zenome.ui.common.I18n i18n;

    public CasePicturesViewModel(PanelContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
        this.i18n = ctx.i18n();
    }

    /** Draws the pictures of the case (again only when it is another case or {@code reload}). FX thread. */
    public void show(CaseSummary kase, boolean reload) {
        if (kase == null) {
            shownCase = null;
            pictures.clear();
            return;
        }
        if (!reload && kase.caseId().equals(shownCase) && (loading.get() || !pictures.isEmpty())) {
            return;
        }
        shownCase = kase.caseId();
        long mine = ++generation;
        pictures.clear();
        message.set(i18n.get("panel.presenter.pictures.loading"));
        loading.set(true);
        java.util.Locale locale = ctx.i18n().locale();
        boolean cancer = kase.diseaseArea() == DiseaseArea.CANCER;
        ctx.executor().submit(BackgroundTask.<List<Picture>>of("presenter pictures " + kase.caseId(), c -> {
            List<Picture> out = new ArrayList<>();
            for (PlotService.Picture p : new PlotService(ctx.store()).forReport(kase, cancer, locale)) {
                out.add(new Picture(p.kind(), caption(p.kind()), PlotRenderer.png(p.chart(), WIDTH, HEIGHT,
                        TEXT_SCALE)));
            }
            return out;
        }).onSuccess(list -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            pictures.setAll(list);
            message.set(list.isEmpty() ? i18n.get("panel.presenter.pictures.none") : "");
        }).onFailure(e -> {
            if (mine == generation) {
                loading.set(false);
                message.set(ctx.describe(e));
            }
        }));
    }

    private String caption(PlotKind k) {
        return ctx.i18n().get("plots.kind." + k.id());
    }

    public ObservableList<Picture> pictures() {
        return pictures;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
