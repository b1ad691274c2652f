package io.vpcplan.generate.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small HCL document model: blocks with labels holding attributes, nested blocks and blank
 * lines, and expressions that are either literal strings (escaped when written) or raw
 * expression text (references, numbers, booleans). {@link HclWriter} prints it in terraform fmt
 * style.
 */
public final class Hcl {
  private Hcl() {}

  /** An expression on the right of '='. */
  public sealed interface Expr permits Str, Raw, ListOf, MapOf {}

  /** A quoted string; '${' and '%{' are escaped, so it never interpolates. */
  public record Str(String value) implements Expr {}

  /** Expression text written as is: var.x, aws_vpc.a.id, true, 64512. */
  public record Raw(String text) implements Expr {}

  /** A list, one item per line when {@code multiline}. */
  public record ListOf(List<Expr> items, boolean multiline) implements Expr {}

  /** An object, one entry per line, keys in the given order (quoted unless identifiers). */
  public record MapOf(Map<String, Expr> entries) implements Expr {}

  /** Something inside a block body. */
  public sealed interface Item permits Attr, Block, Blank, Comment {}

  public record Attr(String name, Expr value) implements Item {}

  /** An empty line, to group attributes. */
  public record Blank() implements Item {}

  /** A '#' comment line. */
  public record Comment(String text) implements Item {}

  public record Block(String type, List<String> labels, List<Item> body) implements Item {
    public Block {
      labels = List.copyOf(labels);
      body = List.copyOf(body);
    }

    /** The value of the first attribute with this name, or null. */
    public Expr attr(String name) {
      for (Item i : body) if (i instanceof Attr a && a.name().equals(name)) return a.value();
      return null;
    }

    public List<Block> blocks(String type) {
      return body.stream().filter(i -> i instanceof Block b && b.type().equals(type)).map(i -> (Block) i).toList();
    }
  }

  private static final Blank BLANK = new Blank();

  public static Str str(String s) {
    return new Str(s);
  }

  public static Raw raw(String s) {
    return new Raw(s);
  }

  /** Builds a block body in order. */
  public static final class Builder {
    private final String type;
    private final List<String> labels;
    private final List<Item> body = new ArrayList<>();

    public Builder(String type, String... labels) {
      this.type = type;
      this.labels = List.of(labels);
    }

    public Builder attr(String name, Expr value) {
      body.add(new Attr(name, value));
      return this;
    }

    public Builder str(String name, String value) {
      return attr(name, new Str(value));
    }

    public Builder raw(String name, String text) {
      return attr(name, new Raw(text));
    }

    /** The tags map, set off by a blank line. */
    public Builder tags(Expr tags) {
      return blank().attr("tags", tags);
    }

    public Builder blank() {
      if (!body.isEmpty() && !(body.get(body.size() - 1) instanceof Blank)) body.add(BLANK);
      return this;
    }

    public Builder comment(String text) {
      body.add(new Comment(text));
      return this;
    }

    /** A nested block, set off from what precedes it by a blank line. */
    public Builder block(Block b) {
      blank();
      body.add(b);
      return this;
    }

    public Block build() {
      List<Item> items = new ArrayList<>(body);
      while (!items.isEmpty() && items.get(items.size() - 1) instanceof Blank) items.remove(items.size() - 1);
      return new Block(type, labels, items);
    }
  }
}
