package io.vpcplan.render.graphviz;

/** No Graphviz engine could start (no {@code dot} on the PATH and the embedded engine failed). */
public class RenderUnavailableException extends Exception {
  public RenderUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
