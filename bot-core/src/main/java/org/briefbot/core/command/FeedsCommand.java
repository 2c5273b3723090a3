package org.briefbot.core.command;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.news.FeedImport;
import org.briefbot.core.news.FeedList;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.search.TopicFilter;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.FeedStore;

/**
 * {@code /feeds add <url>}, {@code /feeds list}, {@code /feeds remove <url>}: the RSS/Atom feeds of
 * a server or workspace. A feed is checked by the SSRF guard when added; a feed that kept failing
 * is listed as stopped, with the reason.
 */
public final class FeedsCommand implements BotCommand {
  /** The newest stories of a feed just added that are brought in before the answer. */
  static final int READ_NOW = 5;

  /**
   * The newest stories of each feed an OPML import adds that are brought in before the answer: one,
   * so that a list of many feeds is answered within minutes.
   */
  public static final int IMPORT_READ_NOW = 1;

  /** The longest feed list {@code /feeds export} shows as text; a longer one is the CLI's. */
  static final int EXPORT_CHARACTERS = 2800;

  private final NewsIngestion news;
  private final FeedLines feedLines;

  public FeedsCommand(NewsIngestion news) {
    this.news = news;
    this.feedLines = new FeedLines(news.feeds(), news.clock());
  }

  FeedStore feedStore() {
    return news.feeds();
  }

  FeedLines feedLines() {
    return feedLines;
  }

  @Override
  public String name() {
    return "feeds";
  }

  @Override
  public List<Subcommand> subcommands() {
    CommandOption url =
        CommandOption.required("url", CommandOption.Type.URL, "The feed's address")
            .withMaxLength(2000);
    return List.of(
        Subcommand.of("add", "Read a feed's new stories", url),
        Subcommand.of("list", "The feeds and how they are doing"),
        Subcommand.of("remove", "Stop reading a feed", url.withAutocomplete()),
        Subcommand.of(
            "filter",
            "Keep only some of a feed's stories, or show what it keeps",
            url.withAutocomplete(),
            CommandOption.optional(
                    "include",
                    CommandOption.Type.TEXT,
                    "Only stories about these words, separated by commas (none: every story)")
                .withMaxLength(500),
            CommandOption.optional(
                    "exclude",
                    CommandOption.Type.TEXT,
                    "Leave out stories about these words, separated by commas (none: leave none out)")
                .withMaxLength(500)),
        Subcommand.of(
            "import",
            "Add the feeds of an OPML feed list",
            CommandOption.required(
                    "file",
                    CommandOption.Type.FILE,
                    "The OPML file (on Slack and in the console: its text pasted)")
                .withMaxLength(FeedList.MAX_BYTES)),
        Subcommand.of("export", "The feeds as an OPML feed list"));
  }

  @Override
  public Reply.Visibility answerVisibility() {
    return Reply.Visibility.ASKER_ONLY;
  }

  @Override
  public boolean mayBeSlow() {
    return true;
  }

  @Override
  public List<String> suggestions(
      Optional<String> subcommand, String option, String typed, Place place) {
    if (!option.equals("url") || place.workspaceId().isEmpty()) {
      return List.of();
    }
    String lower = typed.toLowerCase(Locale.ROOT);
    return news.feeds().list(place.feedOwner()).stream()
        .map(Feed::url)
        .filter(url -> url.toLowerCase(Locale.ROOT).contains(lower))
        .limit(25)
        .toList();
  }

  @Override
  public String description() {
    return "The RSS and Atom feeds read here";
  }

  @Override
  public Optional<Permission> requiredPermission() {
    return Optional.of(Permission.MANAGE_FEEDS);
  }

  @Override
  public Reply handle(CommandRequest request) {
    String action = request.subcommand().orElse("list");
    String url = request.optionOrEmpty("url");
    FeedOwner owner = request.place().feedOwner();
    switch (action) {
      case "add" -> {
        return Reply.builder()
            .askerOnly()
            .text(
                FeedAddedText.of(
                    news.addAndRead(url, owner, request.requester().userId(), READ_NOW)))
            .build();
      }
      case "remove" -> {
        if (!news.feeds().remove(url, owner)) {
          throw noSuchFeed(request, url);
        }
        return Reply.builder().askerOnly().text("Removed " + url + ".").build();
      }
      case "list" -> {
        return list(owner, request.place().platform());
      }
      case "filter" -> {
        return filter(request, url, owner);
      }
      case "import" -> {
        return importList(request, owner);
      }
      case "export" -> {
        return export(request.place(), owner);
      }
      default ->
          throw new UserFacingException(
              "Use /feeds add <url>, /feeds list, /feeds remove <url>, /feeds filter <url>,"
                  + " /feeds import <file> or /feeds export.");
    }
  }

  /**
   * Sets what the place keeps of a feed, or says what it keeps when no words are given; "none"
   * clears a side. The words are checked as a topic search reads them, so the answer says exactly
   * what will match.
   */
  private Reply filter(CommandRequest request, String url, FeedOwner owner) {
    Optional<Feed> feed =
        news.feeds().list(owner).stream().filter(f -> f.url().equals(url)).findFirst();
    if (feed.isEmpty()) {
      throw noSuchFeed(request, url);
    }
    FeedStore.FeedFilterText now =
        news.feeds().filters(owner).getOrDefault(feed.get().id(), NO_FILTER);
    Optional<String> include = request.option("include");
    Optional<String> exclude = request.option("exclude");
    if (include.isEmpty() && exclude.isEmpty()) {
      return Reply.builder()
          .askerOnly()
          .text(url + " keeps " + TopicFilter.parse(now.include(), now.exclude()).describe() + ".")
          .build();
    }
    TopicFilter wanted =
        TopicFilter.parse(
            include.map(FeedsCommand::unlessNone).orElse(now.include()),
            exclude.map(FeedsCommand::unlessNone).orElse(now.exclude()));
    news.feeds()
        .setFilter(
            url, owner, new FeedStore.FeedFilterText(wanted.includeText(), wanted.excludeText()));
    return Reply.builder()
        .askerOnly()
        .text(
            url
                + " now keeps "
                + wanted.describe()
                + ", in digests from now on; /feeds filter "
                + url
                + " include:none exclude:none keeps every story again.")
        .build();
  }

  /**
   * Adds the feeds of the OPML file attached (Discord) or pasted (Slack's slash commands carry no
   * file, nor does the console's line; the console pastes a file it names).
   */
  private Reply importList(CommandRequest request, FeedOwner owner) {
    Optional<Attachment> attached = request.attachment("file");
    byte[] bytes;
    String name;
    if (attached.isPresent()) {
      FeedList.checkSize(attached.get().size());
      bytes = news.fetchFile(attached.get().url());
      name = attached.get().fileName();
    } else {
      String pasted = request.optionOrEmpty("file");
      if (!pasted.startsWith("<")) {
        throw new UserFacingException(noFileHere(request.place()));
      }
      bytes = pasted.getBytes(StandardCharsets.UTF_8);
      name = "the pasted list";
    }
    FeedList list = FeedList.read(bytes);
    FeedImport done =
        FeedImport.run(news, list, owner, request.requester().userId(), IMPORT_READ_NOW);
    return Reply.builder().askerOnly().text(FeedImportText.of(name, done)).build();
  }

  /** Where a person who named no OPML file is told to find one, in their platform's terms. */
  private static String noFileHere(Place place) {
    String cli =
        "briefbot feeds import FILE.opml --place "
            + place.platform().name().toLowerCase(Locale.ROOT)
            + (place.platform() == Platform.CONSOLE ? "" : ":" + place.workspaceId().orElse("?"));
    return switch (place.platform()) {
      case DISCORD ->
          "Attach the OPML file to /feeds import's file option, or run "
              + cli
              + " where Briefbot runs.";
      case SLACK ->
          "Slack's slash commands carry no file: paste the OPML file's text after /feeds import,"
              + " or run "
              + cli
              + " where Briefbot runs.";
      case CONSOLE ->
          "Name an OPML file on this machine after /feeds import, or paste its text, or run "
              + "briefbot feeds import FILE.opml.";
    };
  }

  /** The place's feeds as OPML text, when it fits a message. */
  private Reply export(Place place, FeedOwner owner) {
    List<Feed> feeds = news.feeds().list(owner);
    if (feeds.isEmpty()) {
      throw new UserFacingException(
          "This "
              + place.platform().placeWord()
              + " has no feeds to export; /feeds add <url> adds one.");
    }
    String opml = opml(news.feeds(), owner);
    if (opml.length() > EXPORT_CHARACTERS) {
      throw new UserFacingException(
          "The OPML list of this "
              + place.platform().placeWord()
              + "'s "
              + feeds.size()
              + " feeds is too long for a message; run briefbot feeds export --place "
              + owner.platform()
              + (place.platform() == Platform.CONSOLE ? "" : ":" + owner.workspaceId())
              + " where Briefbot runs.");
    }
    return Reply.builder()
        .askerOnly()
        .title("Feeds as OPML")
        .section(Reply.Section.text(opml))
        .footer(feeds.size() + (feeds.size() == 1 ? " feed" : " feeds") + "; save it as feeds.opml")
        .build();
  }

  /** The owner's feeds as an OPML 2.0 document. */
  public static String opml(FeedStore feeds, FeedOwner owner) {
    List<FeedList.Entry> entries =
        feeds.list(owner).stream().map(f -> new FeedList.Entry(f.url(), f.title())).toList();
    return FeedList.write(
        "Briefbot feeds of " + owner.platform() + ":" + owner.workspaceId(), entries);
  }

  private static UserFacingException noSuchFeed(CommandRequest request, String url) {
    return new UserFacingException(
        "This "
            + request.place().platform().placeWord()
            + " has no feed "
            + url
            + "; /feeds list shows its feeds.");
  }

  private static final FeedStore.FeedFilterText NO_FILTER = new FeedStore.FeedFilterText("", "");

  private static String unlessNone(String typed) {
    return typed.strip().equalsIgnoreCase("none") ? "" : typed;
  }

  private Reply list(FeedOwner owner, Platform platform) {
    List<Feed> feeds = news.feeds().list(owner);
    if (feeds.isEmpty()) {
      return Reply.builder()
          .askerOnly()
          .text(
              "This " + platform.placeWord() + " has no feeds yet; add one with /feeds add <url>.")
          .build();
    }
    List<String> lines = feedLines.of(owner, feeds);
    return Reply.builder()
        .askerOnly()
        .title("Feeds")
        .section(Reply.Section.bullets(null, lines))
        .build();
  }
}
