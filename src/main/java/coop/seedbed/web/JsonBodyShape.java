package coop.seedbed.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Every JSON body the API reads must be of the shape its method takes. Jersey reads {@code null},
 * an array or a string happily into a {@link JsonValue} and only fails when it calls a method that
 * takes a {@link JsonObject} ("argument type mismatch", a 500); a literal {@code null} reads as no
 * request at all. Both are the client's mistake and answer 400 here, for every endpoint at once.
 */
@Provider
public class JsonBodyShape implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    SeesText body = new SeesText(context.getInputStream());
    context.setInputStream(body);
    Object read;
    try {
      read = context.proceed();
    } catch (RuntimeException e) {
      if (isNestingLimit(e)) {
        throw new MalformedBodyException("The request body is nested too deeply to read.");
      }
      throw e;
    }
    if (body.sawNul) {
      throw new MalformedBodyException(
          "Text in the request body may not contain the NUL character (\\u0000).");
    }
    if (read == null && body.sawText) {
      throw new MalformedBodyException(
          "The request body must be a " + expected(context.getType()) + ", not null.");
    }
    if (read instanceof JsonValue value && !context.getType().isInstance(value)) {
      throw new MalformedBodyException(
          "The request body must be a "
              + expected(context.getType())
              + ", not "
              + describe(value)
              + ".");
    }
    return read;
  }

  /**
   * Parsson refuses input nested deeper than its limit with a bare {@link RuntimeException}, not a
   * {@code JsonException}: it is the client's mistake all the same.
   */
  private static boolean isNestingLimit(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      StackTraceElement[] trace = t.getStackTrace();
      if (t.getClass() == RuntimeException.class
          && trace.length > 0
          && trace[0].getClassName().startsWith("org.eclipse.parsson.")
          && String.valueOf(t.getMessage()).contains("nested")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().endsWith("+json"));
  }

  private static String expected(Class<?> type) {
    return JsonArray.class.isAssignableFrom(type) ? "JSON array" : "JSON object";
  }

  private static String describe(JsonValue value) {
    return switch (value.getValueType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case TRUE, FALSE -> "true or false";
      case NULL -> "null";
    };
  }

  /**
   * Notes whether anything but white space passed, to tell {@code null} from an empty body, and
   * whether a string carried the escape for the NUL character, which PostgreSQL cannot store in
   * text (it failed the whole write with a 500) and no person means to send.
   */
  private static final class SeesText extends FilterInputStream {

    boolean sawText;
    boolean sawNul;

    /**
     * 0: plain; 1: after an unescaped backslash; 2 to 5: after "\\u" and that many zeros less 2.
     */
    private int escape;

    SeesText(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      note(b);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = 0; i < n; i++) {
        note(buffer[offset + i] & 0xff);
      }
      return n;
    }

    private void note(int b) {
      if (b < 0) {
        return;
      }
      if (!Character.isWhitespace(b)) {
        sawText = true;
      }
      if (escape == 1) {
        escape = b == 'u' || b == 'U' ? 2 : 0;
      } else if (escape >= 2) {
        if (b != '0') {
          escape = b == '\\' ? 1 : 0;
        } else if (++escape == 6) {
          sawNul = true;
          escape = 0;
        }
      } else if (b == '\\') {
        escape = 1;
      }
    }
  }
}
