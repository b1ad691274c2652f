package io.vpcplan.aws.fake;

/** An error answer, as the real service would give it: HTTP status, error code, message. */
final class ApiError extends RuntimeException {
  final int status;
  final String code;

  ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  static ApiError bad(String code, String message) {
    return new ApiError(400, code, message);
  }

  static ApiError missing(String param) {
    return bad("MissingParameter", "The request must contain the parameter " + param);
  }

  static ApiError invalid(String message) {
    return bad("InvalidParameterValue", message);
  }
}
