package org.zenome.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The report module has no UI, and its model (what the other modules fill) depends on no output library. */
class ReportArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.zenome.report");

    @Test
    void noJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..").check(CLASSES);
    }

    @Test
    void theModelKnowsNoPdfFhirPhenopacketOrSql() {
        noClasses().that().resideInAPackage("org.zenome.report.model..").should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.pdfbox..", "com.openhtmltopdf..", "org.hl7..", "ca.uhn..",
                        "org.phenopackets..", "java.sql..", "org.zenome.store.sqlite..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineOpensTheSqliteStore() {
        noClasses().that().resideOutsideOfPackage("org.zenome.report.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("org.zenome.store.sqlite..", "java.sql..").check(CLASSES);
    }
}
