package org.zenome.browser;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The browser's core half stays free of JavaFX, SQL and htsjdk: the case view and the CLI both use it. */
class BrowserArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zenome.browser");

    @Test
    void browserCoreDependsOnNoUserInterfaceStoreOrReadsLibrary() {
        noClasses().that().resideInAPackage("org.zenome.browser..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "netscape..", "java.sql..", "htsjdk..",
                        "org.zenome.ui..", "org.zenome.store..")
                .check(classes);
    }
}
