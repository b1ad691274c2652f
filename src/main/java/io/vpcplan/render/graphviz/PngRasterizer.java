package io.vpcplan.render.graphviz;

import com.kitfox.svg.SVGDiagram;
import com.kitfox.svg.SVGException;
import com.kitfox.svg.SVGUniverse;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Draws Graphviz's SVG into a PNG inside the JVM with SVG Salamander (shipped with graphviz-java).
 * Done here rather than through graphviz-java so that the font maps to Java's logical SansSerif
 * (Salamander cannot resolve "Helvetica,sans-Serif" and falls back to a serif face), the
 * background is white, and very large drawings are scaled down to a size a viewer can open.
 */
final class PngRasterizer {
  static final int MAX_SIDE = 16_000;
  private static final Pattern FONT = Pattern.compile("font-family=\"[^\"]*\"");
  private static final Pattern SIZE = Pattern.compile("font-size=\"([0-9.]+)\"");
  private static final Logger SALAMANDER = Logger.getLogger("com.kitfox.svg");

  private PngRasterizer() {}

  /**
   * Graphviz sized every label for Helvetica. Use a Helvetica-metric face when the machine has one;
   * otherwise Java's SansSerif (DejaVu Sans on most Linux machines, about a tenth wider) at a
   * slightly smaller size, so that text stays inside its box.
   */
  static String fonts(String svg) {
    String family = metricCompatibleFamily();
    double shrink = family.equals("SansSerif") ? 0.9 : 1.0;
    String out = FONT.matcher(svg).replaceAll("font-family=\"" + family + "\"");
    if (shrink == 1.0) return out;
    Matcher m = SIZE.matcher(out);
    StringBuilder sb = new StringBuilder(out.length());
    while (m.find()) {
      double size = Double.parseDouble(m.group(1)) * shrink;
      m.appendReplacement(sb, "font-size=\"" + String.format(Locale.ROOT, "%.2f", size) + "\"");
    }
    return m.appendTail(sb).toString();
  }

  private static String metricCompatibleFamily() {
    Set<String> have = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
    for (String f : List.of("Helvetica", "Arial", "Liberation Sans", "Arimo")) if (have.contains(f)) return f;
    return "SansSerif";
  }

  static byte[] png(String svg, double scale) throws IOException {
    if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    SALAMANDER.setLevel(Level.SEVERE);
    // Salamander knows neither the "Helvetica,sans-Serif" family nor the colour "transparent".
    String fixed = fonts(svg).replace("fill=\"transparent\"", "fill=\"none\"")
        .replace("stroke=\"transparent\"", "stroke=\"none\"");
    SVGUniverse universe = new SVGUniverse();
    URI uri = universe.loadSVG(new StringReader(fixed), "diagram");
    SVGDiagram diagram = universe.getDiagram(uri);
    if (diagram == null) throw new IOException("the SVG from Graphviz could not be read");
    diagram.setIgnoringClipHeuristic(true);
    double s = Math.min(scale, MAX_SIDE / Math.max(1.0, Math.max(diagram.getWidth(), diagram.getHeight())));
    int w = Math.max(1, (int) Math.ceil(diagram.getWidth() * s));
    int h = Math.max(1, (int) Math.ceil(diagram.getHeight() * s));
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(s, s);
      diagram.render(g);
    } catch (SVGException e) {
      throw new IOException("the SVG from Graphviz could not be drawn: " + e.getMessage(), e);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }
}
