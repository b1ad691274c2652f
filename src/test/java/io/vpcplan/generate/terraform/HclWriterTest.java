package io.vpcplan.generate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** terraform fmt alignment: chains of single-line assignments, broken by anything else. */
class HclWriterTest {
  @Test
  void alignsRunsAndBreaksThemAtBlanksBlocksCommentsAndMultilineValues() {
    Map<String, Hcl.Expr> tags = new LinkedHashMap<>();
    tags.put("Name", Hcl.str("a"));
    tags.put("vpcplan:plan", Hcl.str("p"));
    Hcl.Block b = new Hcl.Builder("resource", "aws_x", "y")
        .raw("count", "1").raw("provider", "aws.us_east_1").blank()
        .str("a", "1").str("longer_name", "2")
        .comment("a comment ends the run")
        .str("b", "3").str("bb", "4")
        .attr("list", new Hcl.ListOf(List.of(Hcl.raw("x.id"), Hcl.raw("y.id")), true))
        .str("c", "5")
        .tags(new Hcl.MapOf(tags))
        .block(new Hcl.Builder("inner").str("k", "v").str("kkk", "w").build())
        .build();
    assertThat(HclWriter.file(List.of(b, b))).isEqualTo("""
        resource "aws_x" "y" {
          count    = 1
          provider = aws.us_east_1

          a           = "1"
          longer_name = "2"
          # a comment ends the run
          b  = "3"
          bb = "4"
          list = [
            x.id,
            y.id,
          ]
          c = "5"

          tags = {
            Name           = "a"
            "vpcplan:plan" = "p"
          }

          inner {
            k   = "v"
            kkk = "w"
          }
        }

        resource "aws_x" "y" {
          count    = 1
          provider = aws.us_east_1

          a           = "1"
          longer_name = "2"
          # a comment ends the run
          b  = "3"
          bb = "4"
          list = [
            x.id,
            y.id,
          ]
          c = "5"

          tags = {
            Name           = "a"
            "vpcplan:plan" = "p"
          }

          inner {
            k   = "v"
            kkk = "w"
          }
        }
        """);
  }

  @Test
  void inlineValuesStayInTheRunAndEmptyCollectionsAreSingleLine() {
    Hcl.Block b = new Hcl.Builder("output", "o").raw("x", "1")
        .attr("depends_on", new Hcl.ListOf(List.of(Hcl.raw("aws_a.b")), false))
        .attr("empty", new Hcl.MapOf(Map.of())).build();
    assertThat(HclWriter.file(List.of(b))).isEqualTo("""
        output "o" {
          x          = 1
          depends_on = [aws_a.b]
          empty      = {}
        }
        """);
  }

  @Test
  void stringsNeverInterpolate() {
    assertThat(HclWriter.quote("${var.x} %{if} $ % \"q\" \\ \n")).isEqualTo("\"$${var.x} %%{if} $ % \\\"q\\\" \\\\ \\n\"");
  }

  @Test
  void keysThatAreNotPlainIdentifiersAreQuoted() {
    Map<String, Hcl.Expr> m = new LinkedHashMap<>();
    m.put("public-a", Hcl.raw("1"));
    m.put("null", Hcl.raw("2"));
    m.put("ok_1", Hcl.raw("3"));
    assertThat(HclWriter.file(List.of(new Hcl.Builder("locals").attr("m", new Hcl.MapOf(m)).build()))).isEqualTo("""
        locals {
          m = {
            "public-a" = 1
            "null"     = 2
            ok_1       = 3
          }
        }
        """);
  }

  @Test
  void blocksAppendedOneByOneMakeTheFileTheyMakeTogether() { // and widths count UTF-8 bytes, as hclwrite does
    Map<String, Hcl.Expr> tags = new LinkedHashMap<>();
    tags.put("Name", Hcl.str("é ${x}"));
    tags.put("1a", Hcl.str("%{y}"));
    tags.put("_x", Hcl.raw("true"));
    List<Hcl.Block> blocks = List.of(
        new Hcl.Builder("resource", "aws_x", "ü").str("naïve", "1").str("b", "2").comment("c").tags(new Hcl.MapOf(tags))
            .attr("l", new Hcl.ListOf(List.of(Hcl.str("a"), Hcl.raw("b")), true)).build(),
        new Hcl.Builder("locals").build(),
        new Hcl.Builder("output", "o").attr("m", new Hcl.MapOf(tags)).attr("l", new Hcl.ListOf(List.of(Hcl.str("q"), new Hcl.MapOf(tags)), false)).build());
    StringBuilder sb = new StringBuilder();
    for (Hcl.Block b : blocks) HclWriter.append(b, sb);
    assertThat(sb.toString()).isEqualTo(HclWriter.file(blocks));
    assertThat(sb.toString()).contains("""
          naïve = "1"
          b      = "2"
        """).contains("""
            Name = "é $${x}"
            "1a" = "%%{y}"
            _x   = true
        """).contains("  l = [\"q\", { Name = \"é $${x}\", \"1a\" = \"%%{y}\", _x = true }]\n").contains("locals {}\n");
  }
}
