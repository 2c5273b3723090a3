package org.briefbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Briefbot's side of a benchmark in a JVM of its own, as it runs for real (the platform's side is
 * not in its process): started with the options {@code ./briefbot} and the container image give a
 * Discord or Slack service ({@code deploy/jvm-service.options}; {@code -Dbench.appJavaOpts} in
 * their place), talking over its standard input and output; it stops when its input ends.
 */
final class AppProcess implements AutoCloseable {
  /** The JVM options of a service, one a line after {@code #} comments are cut; from the root. */
  private static final Path SERVICE_OPTIONS = Path.of("deploy", "jvm-service.options");

  private final Process process;
  private final Path log;
  private final BufferedReader out;
  private final PrintStream in;
  private final List<String> options;

  private AppProcess(Process process, Path log, List<String> options) {
    this.process = process;
    this.log = log;
    this.options = options;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
  }

  /** Starts {@code main} with these arguments; its standard error goes to a temporary log. */
  static AppProcess start(Class<?> main, String... arguments) throws IOException {
    String given = System.getProperty("bench.appJavaOpts");
    List<String> options = List.of((given != null ? given : serviceOptions()).trim().split("\\s+"));
    Path log = Files.createTempFile("briefbot-bench-app", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    return new AppProcess(process, log, options);
  }

  /** The service's options as {@code ./briefbot} reads them, run from the repository's root. */
  private static String serviceOptions() throws IOException {
    if (!Files.isRegularFile(SERVICE_OPTIONS)) {
      throw new IllegalStateException(
          "run from the repository's root, where "
              + SERVICE_OPTIONS
              + " names the service's JVM options, or give -Dbench.appJavaOpts");
    }
    StringBuilder options = new StringBuilder();
    for (String line : Files.readAllLines(SERVICE_OPTIONS)) {
      options.append(line.replaceAll("#.*", "")).append(' ');
    }
    return options.toString();
  }

  /** The JVM options the app runs with. */
  String options() {
    return String.join(" ", options);
  }

  /**
   * The rest of the first line that starts with {@code prefix}; lines before it (such as the JVM's
   * own notices) are echoed.
   */
  String awaitLine(String prefix) throws IOException {
    String line = out.readLine();
    while (line != null && !line.startsWith(prefix)) {
      System.out.println("app: " + line);
      line = out.readLine();
    }
    if (line == null) {
      throw new IllegalStateException("the app ended early; its log: " + log);
    }
    return line.substring(prefix.length());
  }

  void send(String line) {
    in.println(line);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    in.close(); // the app stops when its input ends
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    } else if (process.exitValue() == 0) {
      Files.deleteIfExists(log); // kept when the app failed, for the message that names it
    }
  }
}
