package org.zenome.classification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The classification domain stays free of UI, database, file-format and CLI code. */
class ClassificationArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zenome.classification");

    @Test
    void noJavaFxSqlHtsjdkOrCli() {
        noClasses().that().resideInAPackage("org.zenome.classification..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "htsjdk..",
                        "org.zenome.store..", "org.zenome.importer..", "org.zenome.cli..", "picocli..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void noMutableStaticState() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("org.zenome.classification..")
                .should().beFinal().check(classes);
    }
}
