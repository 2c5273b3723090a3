package org.briefbot.app.news;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.command.FeedImportText;
import org.briefbot.core.command.FeedsCommand;
import org.briefbot.core.news.FeedImport;
import org.briefbot.core.news.FeedList;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.FeedOwner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefbot feeds import FILE.opml --place …} and {@code briefbot feeds export --place …}: a
 * server's, workspace's or the console's feeds to and from OPML, the format feed readers exchange.
 * Each feed imported is read before it is added, as {@code /feeds add} reads it.
 */
@Command(
    name = "feeds",
    mixinStandardHelpOptions = true,
    description = "A place's feeds to and from OPML feed lists.",
    subcommands = {FeedListCommand.Import.class, FeedListCommand.Export.class})
public final class FeedListCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The options both subcommands take. */
  abstract static class PlaceCommand implements Callable<Integer> {
    @Option(
        names = "--place",
        paramLabel = "PLACE",
        description =
            "Whose feeds: discord:<server id>, slack:<workspace id> or console (the default).")
    String place = "console";

    @Option(
        names = "--db",
        paramLabel = "JDBC_URL",
        description =
            "The database, instead of storage.url of the settings (BRIEFBOT_DB_URL) or ./data/.")
    String jdbcUrl;

    @Spec CommandSpec spec;

    private final Map<String, String> environment;

    PlaceCommand(Map<String, String> environment) {
      this.environment = environment;
    }

    /** Runs {@code work} for the place's feeds, with news in over the configured database. */
    int withNews(BiFunction<NewsIngestion, FeedOwner, Integer> work) {
      FeedOwner owner = owner(place); // a wrong place is refused before the database opens
      BriefbotConfig config = BriefbotConfig.load(environment);
      Secrets secrets = Secrets.load(environment, config.secretsFile());
      try (Database database =
              NewsSetup.database(config.storage(), secrets, Optional.ofNullable(jdbcUrl));
          NewsIngestion news =
              NewsSetup.news(database, config, NewsSetup.analyzer(config.summary().sentences()))) {
        return work.apply(news, owner);
      }
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }
  }

  /** {@code discord:123}, {@code slack:T0123} or {@code console}. */
  static FeedOwner owner(String place) {
    String typed = place.strip();
    if (typed.equalsIgnoreCase("console")) {
      return FeedOwner.CONSOLE;
    }
    int colon = typed.indexOf(':');
    String platform = colon < 0 ? "" : typed.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
    String id = colon < 0 ? "" : typed.substring(colon + 1).strip();
    if ((!platform.equals("discord") && !platform.equals("slack"))
        || !id.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new UserFacingException(
          "--place is discord:<server id>, slack:<workspace id> or console, not \""
              + (typed.length() > 80 ? typed.substring(0, 80) + "…" : typed)
              + "\".");
    }
    return new FeedOwner(platform, id);
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Adds the feeds an OPML file lists: each is read first and refused with the reason when it cannot be;",
        "prints one summary: added, already there, refused."
      })
  static final class Import extends PlaceCommand {
    @Parameters(paramLabel = "FILE.opml", description = "The OPML feed list.")
    Path file;

    Import() {
      this(System.getenv());
    }

    Import(Map<String, String> environment) {
      super(environment);
    }

    @Override
    public Integer call() {
      byte[] bytes = read(file);
      FeedList list = FeedList.read(bytes);
      return withNews(
          (news, owner) -> {
            FeedImport done =
                FeedImport.run(
                    news,
                    list,
                    owner,
                    System.getProperty("user.name", "console"),
                    FeedsCommand.IMPORT_READ_NOW);
            out().println(FeedImportText.of(file.getFileName().toString(), done));
            return 0;
          });
    }

    private static byte[] read(Path file) {
      try {
        FeedList.checkSize(Files.size(file));
        return Files.readAllBytes(file);
      } catch (NoSuchFileException missing) {
        throw new UserFacingException("There is no file " + file + ".");
      } catch (IOException unreadable) {
        throw new UserFacingException(
            "The file " + file + " cannot be read (" + unreadable.getMessage() + ").");
      }
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Prints the place's feeds as an OPML 2.0 feed list (or writes it to --out).")
  static final class Export extends PlaceCommand {
    @Option(names = "--out", paramLabel = "FILE", description = "Write the list to this file.")
    Path outFile;

    Export() {
      this(System.getenv());
    }

    Export(Map<String, String> environment) {
      super(environment);
    }

    @Override
    public Integer call() {
      return withNews(
          (news, owner) -> {
            String opml = FeedsCommand.opml(news.feeds(), owner);
            if (outFile == null) {
              out().print(opml);
              out().flush();
              return 0;
            }
            try {
              Files.writeString(outFile, opml, StandardCharsets.UTF_8);
            } catch (IOException unwritable) {
              throw new UserFacingException(
                  "The file " + outFile + " cannot be written (" + unwritable.getMessage() + ").");
            }
            out()
                .println("Wrote " + news.feeds().list(owner).size() + " feeds to " + outFile + ".");
            return 0;
          });
    }
  }
}
