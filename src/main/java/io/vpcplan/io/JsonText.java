package io.vpcplan.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/** Pretty JSON and YAML text of small ordered trees (maps and lists) for command output. */
public final class JsonText {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS) // ids stay strings
      .stringQuotingChecker(new DatesQuoted()).build());

  /**
   * Quotes strings that YAML 1.1 readers (PyYAML, yq, Ruby) take for timestamps: unquoted, an IAM
   * policy's {@code Version: 2012-10-17} is read back as a date, and the JSON and YAML outputs differ.
   */
  static final class DatesQuoted extends com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}([Tt ].*)?");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || !value.isEmpty() && Character.isDigit(value.charAt(0)) && DATE.matcher(value).matches();
    }
  }

  private JsonText() {}

  public static String json(Object tree) {
    try {
      return JSON.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A streaming generator with the same YAML style as {@link #yaml}, for writers of JSON trees. */
  public static com.fasterxml.jackson.core.JsonGenerator yamlGenerator(java.io.Writer w) throws java.io.IOException {
    return YAML.getFactory().createGenerator(w);
  }

  public static String yaml(Object tree) {
    try {
      return YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
