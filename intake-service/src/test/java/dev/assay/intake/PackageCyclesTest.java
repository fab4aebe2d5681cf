package dev.assay.intake;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Feature packages depend on each other in one direction only: a cycle means two features can no longer be read,
 * tested or changed apart, and it is the first step towards one big package.
 */
@AnalyzeClasses(packagesOf = IntakeApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("dev.assay.intake.(*)..").should().beFreeOfCycles();
}
