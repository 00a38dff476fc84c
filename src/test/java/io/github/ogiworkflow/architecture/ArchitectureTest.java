package io.github.ogiworkflow.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The plan of the code (README "Layout"): domain packages depend on the shared layers, never
 * the other way round, and no two packages depend on each other. Main classes only: tests may
 * reach across.
 */
@AnalyzeClasses(packages = "io.github.ogiworkflow",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "io.github.ogiworkflow";

  /**
   * The shared layers, bottom up. Everything else under {@link #ROOT} is a domain package
   * (intake, review, reply, consultation, fee, appeal, publication, online, privacy, publicapi,
   * overview, audit, report, enginerest, deployment) and may use any of these.
   */
  static final String[] SHARED = {
      ROOT + ".vocabulary..", ROOT + ".calendar..", ROOT + ".process..", ROOT + ".logging..",
      ROOT + ".security..", ROOT + ".register..", ROOT + ".letter..", ROOT + ".deadline..",
      ROOT + ".webapp.."};

  @ArchTest
  static final ArchRule noCyclesBetweenPackages = slices().matching(ROOT + ".(*)..")
      .should().beFreeOfCycles();

  /** Shared code may use shared code and libraries, nothing from a domain (new ones included). */
  @ArchTest
  static final ArchRule sharedLayersDoNotUseDomains = classes().that()
      .resideInAnyPackage(SHARED).should().onlyDependOnClassesThat(
          resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(SHARED)))
      .because("shared layers must not import domain packages (README \"Layout\")");

  /** Which shared layer may use which: the arrows of the README's drawing. */
  @ArchTest
  static final ArchRule sharedLayersInOrder = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("Vocabulary").definedBy(ROOT + ".vocabulary..")
      .layer("Calendar").definedBy(ROOT + ".calendar..")
      .layer("Logging").definedBy(ROOT + ".logging..")
      .layer("Process").definedBy(ROOT + ".process..")
      .layer("Security").definedBy(ROOT + ".security..")
      .layer("Register").definedBy(ROOT + ".register..")
      .layer("Letter").definedBy(ROOT + ".letter..")
      .layer("Deadline").definedBy(ROOT + ".deadline..")
      .layer("Webapp").definedBy(ROOT + ".webapp..")
      .whereLayer("Vocabulary").mayNotAccessAnyLayer()
      .whereLayer("Calendar").mayNotAccessAnyLayer()
      .whereLayer("Logging").mayNotAccessAnyLayer()
      .whereLayer("Process").mayOnlyAccessLayers("Calendar")
      .whereLayer("Security").mayOnlyAccessLayers("Process", "Calendar", "Logging")
      .whereLayer("Register").mayOnlyAccessLayers("Vocabulary", "Calendar", "Process")
      .whereLayer("Letter").mayOnlyAccessLayers("Register", "Vocabulary", "Calendar", "Process")
      .whereLayer("Deadline").mayOnlyAccessLayers("Letter", "Register", "Vocabulary", "Calendar",
          "Process")
      .whereLayer("Webapp").mayOnlyAccessLayers("Letter", "Calendar");

  /** Reports and the audit trail read the register, not the steps that write it. */
  @ArchTest
  static final ArchRule reportsAndAuditDoNotUseDelegates = noClasses().that()
      .resideInAnyPackage(ROOT + ".report..", ROOT + ".audit..")
      .should().dependOnClassesThat(simpleNameEndingWith("Delegates")
          .or(simpleNameEndingWith("Delegate"))
          .and(resideInAnyPackage(ROOT + ".."))
          .and(not(resideInAnyPackage(ROOT + ".report..", ROOT + ".audit.."))))
      .because("reports and the audit trail read the register, not the process steps");
}
