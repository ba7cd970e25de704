package org.crosscheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The import rules of DESIGN.md's package table. */
class ArchitectureTest {

    /**
     * Jackson's YAML reader takes its document size limit as SnakeYAML's options class: rules and
     * resolutions files may use that class, and nothing else of SnakeYAML.
     */
    private static final DescribedPredicate<JavaClass> JACKSON_YAML_OPTIONS =
            JavaClass.Predicates.simpleName("LoaderOptions")
                    .and(JavaClass.Predicates.resideInAPackage("org.yaml.snakeyaml"));

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.crosscheck");
    }

    @Test
    void onlyTheIndexPackageImportsLucene() {
        noClasses().that().resideOutsideOfPackage("org.crosscheck.index..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(production);
    }

    @Test
    void modelImportsOnlyTheJdkAndGuava() {
        classes().that().resideInAPackage("org.crosscheck.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.crosscheck.model..", "java..", "com.google.common..")
                .check(production);
    }

    @Test
    void ingestImportsOnlyModelJacksonAndJsoup() {
        classes().that().resideInAPackage("org.crosscheck.ingest..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.crosscheck.ingest..", "org.crosscheck.model..", "java..",
                        "com.fasterxml.jackson..", "org.jsoup..")
                .check(production);
    }

    @Test
    void indexImportsOnlyModelAndLucene() {
        classes().that().resideInAPackage("org.crosscheck.index..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.crosscheck.index..", "org.crosscheck.model..", "java..", "org.apache.lucene..")
                .check(production);
    }

    @Test
    void rulesImportOnlyModelAndJackson() {
        classes().that().resideInAPackage("org.crosscheck.rules..")
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                        "org.crosscheck.rules..", "org.crosscheck.model..", "java..", "com.fasterxml.jackson..")
                        .or(JACKSON_YAML_OPTIONS))
                .check(production);
    }

    @Test
    void extractImportsOnlyModelAndRules() {
        classes().that().resideInAPackage("org.crosscheck.extract..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.crosscheck.extract..", "org.crosscheck.model..", "org.crosscheck.rules..", "java..",
                        "com.google.common..")
                .check(production);
    }

    @Test
    void reconcileImportsOnlyModelAndNormalize() {
        classes().that().resideInAPackage("org.crosscheck.reconcile..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.crosscheck.reconcile..", "org.crosscheck.model..", "org.crosscheck.normalize..", "java..")
                .check(production);
    }

    @Test
    void groupImportsOnlyModelAndTheIndexApi() {
        classes().that().resideInAPackage("org.crosscheck.group..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.crosscheck.group..", "org.crosscheck.model..", "org.crosscheck.index..", "java..")
                .check(production);
    }

    @Test
    void normalizeImportsOnlyModelAndRules() {
        classes().that().resideInAPackage("org.crosscheck.normalize..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.crosscheck.normalize..", "org.crosscheck.model..", "org.crosscheck.rules..", "java..",
                        "com.google.common..")
                .check(production);
    }

    @Test
    void reportImportsOnlyModelJacksonAndCommonsText() {
        classes().that().resideInAPackage("org.crosscheck.report..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.crosscheck.report..", "org.crosscheck.model..", "java..", "com.fasterxml.jackson..",
                        "org.apache.commons.text..")
                .check(production);
    }

    @Test
    void reviewImportsOnlyModelAndJackson() {
        classes().that().resideInAPackage("org.crosscheck.review..")
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                        "org.crosscheck.review..", "org.crosscheck.model..", "java..", "com.fasterxml.jackson..")
                        .or(JACKSON_YAML_OPTIONS))
                .check(production);
    }

    /** The table lists pipeline, report and review for cli; model's records are shared by every stage. */
    @Test
    void theCommandLineGoesThroughThePipeline() {
        classes().that().resideInAPackage("org.crosscheck.cli..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.crosscheck.cli..", "org.crosscheck.pipeline..", "org.crosscheck.report..",
                        "org.crosscheck.review..", "org.crosscheck.model..", "picocli..", "java..")
                .check(production);
    }

    @Test
    void nothingButTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("org.crosscheck.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(production);
    }
}
