package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryInputTest {

  @Test
  void readsUtf8AndDropsTheByteOrderMark(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.txt");
    Files.write(
        file, "\uFEFFCaf\u00E9 owners said \u201Cyes\u201D.".getBytes(StandardCharsets.UTF_8));
    assertThat(StoryInput.read(file.toString()))
        .isEqualTo("Caf\u00E9 owners said \u201Cyes\u201D.");
  }

  @Test
  void legacyEncodedTextIsReadAsWindows1252(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.txt");
    Files.write(
        file, "Caf\u00E9 owners said \u201Cyes\u201D.".getBytes(Charset.forName("windows-1252")));
    assertThat(StoryInput.read(file.toString()))
        .isEqualTo("Caf\u00E9 owners said \u201Cyes\u201D.");
  }

  @Test
  void aHugeFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(20L * 1024 * 1024);
    }
    assertThatThrownBy(() -> StoryInput.read(file.toString()))
        .isInstanceOf(UnsupportedTextException.class)
        .hasMessage(file + " is too large (20.0 MB); Briefbot reads stories of up to 4 MB.");
  }

  @Test
  void missingFilesAndDirectoriesAreNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> StoryInput.read(dir.resolve("nope.txt").toString()))
        .isInstanceOf(UnsupportedTextException.class)
        .hasMessage("There is no file " + dir.resolve("nope.txt") + ".");
    assertThatThrownBy(() -> StoryInput.read(dir.toString()))
        .isInstanceOf(UnsupportedTextException.class)
        .hasMessageContaining("is a directory");
  }

  @Test
  void urlsAreToldApartFromFiles() {
    assertThat(StoryInput.isUrl("https://example.org/a")).isTrue();
    assertThat(StoryInput.isUrl("HTTP://example.org/a")).isTrue();
    assertThat(StoryInput.isUrl("stories/a.txt")).isFalse();
  }
}
