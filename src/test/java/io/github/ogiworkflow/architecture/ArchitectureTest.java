package io.github.ogiworkflow.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

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
      // Logging: letters quote the request masked (PersonalDataMasker, ADR 0131).
      .whereLayer("Letter").mayOnlyAccessLayers("Register", "Vocabulary", "Calendar", "Process",
          "Logging")
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

  /** What a model names as a step: a delegate, an execution listener or a task listener. */
  static final DescribedPredicate<JavaClass> ENGINE_STEP = JavaClass.Predicates
      .assignableTo(JavaDelegate.class)
      .or(JavaClass.Predicates.assignableTo(ExecutionListener.class))
      .or(JavaClass.Predicates.assignableTo(TaskListener.class))
      .as("are JavaDelegates, ExecutionListeners or TaskListeners");

  /** A class that is, or is nested in, a {@code *Delegates} class. */
  static final DescribedPredicate<JavaClass> IN_A_DELEGATES_CLASS =
      DescribedPredicate.describe("are *Delegates classes or nested in one", c -> {
        String topLevel = c.getName().replaceFirst("\\$.*", "");
        return topLevel.endsWith("Delegates");
      });

  /**
   * One delegate style (ADR 0016): a step is a lambda {@code @Bean} in a {@code *Delegates}
   * class, never a class of its own. A lambda compiles to no class file (the JVM spins it up at
   * run time), so ArchUnit sees no class for the lambda steps and this rule only meets
   * hand-written implementations: top-level, nested or anonymous classes. Engine plugins add
   * their listeners as lambdas too (deadline/TaskCreateListeners), so none needs excluding today.
   */
  @ArchTest
  static final ArchRule stepsAreNoClassesOfTheirOwn = classes().that(ENGINE_STEP)
      .and().resideInAPackage(ROOT + "..")
      .should(ArchConditions.be(IN_A_DELEGATES_CLASS.as("a *Delegates class or nested in one")))
      .because("a step is a lambda @Bean in the *Delegates class of its process (ADR 0016);"
          + " its logic, if long, is a use-case class the lambda calls")
      // Lambdas being invisible, no class matches while the rule holds.
      .allowEmptyShould(true);

  /** The lambda side of the same rule: a step bean is declared in a {@code *Delegates} class. */
  @ArchTest
  static final ArchRule stepBeansLiveInDelegatesClasses = methods().that()
      .areAnnotatedWith(org.springframework.context.annotation.Bean.class)
      .and().haveRawReturnType(ENGINE_STEP.as("JavaDelegate, ExecutionListener or TaskListener"))
      .should().beDeclaredInClassesThat(IN_A_DELEGATES_CLASS)
      .because("the steps of a process are found in its *Delegates class (ADR 0016)");
}
