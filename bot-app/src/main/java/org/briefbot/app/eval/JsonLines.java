package org.briefbot.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.chat.UserFacingException;

/**
 * Reads an evaluation file of JSON lines: one object a line, blank lines skipped. Every problem of
 * the file is one sentence naming it (and the line, where there is one).
 */
public final class JsonLines {
  /**
   * Evaluation sets are tens of megabytes at most; this keeps a wrong file from eating the heap.
   */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What to do with one line's object. */
  @FunctionalInterface
  public interface Handler {
    void accept(JsonNode object, int lineNumber);
  }

  private JsonLines() {}

  /**
   * Hands every line's object to {@code handler}, in order.
   *
   * @param shape what a line must be, for the message about one that is not ({@code "a JSON object
   *     with \"id\" and \"text\""})
   * @return how many lines were handed over
   * @throws UserFacingException when the file cannot be read or a line is not a JSON object
   */
  public static int forEach(Path data, String shape, Handler handler) {
    int handled = 0;
    try (BufferedReader in = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      if (Files.size(data) > MAX_BYTES) {
        throw new UserFacingException(
            data
                + " is too large for an evaluation file (more than "
                + MAX_BYTES / (1024 * 1024)
                + " MB).");
      }
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode object = parse(line);
        if (object == null || !object.isObject()) {
          throw new UserFacingException(
              "Line " + number + " of " + data + " is not " + shape + ".");
        }
        handler.accept(object, number);
        handled++;
      }
    } catch (NoSuchFileException e) {
      throw new UserFacingException("There is no file " + data + ".");
    } catch (AccessDeniedException e) {
      throw new UserFacingException("Briefbot may not read " + data + " (permission denied).");
    } catch (CharacterCodingException e) {
      throw new UserFacingException(
          data + " is not UTF-8 text; the evaluation data must be JSON lines.");
    } catch (IOException e) {
      throw new UserFacingException("Could not read " + data + ": " + e.getMessage());
    }
    return handled;
  }

  /** A field that holds a string or a list of strings, as a list (empty when it is neither). */
  public static List<String> strings(JsonNode field) {
    List<String> strings = new ArrayList<>();
    if (field.isTextual()) {
      strings.add(field.asText());
    } else if (field.isArray()) {
      field.forEach(item -> strings.add(item.asText()));
    }
    return strings;
  }

  /** The sentence that tells why the predictions could not be written to {@code path}. */
  public static UserFacingException writeFailure(Path path, IOException failure) {
    if (failure instanceof NoSuchFileException) {
      return new UserFacingException("Could not write " + path + ": its folder does not exist.");
    }
    if (failure instanceof AccessDeniedException) {
      return new UserFacingException("Briefbot may not write " + path + " (permission denied).");
    }
    return new UserFacingException("Could not write " + path + ": " + failure.getMessage());
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }
}
