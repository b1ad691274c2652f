package io.vpcplan.render.graphviz;

/** One drawing's result: its bytes, or why it could not be drawn. */
public record Drawing(byte[] bytes, RenderUnavailableException failure) {
  /** The bytes, or the failure thrown. */
  public byte[] get() throws RenderUnavailableException {
    if (failure != null) throw failure;
    return bytes;
  }
}
