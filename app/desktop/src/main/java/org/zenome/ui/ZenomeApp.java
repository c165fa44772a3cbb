package org.zenome.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application (composition root for the UI). */
public class ZenomeApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Zenome");
        stage.setScene(new Scene(new Label("Zenome"), 1280, 800));
        stage.show();
    }
}
