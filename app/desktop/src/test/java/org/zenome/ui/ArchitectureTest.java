package org.zenome.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Layering rules of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {
    private static JavaClasses zenome;

    @BeforeAll
    static void importClasses() {
        zenome = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.zenome");
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..")
                .check(zenome);
    }

    @Test
    void viewModelsExist() {
        // guards the rule above against matching nothing after a rename
        classes().that().haveSimpleNameEndingWith("ViewModel").should().resideInAPackage("org.zenome.ui..")
                .allowEmptyShould(false).check(zenome);
    }

    @Test
    void domainImportsNoFrameworks() {
        noClasses().that().resideInAPackage("org.zenome.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "htsjdk..",
                        "org.zenome.store..", "org.zenome.importer..", "org.zenome.ui..")
                .check(zenome);
    }

    @Test
    void coreDoesNotDependOnTheUserInterface() {
        noClasses().that().resideInAnyPackage("org.zenome.domain..", "org.zenome.store..",
                        "org.zenome.importer..", "org.zenome.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.zenome.ui..")
                .check(zenome);
    }

    @Test
    void sharedUiCodeDoesNotDependOnFeatures() {
        noClasses().that().resideInAPackage("org.zenome.ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage("org.zenome.ui.cases..",
                        "org.zenome.ui.importer..", "org.zenome.ui.variants..", "org.zenome.ui.detail..",
                        "javafx.scene..")
                .check(zenome);
    }

    @Test
    void onlyTheCompositionRootAndStoreAdapterKnowTheSqliteStore() {
        noClasses().that().resideInAPackage("org.zenome.ui..").and().doNotHaveSimpleName("CoreBackend")
                .should().dependOnClassesThat().resideInAnyPackage("org.zenome.store.sqlite..", "java.sql..")
                .check(zenome);
    }
}
