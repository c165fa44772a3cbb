package org.zenome.interpretation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Interpretation and annotation logic stays free of UI and SQL; plugins see only the plugin API. */
class InterpretationArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zenome.interpretation", "org.zenome.annotation", "org.zenome.plugin");

    @Test
    void noJavaFxNoSqlNoSqliteStore() {
        noClasses().that().resideInAnyPackage("org.zenome.interpretation..", "org.zenome.annotation..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "org.zenome.store.sqlite..", "org.zenome.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void thePluginApiDependsOnNothingOfTheApplication() {
        noClasses().that().resideInAPackage("org.zenome.plugin..")
                .should().dependOnClassesThat().resideInAnyPackage("org.zenome.store..", "org.zenome.domain..",
                        "org.zenome.interpretation..", "org.zenome.classification..", "org.zenome.annotation..",
                        "javafx..", "java.sql..")
                .check(classes);
    }
}
