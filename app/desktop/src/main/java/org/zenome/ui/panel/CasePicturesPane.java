package org.zenome.ui.panel;

import java.io.ByteArrayInputStream;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.zenome.ui.common.I18n;

/**
 * The case's genome-wide pictures in the presenter view: one picture at a time as large as the view, chosen with
 * large buttons (or the left and right arrow keys); "Full screen" shows it alone over the whole screen the presenter
 * window is on (the projector in a meeting room); Esc or a click closes it.
 */
public final class CasePicturesPane extends BorderPane {
    private final CasePicturesViewModel vm;
    private final I18n i18n;
    private final ImageView image = new ImageView();
    private final Label caption = new Label();
    private final ToggleGroup choice = new ToggleGroup();
    private final HBox buttons = new HBox(8);
    private Stage fullScreen;

    public CasePicturesPane(CasePicturesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("presenterPictures");
        getStyleClass().add("presenter-pictures");
        buttons.setId("presenterPictureKinds");
        buttons.setAlignment(Pos.CENTER_LEFT);
        Button full = new Button(i18n.get("panel.presenter.fullScreen"));
        full.setId("presenterPictureFullScreen");
        full.setOnAction(e -> openFullScreen());
        full.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.pictures()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label message = new Label();
        message.setId("presenterPicturesMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setStyle("-fx-font-size: 1.3em;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, buttons, busy, gap, full);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 6, 0));
        setTop(bar);

        image.setId("presenterPictureImage");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        StackPane holder = new StackPane(image, message);
        holder.setStyle("-fx-background-color: white;");
        holder.setMinSize(0, 0);
        image.fitWidthProperty().bind(holder.widthProperty().subtract(4));
        image.fitHeightProperty().bind(holder.heightProperty().subtract(4));
        setCenter(holder);
        caption.setId("presenterPictureCaption");
        caption.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        setBottom(caption);

        vm.pictures().addListener((ListChangeListener<CasePicturesViewModel.Picture>) c -> rebuild());
        choice.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                if (old != null && !vm.pictures().isEmpty()) {
                    choice.selectToggle(old); // one picture is always shown
                }
                return;
            }
            show((CasePicturesViewModel.Picture) t.getUserData());
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN) {
                step(1);
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
                step(-1);
                e.consume();
            }
        });
        rebuild();
    }

    private void rebuild() {
        buttons.getChildren().clear();
        choice.getToggles().clear();
        for (CasePicturesViewModel.Picture p : vm.pictures()) {
            ToggleButton b = new ToggleButton(p.caption());
            b.setId("presenterPicture-" + p.kind().id());
            b.setUserData(p);
            b.setToggleGroup(choice);
            b.setStyle("-fx-font-size: 1.2em;");
            buttons.getChildren().add(b);
        }
        if (choice.getToggles().isEmpty()) {
            image.setImage(null);
            caption.setText("");
            closeFullScreen();
        } else {
            choice.selectToggle(choice.getToggles().get(0));
        }
    }

    private void show(CasePicturesViewModel.Picture p) {
        Image img = new Image(new ByteArrayInputStream(p.png()));
        image.setImage(img);
        caption.setText(p.caption());
        if (fullScreen != null) {
            ((ImageView) ((StackPane) fullScreen.getScene().getRoot()).getChildren().get(0)).setImage(img);
        }
    }

    /** Shows the next (+1) or previous (-1) picture. */
    public void step(int by) {
        int n = choice.getToggles().size();
        if (n == 0) {
            return;
        }
        int i = choice.getToggles().indexOf(choice.getSelectedToggle());
        choice.selectToggle(choice.getToggles().get(Math.floorMod(i + by, n)));
    }

    /** The picture shown, or null. */
    public CasePicturesViewModel.Picture shown() {
        return choice.getSelectedToggle() == null ? null
                : (CasePicturesViewModel.Picture) choice.getSelectedToggle().getUserData();
    }

    /** The picture alone on the screen of the presenter window, in full screen; Esc or a click closes it. */
    public Stage openFullScreen() {
        if (image.getImage() == null) {
            return null;
        }
        closeFullScreen();
        ImageView big = new ImageView(image.getImage());
        big.setPreserveRatio(true);
        StackPane root = new StackPane(big);
        root.setStyle("-fx-background-color: white;");
        big.fitWidthProperty().bind(root.widthProperty());
        big.fitHeightProperty().bind(root.heightProperty());
        // an undecorated window over the whole screen rather than JavaFX full-screen mode: no exit hint over the
        // picture, and it leaves the other screens (the presenter's laptop) as they are
        Stage s = new Stage(javafx.stage.StageStyle.UNDECORATED);
        s.setTitle(caption.getText());
        if (getScene() != null && getScene().getWindow() != null) {
            s.initOwner(getScene().getWindow());
            var w = getScene().getWindow();
            Screen screen = Screen.getScreensForRectangle(w.getX(), w.getY(), w.getWidth(), w.getHeight()).stream()
                    .findFirst().orElse(Screen.getPrimary());
            s.setX(screen.getBounds().getMinX());
            s.setY(screen.getBounds().getMinY());
            s.setWidth(screen.getBounds().getWidth());
            s.setHeight(screen.getBounds().getHeight());
        }
        Scene scene = new Scene(root);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeFullScreen();
            } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN) {
                step(1);
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
                step(-1);
            }
        });
        root.setOnMouseClicked(e -> closeFullScreen());
        Label hint = new Label(i18n.get("panel.presenter.pictures.close"));
        hint.setStyle("-fx-text-fill: #888888;");
        StackPane.setAlignment(hint, Pos.BOTTOM_RIGHT);
        root.getChildren().add(hint);
        s.setScene(scene);
        s.setOnHidden(e -> {
            if (fullScreen == s) {
                fullScreen = null;
            }
        });
        fullScreen = s;
        s.show();
        return s;
    }

    /** The full-screen picture window, or null. */
    public Stage fullScreenStage() {
        return fullScreen;
    }

    public void closeFullScreen() {
        if (fullScreen != null) {
            Stage s = fullScreen;
            fullScreen = null;
            s.close();
        }
    }
}
