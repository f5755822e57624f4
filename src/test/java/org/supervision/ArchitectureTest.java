package org.supervision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The structure the code keeps: one package per feature without cycles between them, a
 * shared kernel that depends on no feature, and Camunda's internal API
 * ({@code org.camunda.bpm.engine.impl}) used in one package only, {@code engine}, where
 * each use is a documented customisation that a Camunda upgrade must re-check.
 */
@AnalyzeClasses(packages = "org.supervision", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.supervision.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule camundaInternalsOnlyInTheEnginePackage = noClasses()
            .that().resideOutsideOfPackage("org.supervision.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
            .because("each use of Camunda's internal API is a customisation with a note in org.supervision.engine");

    @ArchTest
    static final ArchRule theKernelDependsOnNoFeature = noClasses()
            .that().resideInAPackage("org.supervision.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("org.supervision.agreement..", "org.supervision.appraisal..",
                    "org.supervision.audit..", "org.supervision.conflict..", "org.supervision.demo..",
                    "org.supervision.engine..", "org.supervision.learning..", "org.supervision.mail..",
                    "org.supervision.security..", "org.supervision.session..", "org.supervision.staff..")
            .because("shared holds only what several features use, and depends on none of them");

    @ArchTest
    static final ArchRule theEngineAdaptersDependOnNoFeature = noClasses()
            .that().resideInAPackage("org.supervision.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.supervision.agreement..", "org.supervision.appraisal..",
                    "org.supervision.audit..", "org.supervision.conflict..", "org.supervision.demo..",
                    "org.supervision.learning..", "org.supervision.mail..", "org.supervision.security..",
                    "org.supervision.session..", "org.supervision.staff..");
}
