package io.vpcplan.render.graphviz;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;

/**
 * Readies AWT's fonts on a thread that would only wait for the drawing: the embedded engine has
 * graphviz-java measure its fonts through AWT (font manager, fontconfig, glyph outlines) just
 * before it lays out, on the drawing's own thread. Only the set-up moves; the measuring, and so
 * every width and every SVG, stays as it was: nothing here touches graphviz-java's own records.
 */
final class FontWarmup {
  private FontWarmup() {}

  static void run() {
    try {
      BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR); // as graphviz-java's measurer
      Graphics2D g = img.createGraphics();
      FontRenderContext frc = g.getFontRenderContext();
      for (String name : new String[] {"Courier", "Helvetica"}) {
        new Font(name, Font.PLAIN, 10).createGlyphVector(frc, " x").getVisualBounds();
      }
      g.dispose();
    } catch (RuntimeException | LinkageError e) {
      // no fonts here: the engine's measuring reports it, as before
    }
  }
}
