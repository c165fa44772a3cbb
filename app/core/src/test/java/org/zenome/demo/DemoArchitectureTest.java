package org.zenome.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The demo generator is a stand-alone file writer: no store, importer, UI or CLI, no mutable static state. */
class DemoArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zenome.demo");

    @Test
    void dependsOnlyOnTheDomainAndHtsjdk() {
        noClasses().that().resideInAPackage("org.zenome.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.zenome.store..",
                        "org.zenome.importer..", "org.zenome.cli..", "org.zenome.ui..", "picocli..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void noMutableStaticState() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("org.zenome.demo..")
                .should().beFinal().check(classes);
    }
}
