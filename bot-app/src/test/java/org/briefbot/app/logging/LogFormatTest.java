package org.briefbot.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Requester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The log as a collector reads it, with the jar's own logback.xml: plain text by default, and with
 * {@code BRIEFBOT_LOG_FORMAT=json} one JSON object a line on stderr with the level, the logger, the
 * message, the time and the command and place of the request that logged.
 */
class LogFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Place PLACE = Place.channel(Platform.SLACK, "T0WORK", "C0NEWS");

  private final PrintStream originalErr = System.err;

  @AfterEach
  void restoreTheTestLogging() throws Exception {
    System.setErr(originalErr);
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    new ContextInitializer(context).autoConfig();
  }

  /** Configures logging from the jar's logback.xml with the format given, as the jar starts. */
  private static void configure(String format) throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    if (format != null) {
      context.putProperty("BRIEFBOT_LOG_FORMAT", format);
    }
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    URL shipped = CommandRouter.class.getClassLoader().getResource("logback.xml");
    assertThat(shipped).as("the jar's logback.xml").isNotNull();
    configurator.doConfigure(shipped);
  }

  /** What stderr holds after a command that fails on Briefbot's side, which the router logs. */
  private static String stderrOfAFailingCommand() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    BotCommand broken =
        new BotCommand() {
          @Override
          public String name() {
            return "brief";
          }

          @Override
          public String description() {
            return "fails";
          }

          @Override
          public Reply handle(CommandRequest request) {
            throw new IllegalStateException("a bug\nwith a second line");
          }
        };
    new CommandRouter(List.of(broken), List.of())
        .dispatchText("/brief", new Requester("U1", "Ana", Set.of()), PLACE);
    System.err.flush();
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonIsOneObjectALineWithLevelLoggerMessageTimeCommandAndPlace() throws Exception {
    configure("json");

    String stderr = stderrOfAFailingCommand();

    List<String> lines = stderr.lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode line = JSON.readTree(lines.get(0));
    assertThat(line.path("level").asText()).isEqualTo("ERROR");
    assertThat(line.path("loggerName").asText()).isEqualTo(CommandRouter.class.getName());
    assertThat(line.path("formattedMessage").asText())
        .isEqualTo("/brief failed for options of 0 characters");
    assertThat(line.path("timestamp").isNumber()).isTrue();
    assertThat(line.path("mdc").path("command").asText()).isEqualTo("brief");
    assertThat(line.path("mdc").path("place").asText()).isEqualTo("slack:T0WORK/C0NEWS");
    assertThat(line.path("throwable").path("className").asText())
        .isEqualTo("java.lang.IllegalStateException");
  }

  @Test
  void plainTextIsTheDefault() throws Exception {
    configure(null);

    String stderr = stderrOfAFailingCommand();

    assertThat(stderr.lines().findFirst())
        .hasValueSatisfying(
            first ->
                assertThat(first)
                    .matches(
                        "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR .*CommandRouter - /brief failed for"
                            + " options of 0 characters"));
    assertThat(stderr).contains("java.lang.IllegalStateException: a bug");
  }
}
