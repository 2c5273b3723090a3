package org.briefbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.briefbot.app.news.StoryFetch;
import org.briefbot.core.nlp.UnsupportedTextException;

/**
 * Reads a story named on the command line: a file, {@code -} for standard input, or an http(s) URL
 * (through the guarded fetcher). Reads at most {@link #MAX_BYTES} so that a huge file is refused
 * without being loaded.
 */
public final class StoryInput {
  /** Generous for a news story (a long one is 50 KB) and small enough for a 256 MB heap. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /**
   * "gopher:", "ftp:", "javascript:" — a link of a kind Briefbot refuses, unless a file is so
   * named.
   */
  private static final java.util.regex.Pattern OTHER_SCHEME =
      java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]+:");

  private StoryInput() {}

  /** Whether the argument names a web page rather than a file. */
  public static boolean isUrl(String argument) {
    String lower = argument.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * The text of a file, of standard input ({@code -}), or of the article at an http(s) URL.
   *
   * @throws UnsupportedTextException with a message for the user when it cannot be read
   */
  public static String read(String argument) {
    if (isUrl(argument)
        || (OTHER_SCHEME.matcher(argument).find() && !Files.exists(Path.of(argument)))) {
      // The web goes through the guarded fetcher: refusals (file:, ftp:, gopher: links too) and
      // failures are one sentence.
      return StoryFetch.article(argument).text();
    }
    if (argument.equals("-")) {
      return readCapped(System.in, "standard input");
    }
    Path path = Path.of(argument);
    try {
      if (Files.isDirectory(path)) {
        throw new UnsupportedTextException(argument + " is a directory, not a story file.");
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw tooLarge(argument, size);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readCapped(in, argument);
      }
    } catch (NoSuchFileException e) {
      throw new UnsupportedTextException("There is no file " + argument + ".");
    } catch (AccessDeniedException e) {
      throw new UnsupportedTextException(
          "Briefbot may not read " + argument + " (permission denied).");
    } catch (IOException e) {
      throw new UnsupportedTextException("Could not read " + argument + ": " + e.getMessage());
    }
  }

  private static String readCapped(InputStream in, String name) {
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge(name, -1);
      }
      return decode(bytes);
    } catch (IOException e) {
      throw new UnsupportedTextException("Could not read " + name + ": " + e.getMessage());
    }
  }

  /**
   * UTF-8 when the bytes are valid UTF-8 (the norm), else Windows-1252, the usual legacy news
   * encoding.
   */
  static String decode(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
  }

  private static UnsupportedTextException tooLarge(String name, long size) {
    String shown =
        size < 0
            ? "more than " + MAX_BYTES / (1024 * 1024) + " MB"
            : String.format(Locale.ROOT, "%.1f MB", size / 1048576.0);
    return new UnsupportedTextException(
        name
            + " is too large ("
            + shown
            + "); Briefbot reads stories of up to "
            + MAX_BYTES / (1024 * 1024)
            + " MB.");
  }
}
