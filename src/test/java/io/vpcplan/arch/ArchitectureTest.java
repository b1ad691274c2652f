package io.vpcplan.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core stays pure: no file I/O, AWS SDK, Jackson or Graphviz below the adapters. */
@AnalyzeClasses(packages = "io.vpcplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  static final String[] CORE = {"io.vpcplan.cidr..", "io.vpcplan.model..", "io.vpcplan.ipam..",
      "io.vpcplan.topology..", "io.vpcplan.analysis..", "io.vpcplan.cost..", "io.vpcplan.finding.."};

  @ArchTest
  static final ArchRule coreHasNoAdapters = noClasses().that().resideInAnyPackage(CORE)
      .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "guru.nidi..", "com.fasterxml..",
          "picocli..", "io.vpcplan.io..", "io.vpcplan.aws..", "io.vpcplan.render..", "io.vpcplan.cli..",
          "io.vpcplan.inventory..", "io.vpcplan.generate..", "io.vpcplan.source..")
      .because("the core is pure data and algorithms; adapters live at the edge");

  @ArchTest
  static final ArchRule coreDoesNoFileIo = noClasses().that().resideInAnyPackage(CORE)
      .should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
      .orShould().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
      .because("reading and writing files belongs to the io and cli adapters");

  @ArchTest
  static final ArchRule noCycleBackFromCoreToCli = noClasses().that().resideOutsideOfPackage("io.vpcplan.cli..")
      .should().dependOnClassesThat().resideInAPackage("io.vpcplan.cli..");

  @ArchTest
  static final ArchRule importersDoNotNeedAnalysis = noClasses().that().resideInAnyPackage("io.vpcplan.inventory..",
      "io.vpcplan.aws..", "io.vpcplan.io..").should().dependOnClassesThat().resideInAPackage("io.vpcplan.analysis..")
      .because("importers report problems as findings (io.vpcplan.finding); the checks run on the merged network");

  @ArchTest
  static final ArchRule findingsArePlainData = noClasses().that().resideInAPackage("io.vpcplan.finding..")
      .should().dependOnClassesThat().resideInAnyPackage("io.vpcplan.analysis..", "io.vpcplan.topology..",
          "io.vpcplan.ipam..", "io.vpcplan.inventory..", "io.vpcplan.source..");

  @ArchTest
  static final ArchRule onlyTheCliReadsSources = noClasses().that().resideOutsideOfPackages("io.vpcplan.cli..",
      "io.vpcplan.source..").should().dependOnClassesThat().resideInAPackage("io.vpcplan.source..")
      .because("the source pipeline sits just below the CLI: SOURCE -> Network + findings for every command");

  @ArchTest
  static final ArchRule generatorsArePure = noClasses().that().resideInAPackage("io.vpcplan.generate..")
      .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "software.amazon..", "io.vpcplan.source..",
          "io.vpcplan.inventory..", "io.vpcplan.aws..", "guru.nidi..")
      .because("a generator is a function from a Network to file contents; writing the folder is io.FolderWriter's job");

  @ArchTest
  static final ArchRule changeSetCoreIsPure = noClasses().that().resideInAPackage("io.vpcplan.change..")
      .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "io.vpcplan.aws..", "io.vpcplan.source..",
          "io.vpcplan.inventory..", "io.vpcplan.cli..")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
      .because("the change set is a function of the plan and the describe documents; apply's SDK calls are in aws");
}
