package org.briefbot.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Briefbot's command line in a child JVM, as {@code ./briefbot} runs it: the jar's classes and
 * libraries, the given environment and none of the machine's Briefbot, Discord or Slack settings.
 * Its stdout and stderr go to files in the working directory.
 */
public final class BriefbotProcess {
  private BriefbotProcess() {}

  /** A launch in {@code workDir} with these variables, the JVM options first. */
  public static ProcessBuilder in(
      Path workDir, Map<String, String> variables, String... jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC"));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", classpath(), BriefbotCli.class.getName()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(workDir.resolve("stdout.txt").toFile())
            .redirectError(workDir.resolve("stderr.txt").toFile());
    Map<String, String> environment = builder.environment();
    environment
        .keySet()
        .removeIf(
            name ->
                name.startsWith("BRIEFBOT_")
                    || name.startsWith("DISCORD_")
                    || name.startsWith("SLACK_"));
    // Off unless a test asks for it: a fixed default port could be taken on a shared machine.
    environment.put("BRIEFBOT_OPS_PORT", "0");
    environment.putAll(variables);
    return builder;
  }

  /** What the process printed on stdout. */
  public static String stdout(Path workDir) {
    return read(workDir.resolve("stdout.txt"));
  }

  /** What the process printed on stderr: its messages and its log. */
  public static String stderr(Path workDir) {
    return read(workDir.resolve("stderr.txt"));
  }

  /** Both, for assertion messages. */
  public static String output(Path workDir) {
    return stdout(workDir) + "\n--- stderr:\n" + stderr(workDir);
  }

  /** The jar's classes and libraries: no test classes, whose logging settings would apply. */
  private static String classpath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException unreadable) {
      return "(unreadable: " + unreadable.getMessage() + ")";
    }
  }
}
