package io.claimbase.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The shape of the service, checked on every build (README "Code layout"): packages by feature with one-way imports, the
 * {@code extract} library free of the service, resources that leave SQL to the queries and repositories, and a write
 * side ({@code ingest}) that nothing depends on, and problem+json (HTTP) errors left to the web edge: the layers below
 * throw {@code error/DomainException}.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.claimbase");

    /** article, author, claim, position, domain, ingest, web, db, error, security, extract: no two import each other. */
    private static final ArchRule noPackageCycles =
            slices().matching("io.claimbase.(*)..").should().beFreeOfCycles();

    private static final ArchRule extractIsAPlainLibrary = noClasses()
            .that()
            .resideInAPackage("io.claimbase.extract..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.quarkus..",
                    "io.vertx..",
                    "io.smallrye..",
                    "jakarta..",
                    "org.hibernate..",
                    "io.claimbase.article..",
                    "io.claimbase.author..",
                    "io.claimbase.claim..",
                    "io.claimbase.position..",
                    "io.claimbase.ingest..",
                    "io.claimbase.domain..",
                    "io.claimbase.web..",
                    "io.claimbase.db..",
                    "io.claimbase.security..")
            .because("extract/ is pure Java: text in, a complete Extraction out");

    private static final ArchRule resourcesLeaveStorageToQueriesAndRepositories = noClasses()
            .that()
            .areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("io.vertx.mutiny.sqlclient..", "io.vertx.sqlclient..", "org.hibernate..")
            .because("a resource parses, validates and answers; services, queries and repositories hold the SQL");

    private static final ArchRule nothingDependsOnTheWriteSide = noClasses()
            .that()
            .resideOutsideOfPackage("io.claimbase.ingest..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.claimbase.ingest..")
            .because("ingest/ is the write use case: the read sides never call into it");

    private static final ArchRule onlyTheWebEdgeSpeaksHttpProblems = noClasses()
            .that()
            .resideOutsideOfPackage("io.claimbase.web..")
            .and()
            .haveSimpleNameNotEndingWith("Resource")
            .and()
            .haveSimpleNameNotEndingWith("Params")
            .and()
            .haveSimpleNameNotEndingWith("Param")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.claimbase.web.ProblemException")
            .because("services, queries and repositories throw a plain DomainException; web/ProblemMappers answers it");

    private static final ArchRule domainExceptionsStandAlone = classes()
            .that()
            .resideInAPackage("io.claimbase.error..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.claimbase.error..", "java..")
            .because("error/ is plain Java that every layer may throw and only web/ turns into HTTP");

    @Test
    void noTwoPackagesImportEachOther() {
        noPackageCycles.check(MAIN);
    }

    @Test
    void extractDependsOnNothingOfTheService() {
        extractIsAPlainLibrary.check(MAIN);
    }

    @Test
    void resourcesNeverTouchRepositoriesOrSql() {
        resourcesLeaveStorageToQueriesAndRepositories.check(MAIN);
    }

    @Test
    void nothingImportsIngest() {
        nothingDependsOnTheWriteSide.check(MAIN);
    }

    @Test
    void onlyResourcesParamsAndWebThrowProblemException() {
        onlyTheWebEdgeSpeaksHttpProblems.check(MAIN);
    }

    @Test
    void domainExceptionsDependOnNothingButJava() {
        domainExceptionsStandAlone.check(MAIN);
    }
}
