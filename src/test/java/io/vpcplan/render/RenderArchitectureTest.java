package io.vpcplan.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The DOT and HTML writers are pure: Graphviz and files stay in the adapter and the CLI. */
@AnalyzeClasses(packages = "io.vpcplan.render", importOptions = ImportOption.DoNotIncludeTests.class)
class RenderArchitectureTest {
  @ArchTest
  static final ArchRule writersDoNotRender = noClasses().that().resideInAPackage("io.vpcplan.render")
      .should().dependOnClassesThat().resideInAnyPackage("guru.nidi..", "com.kitfox..", "io.vpcplan.render.graphviz..",
          "java.nio.file..", "io.vpcplan.cli..")
      .because("DotWriter and HtmlReport are functions from data to text; rendering is the graphviz adapter's job");
}
