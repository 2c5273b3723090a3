package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options Briefbot starts with, by what it runs: the one-shot subcommands with a small
 * heap, the console with the same and the quick compiler only, a Discord or Slack service with
 * {@code deploy/jvm-service.options} — from {@code ./briefbot} and from the container image's entry
 * point alike — and {@code BRIEFBOT_JAVA_OPTS} in their place when set. Each scenario runs the real
 * script with a stand-in {@code java} on the PATH that writes down its arguments.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherOptionsTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> TOOL = List.of("-Xmx256m", "-XX:+UseSerialGC");
  private static final List<String> CONSOLE =
      List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  @TempDir Path scratch;
  private Path root;
  private Path work;
  private Path arguments;

  /** What the last script run wrote on its standard output and error. */
  private String said;

  @BeforeEach
  void aCheckoutWithABuiltJarAndAStandInJava() throws IOException {
    root = Files.createDirectories(scratch.resolve("checkout"));
    work = Files.createDirectories(scratch.resolve("work"));
    Files.copy(REPOSITORY.resolve("briefbot"), root.resolve("briefbot"));
    Files.createDirectories(root.resolve("deploy"));
    Files.copy(
        REPOSITORY.resolve("deploy/jvm-service.options"),
        root.resolve("deploy/jvm-service.options"));
    Files.createDirectories(root.resolve("bot-app/target"));
    Files.writeString(root.resolve("bot-app/target/briefbot.jar"), "");
    Path bin = Files.createDirectories(scratch.resolve("bin"));
    arguments = scratch.resolve("java-arguments");
    // `java -XX:+UseShenandoahGC -version` answers as a JVM with (or, when told, without) that
    // collector; any other call writes its arguments down, one a line.
    executable(
        bin.resolve("java"),
        "#!/bin/sh\n"
            + "if [ \"$1\" = -XX:+UseShenandoahGC ] && [ \"$2\" = -version ]; then\n"
            + "  exit \"${STAND_IN_SHENANDOAH_EXIT:-0}\"\n"
            + "fi\n"
            + "printf '%s\\n' \"$@\" > \""
            + arguments
            + "\"\n");
  }

  @Test
  void theConsoleStartsWithASmallHeapTheSerialCollectorAndTheQuickCompilerOnly() throws Exception {
    assertThat(launch(Map.of())).containsExactlyElementsOf(console());
  }

  @Test
  void aSubcommandRunsWithASmallHeapAndTheSerialCollector() throws Exception {
    assertThat(launch(Map.of(), "eval", "summaries"))
        .containsExactlyElementsOf(withJar(TOOL, "eval", "summaries"));
  }

  @Test
  void aDiscordTokenStartsTheServiceWithTheServiceOptions() throws Exception {
    assertThat(launch(Map.of("DISCORD_TOKEN", "a-token"))).containsExactlyElementsOf(service());
  }

  @Test
  void slackTokensStartTheServiceWithTheServiceOptions() throws Exception {
    assertThat(launch(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")))
        .containsExactlyElementsOf(service());
    assertThat(launch(Map.of("BRIEFBOT_SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s")))
        .containsExactlyElementsOf(service());
  }

  @Test
  void aBlankTokenIsNoToken() throws Exception {
    assertThat(launch(Map.of("DISCORD_TOKEN", "  "))).containsExactlyElementsOf(console());
  }

  @Test
  void aSubcommandRunsWithItsOwnOptionsEvenWithATokenSet() throws Exception {
    assertThat(launch(Map.of("DISCORD_TOKEN", "a-token"), "summarize", "story.txt"))
        .containsExactlyElementsOf(withJar(TOOL, "summarize", "story.txt"));
  }

  @Test
  void aTokenInTheSecretsFileStartsTheService() throws Exception {
    Path secrets = Files.writeString(scratch.resolve("secrets.properties"), "discord.token=abc\n");
    assertThat(launch(Map.of("BRIEFBOT_SECRETS_FILE", secrets.toString())))
        .containsExactlyElementsOf(service());
    Files.writeString(secrets, "# Slack\nslack.botToken xoxb-1\n");
    assertThat(launch(Map.of("BRIEFBOT_SECRETS_FILE", secrets.toString())))
        .containsExactlyElementsOf(service());

    Path settings = Files.createDirectories(work.resolve("config")).resolve("briefbot.yml");
    Files.writeString(settings, "secretsFile: \"" + secrets + "\"  # outside the repository\n");
    assertThat(launch(Map.of())).containsExactlyElementsOf(service());
  }

  @Test
  void aSecretsFileWithoutAChatTokenIsTheConsole() throws Exception {
    Path secrets =
        Files.writeString(
            scratch.resolve("secrets.properties"),
            "storage.password=p\ndiscord.token=\nslack.botToken:  \n");
    assertThat(launch(Map.of("BRIEFBOT_SECRETS_FILE", secrets.toString())))
        .containsExactlyElementsOf(console());
  }

  @Test
  void briefbotJavaOptsReplacesTheOptionsOfEitherMode() throws Exception {
    List<String> given = List.of("-Xmx2g", "-XX:+UseZGC");
    String options = String.join(" ", given);
    assertThat(launch(Map.of("BRIEFBOT_JAVA_OPTS", options)))
        .containsExactlyElementsOf(withJar(given));
    assertThat(launch(Map.of("BRIEFBOT_JAVA_OPTS", options, "DISCORD_TOKEN", "a-token")))
        .containsExactlyElementsOf(withJar(given));
  }

  @Test
  void aJavaWithoutShenandoahRunsTheServiceWithG1() throws Exception {
    List<String> withG1 =
        service().stream()
            .map(option -> option.equals("-XX:+UseShenandoahGC") ? "-XX:+UseG1GC" : option)
            .collect(Collectors.toList());
    assertThat(launch(Map.of("DISCORD_TOKEN", "a-token", "STAND_IN_SHENANDOAH_EXIT", "1")))
        .containsExactlyElementsOf(withG1);
    assertThat(said).contains("no Shenandoah collector; the service runs with G1");
  }

  @Test
  void theServiceOptionsChooseAHeapAndACollector() throws IOException {
    assertThat(serviceOptions()).anyMatch(option -> option.startsWith("-Xmx"));
    assertThat(serviceOptions()).contains("-XX:+UseShenandoahGC");
  }

  @Test
  void theImageStartsWithTheServiceOptionsOrBriefbotJavaOpts() throws Exception {
    Path image = Files.createDirectories(scratch.resolve("image"));
    Files.createDirectories(image.resolve("app/classpath"));
    Files.writeString(image.resolve("app/jib-classpath-file"), "/app/classpath/*:/app/libs/*\n");
    Files.writeString(image.resolve("app/jib-main-class-file"), "org.briefbot.app.BriefbotCli\n");
    Files.createDirectories(image.resolve("share"));
    Files.writeString(image.resolve("share/jvm-service.options"), serviceOptionsText());
    String entryPoint =
        Files.readString(REPOSITORY.resolve("bot-app/src/main/jib/usr/local/bin/briefbot-start"))
            .replace("/usr/local/share/briefbot/", image.resolve("share") + "/")
            .replace("/app/jib-", image.resolve("app/jib-").toString());
    Path script = executable(image.resolve("briefbot-start"), entryPoint);
    List<String> service = run(script, Map.of("BRIEFBOT_CDS", "off"));
    assertThat(service.subList(0, serviceOptions().size()))
        .containsExactlyElementsOf(serviceOptions());
    assertThat(service.subList(serviceOptions().size(), service.size()))
        .containsExactly(
            "-cp", "@" + image.resolve("app/jib-classpath-file"), "org.briefbot.app.BriefbotCli");

    assertThat(run(script, Map.of("BRIEFBOT_CDS", "off", "BRIEFBOT_JAVA_OPTS", "-Xmx512m")))
        .first()
        .isEqualTo("-Xmx512m");

    assertThat(run(script, Map.of("BRIEFBOT_CDS", "off", "STAND_IN_SHENANDOAH_EXIT", "1")))
        .contains("-XX:+UseG1GC")
        .doesNotContain("-XX:+UseShenandoahGC");
    assertThat(said).contains("no Shenandoah");
  }

  @Test
  void theImageCarriesTheServiceOptionsWhereItsEntryPointReadsThem() throws IOException {
    String pom = Files.readString(REPOSITORY.resolve("bot-app/pom.xml"));
    assertThat(pom)
        .containsPattern(
            "<from>\\$\\{project.basedir}/\\.\\./deploy</from>\\s*"
                + "<into>/usr/local/share/briefbot</into>\\s*"
                + "<includes>jvm-service.options</includes>");
    assertThat(
            Files.readString(
                REPOSITORY.resolve("bot-app/src/main/jib/usr/local/bin/briefbot-start")))
        .contains("/usr/local/share/briefbot/jvm-service.options");
  }

  private List<String> console() {
    return withJar(CONSOLE);
  }

  private List<String> service() throws IOException {
    return withJar(serviceOptions());
  }

  private List<String> withJar(List<String> options, String... commandArguments) {
    List<String> expected = new java.util.ArrayList<>(options);
    expected.add("-jar");
    expected.add(root.resolve("bot-app/target/briefbot.jar").toString());
    expected.addAll(Arrays.asList(commandArguments));
    return expected;
  }

  private static String serviceOptionsText() throws IOException {
    return Files.readString(REPOSITORY.resolve("deploy/jvm-service.options"));
  }

  /** The options the file names, without its comments. */
  private static List<String> serviceOptions() throws IOException {
    return serviceOptionsText()
        .lines()
        .map(line -> line.replaceAll("#.*", "").strip())
        .filter(line -> !line.isEmpty())
        .flatMap(line -> Arrays.stream(line.split("\\s+")))
        .collect(Collectors.toList());
  }

  /** {@code ./briefbot} with these settings, the class data sharing archive off. */
  private List<String> launch(Map<String, String> environment, String... commandArguments)
      throws Exception {
    Map<String, String> all = new java.util.HashMap<>(environment);
    all.put("BRIEFBOT_CDS", "off");
    List<String> command = new java.util.ArrayList<>();
    command.add(root.resolve("briefbot").toString());
    command.addAll(Arrays.asList(commandArguments));
    return run(command, all);
  }

  private List<String> run(Path script, Map<String, String> environment) throws Exception {
    return run(List.of(script.toString()), environment);
  }

  /** Runs with only these settings and the stand-in java first on the PATH: its arguments. */
  private List<String> run(List<String> command, Map<String, String> environment) throws Exception {
    Files.deleteIfExists(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().clear();
    builder.environment().put("PATH", scratch.resolve("bin") + ":/usr/bin:/bin");
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(said).isZero();
    assertThat(arguments).as("java was started; the script said: " + said).exists();
    return Files.readAllLines(arguments);
  }

  private static Path executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
