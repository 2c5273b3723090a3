package org.briefbot.app.conformance;

import static org.briefbot.app.conformance.Scenario.adminAttach;
import static org.briefbot.app.conformance.Scenario.adminPress;
import static org.briefbot.app.conformance.Scenario.adminSlash;
import static org.briefbot.app.conformance.Scenario.click;
import static org.briefbot.app.conformance.Scenario.directMessage;
import static org.briefbot.app.conformance.Scenario.mention;
import static org.briefbot.app.conformance.Scenario.onMessage;
import static org.briefbot.app.conformance.Scenario.press;
import static org.briefbot.app.conformance.Scenario.row;
import static org.briefbot.app.conformance.Scenario.slash;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;

/**
 * The table every surface answers, in order (later rows build on earlier ones: a digest is listed
 * after it was subscribed). A new command joins the suite by a row here.
 */
final class Scenarios {
  private Scenarios() {}

  /**
   * The hour of the digest the rows subscribe: six hours from now, so its next run is today or
   * tomorrow.
   */
  static final int DIGEST_HOUR = ZonedDateTime.now(ZoneOffset.UTC).plusHours(6).getHour();

  private static final String DIGEST_TIME = String.format("%02d:00", DIGEST_HOUR);

  /** When the subscribed digest goes out next, as every platform must show it: day and time. */
  static final Supplier<Moment> NEXT_DIGEST =
      () -> {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        ZonedDateTime at = now.truncatedTo(ChronoUnit.DAYS).withHour(DIGEST_HOUR);
        return Moment.dateTime(
            (at.isAfter(now) ? at : at.plusDays(1)).toInstant(), java.time.ZoneId.of("UTC"));
      };

  /**
   * A hundred thousand characters pasted after /brief, words without a full stop, ending in a word
   * found nowhere else: what Slack and the console take (Discord's options and messages hold a few
   * thousand).
   */
  private static final String PASTED = pasted();

  private static String pasted() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; text.length() < 100_000; i++) {
      text.append("tidewater ").append(i).append(' ');
    }
    return text.append("endmarker").toString();
  }

  /** The day the demo story was printed. */
  private static final Supplier<Moment> DEMO_DAY =
      () -> Moment.day(Instant.parse("2024-03-23T00:00:00Z"));

  private static String refusalNaming(Platform platform) {
    return platform == Platform.DISCORD ? "Manage Server" : "slack.feedManagers";
  }

  static List<Scenario> all(StorySite site) {
    return List.of(
        row(
                "brief: right after a start, before the index has caught up, the asker is told so",
                slash("/brief Rafah"))
            .rightAfterAStart()
            .forTheAsker()
            .shows("Briefbot has just started and is still catching up with the stories stored")
            .never("No stored story mentions")
            .build(),
        row("help lists what Briefbot can do, in the platform's words", slash("/help"))
            .forTheAsker()
            .shows("/brief", "/whosaid", "/quotes", "/digest", "/alerts")
            .never("this server", "this workspace")
            .build(),
        row(
                "who said: the exact words name the speaker and the story",
                slash("/whosaid we will do it alone"))
            .shows("Benjamin Netanyahu", "Exact: these are the words on record.", "Xinhua")
            .showsTime(DEMO_DAY)
            .build(),
        row(
                "who said: a misquote is marked word by word",
                slash("/whosaid we will always do it alone"))
            .shows(
                "Benjamin Netanyahu",
                "Not the exact wording on record.",
                "Not in the record: always.")
            .never("said..")
            .build(),
        row(
                "who said: words on record under a description name the person",
                slash("/whosaid the worst massacre of the Jewish people"))
            .shows("Antony Blinken")
            .build(),
        row(
                "who said: Show in story gives the paragraph around the quote, for the asker",
                click(slash("/whosaid we will do it alone"), "Show in story"))
            .forTheAsker()
            .shows("In the story", "do it alone", "Blinken reiterates U.S. opposition")
            .build(),
        row(
                "who said: Other quotes by the speaker lists what they said, for the asker",
                click(slash("/whosaid we will do it alone"), "Other quotes by Benjamin Netanyahu"))
            .forTheAsker()
            .shows("What Benjamin Netanyahu said", "statements on record")
            .build(),
        row(
                "who said: Show in story of words no longer in the story says so",
                press("bb1|a|brief|story=1|near=zebra crossing quantum lattice"))
            .forTheAsker()
            .shows("Those words are no longer in the stored story")
            .build(),
        row(
                "who said: words nothing matches get no guess",
                slash("/whosaid zebra crossing quantum lattice"))
            .shows("Nothing on record matches those words well enough.")
            .never("Netanyahu", "Blinken")
            .build(),
        row(
                "who said: too many words are refused with the limit",
                slash("/whosaid " + "word ".repeat(260).strip()))
            .forTheAsker()
            .shows("too long", "at most 1000")
            .build(),
        row("quotes: a person's statements with their story and its day", slash("/quotes Blinken"))
            .shows("What Antony Blinken said", "Blinken reiterates U.S. opposition")
            .showsTime(DEMO_DAY)
            .build(),
        row("quotes: a topic narrows them", slash("/quotes Blinken Rafah"))
            .shows("What Antony Blinken said about Rafah", "ground operation")
            .build(),
        row(
                "quotes: a description is no name, and the error stays visible",
                slash("/quotes the secretary"))
            .forTheAsker()
            .shows("describes someone", "/quotes Blinken")
            .build(),
        row("quotes: nobody on record", slash("/quotes Zorvan Quillfeather"))
            .shows("No stored quote of Zorvan Quillfeather.")
            .build(),
        row("brief: a topic lists the stored stories that mention it", slash("/brief Rafah"))
            .shows("On Rafah", "stored story mentions it", "Blinken reiterates U.S. opposition")
            .build(),
        row(
                "brief: a listed story's Brief button gives its summary and key quotes, for the asker",
                click(slash("/brief Rafah"), "Brief: Blinken reiterates"))
            .forTheAsker()
            .shows("Blinken reiterates U.S. opposition", "Key quotes", "Antony Blinken")
            .build(),
        row(
                "brief: an old Brief button of a story no longer stored says so",
                press("bb1|a|brief|story=987654321"))
            .forTheAsker()
            .shows("That story is no longer stored", "/brief <topic>")
            .build(),
        row("quotes: the answer says how many statements are on record", slash("/quotes Blinken"))
            .shows("statements on record, newest first")
            .build(),
        row(
                "quotes: a page button from before a restart shows its page in place",
                press("bb1|r|quotes|person=Blinken|page=1"))
            .shows("What Antony Blinken said", "statements on record")
            .never("an earlier answer")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row(
                "a button whose payload asks what the person may not do is refused",
                press("bb1|c|feeds.add|url=https://feeds.example/made-up.xml"))
            .forTheAsker()
            .shows(Scenarios::refusalNaming)
            .never("Added")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row(
                "digest: a post's Brief button answers in the thread under the post",
                press("bb1|t|brief|story=1"))
            .shows("Blinken reiterates U.S. opposition", "Key quotes")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row(
                "digest: a post's Brief button of a story no longer stored tells the person alone",
                press("bb1|t|brief|story=987654321"))
            .forTheAsker()
            .shows("That story is no longer stored")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row("a button Briefbot does not know says so", press("bb1|z|nothing"))
            .forTheAsker()
            .shows("That button is not one Briefbot knows")
            .build(),
        row("brief: a topic nothing mentions is an error the asker sees", slash("/brief zzqxw"))
            .forTheAsker()
            .shows("No stored story mentions", "zzqxw")
            .build(),
        row(
                "brief: a story at a link, with its key quotes and their speakers",
                slash("/brief " + site.storyUrl()))
            .shows(StorySite.HEADLINE, "Key quotes", "Lena Brandt", "union organiser")
            .build(),
        row("brief: a story at a link, first read", slash("/brief " + site.talksUrl()))
            .shows(StorySite.TALKS_HEADLINE)
            .never("What changed")
            .build(),
        row(
                "brief: the same link after its page changed says it was updated and what changed,"
                    + " the new sentences first",
                slash("/brief " + site.talksUrl()))
            .shows(
                StorySite.TALKS_NEW_HEADLINE,
                "What changed",
                "Updated",
                "1 new sentence, new headline",
                StorySite.TALKS_NEW_SENTENCE,
                "Headline was \u201C" + StorySite.TALKS_HEADLINE + "\u201D")
            .build(),
        row(
                "brief: a quote the story names no speaker for says so",
                slash("/brief " + site.storyUrl()))
            .shows(Reply.QuoteLine.UNNAMED)
            .build(),
        row(
                "brief: a page that does not exist is an error the asker sees",
                slash("/brief " + site.missingUrl()))
            .forTheAsker()
            .shows("That page does not exist (HTTP 404")
            .build(),
        row("brief: a link that is not the web is refused", slash("/brief file:///etc/passwd"))
            .forTheAsker()
            .shows("only fetches http and https links")
            .build(),
        row(
                "who said: a quote whose speaker the story does not name",
                slash("/whosaid " + StorySite.UNNAMED_QUOTE))
            .shows("The story does not say who said it", StorySite.HEADLINE)
            .build(),
        row(
                "feeds: a member is refused in the words of their platform's roles",
                slash("/feeds list"))
            .forTheAsker()
            .shows(Scenarios::refusalNaming)
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row("feeds: none yet", adminSlash("/feeds list"))
            .forTheAsker()
            .shows("This {place} has no feeds yet")
            .build(),
        row("feeds: add refuses what is not a link", adminSlash("/feeds add not-a-url"))
            .forTheAsker()
            .shows("not a web address")
            .build(),
        row(
                "feeds: add reads the address first and refuses a page that names no feed",
                adminSlash("/feeds add " + site.storyUrl()))
            .forTheAsker()
            .shows(
                "That address is a web page, not an RSS or Atom feed, and the page names no feed.")
            .never("Added")
            .build(),
        row(
                "feeds: add refuses an address that does not exist, with the reason",
                adminSlash("/feeds add " + site.missingUrl()))
            .forTheAsker()
            .shows("That page does not exist (HTTP 404")
            .never("Added")
            .build(),
        row(
                "feeds: filter of a feed this place does not have says so",
                adminSlash("/feeds filter https://feeds.example/none.xml include:bikes"))
            .forTheAsker()
            .shows("has no feed https://feeds.example/none.xml", "/feeds list")
            .build(),
        row("feeds: a refused add leaves no feed behind", adminSlash("/feeds list"))
            .forTheAsker()
            .shows("This {place} has no feeds yet")
            .build(),
        row(
                "alerts: a place without feeds is told to add one first",
                adminSlash("/alerts add ferry"))
            .forTheAsker()
            .shows("This {place} has no feeds yet, and alerts post the new stories of its feeds")
            .never("Alert set up")
            .build(),
        row(
                "feeds: remove says which feed it does not have",
                adminSlash("/feeds remove https://feeds.example/none.xml"))
            .forTheAsker()
            .shows("This {place} has no feed https://feeds.example/none.xml")
            .build(),
        row(
                "digest: subscribe says when the first goes out, day and time",
                adminSlash("/digest subscribe " + DIGEST_TIME + " UTC"))
            .forTheAsker()
            .shows(
                "Digest subscribed",
                "This channel gets a digest at " + DIGEST_TIME + " UTC",
                "Next digest")
            .showsTime(NEXT_DIGEST)
            .build(),
        row(
                "digest: list shows this channel's next digest in its local time",
                slash("/digest list"))
            .forTheAsker()
            .shows("This channel", "When", DIGEST_TIME + " UTC, daily", "Next digest")
            .showsTime(NEXT_DIGEST)
            .build(),
        row("overview: shows the digests and feeds set up here", slash("/overview"))
            .forTheAsker()
            .shows("Briefbot in this {place}", "This channel", DIGEST_TIME + " UTC, daily")
            .showsTime(NEXT_DIGEST)
            .build(),
        row(
                "overview: a Pause button a member presses is refused above the overview",
                press("bb1|r|overview|do=pause"))
            .shows(Scenarios::refusalNaming)
            .shows("Briefbot in this {place}")
            .never("Paused this channel")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row("digest: preview shows what the next digest would hold now", slash("/digest preview"))
            .forTheAsker()
            .shows("Preview: Digest \u2014 ")
            .build(),
        row("digest: a member may not pause it", slash("/digest pause"))
            .forTheAsker()
            .shows(Scenarios::refusalNaming)
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row("digest: pause", adminSlash("/digest pause"))
            .forTheAsker()
            .shows("Paused this channel's digest")
            .build(),
        row("digest: list shows it paused", slash("/digest list"))
            .forTheAsker()
            .shows("This channel", "Paused; /digest resume starts it again.")
            .build(),
        row("digest: resume says when the next goes out", adminSlash("/digest resume"))
            .forTheAsker()
            .shows("Resumed this channel's digest.")
            .showsTime(NEXT_DIGEST)
            .build(),
        row("digest: a post's Pause button is refused to a member", press("bb1|c|digest.pause"))
            .forTheAsker()
            .shows(Scenarios::refusalNaming)
            .never("Paused this channel")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row(
                "digest: a post's Remove button asks the manager first",
                adminPress("bb1|c|digest.remove|ask=yes"))
            .forTheAsker()
            .shows("Remove this channel's digest (" + DIGEST_TIME + " UTC, daily)?")
            .never("Removed")
            .build(),
        row("digest: an impossible time is refused", adminSlash("/digest subscribe 25:00"))
            .forTheAsker()
            .shows("There is no time 25:00")
            .build(),
        row("digest: an unknown zone is refused", adminSlash("/digest zone Mars/Olympus"))
            .forTheAsker()
            .shows("is not a time zone Briefbot knows")
            .build(),
        row("digest: remove", adminSlash("/digest remove"))
            .forTheAsker()
            .shows("Removed this channel's digest.")
            .build(),
        row(
                "digest: a post's Remove button where the digest is gone says so",
                adminPress("bb1|c|digest.remove|ask=yes"))
            .forTheAsker()
            .shows("This channel has no digest")
            .build(),
        row(
                "feeds: import adds the feeds of an OPML file, each read first, with one summary",
                adminAttach("/feeds import", "feeds.opml", site.opmlUrl(), site.opml()))
            .forTheAsker()
            .shows(
                "added 1, already there 0, refused 1.",
                "Refused " + site.missingUrl() + ": That page does not exist (HTTP 404",
                "feeds of 1 folder are imported without their folders")
            .build(),
        row(
                "feeds: import on Slack without a file's text says where to put it",
                adminSlash("/feeds import feeds.opml"))
            .forTheAsker()
            .shows("Slack's slash commands carry no file", "briefbot feeds import FILE.opml")
            .only(Platform.SLACK)
            .build(),
        row("feeds: export gives the feeds as OPML", adminSlash("/feeds export"))
            .forTheAsker()
            .shows("Feeds as OPML", site.feedUrl(), "1 feed; save it as feeds.opml")
            .build(),
        row("alerts: a member may not add one", slash("/alerts add ferry"))
            .forTheAsker()
            .shows(Scenarios::refusalNaming)
            .never("Alert set up")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row("alerts: add without a topic says what it needs", adminSlash("/alerts add"))
            .forTheAsker()
            .shows("/alerts add <topic> [role] needs <topic>")
            .only(Platform.SLACK, Platform.CONSOLE)
            .build(),
        row(
                "alerts: add sets one up on a topic, mentioning everyone online",
                adminSlash("/alerts add ferry @here"))
            .forTheAsker()
            .shows(
                "Alert set up",
                "Each new story of this {place}'s feeds that mentions ferry is posted here",
                "mentioning everyone online in the channel",
                "at most 10 posts an hour")
            .build(),
        row("alerts: the same topic again is refused", adminSlash("/alerts add ferry"))
            .forTheAsker()
            .shows("This channel already has an alert on ferry")
            .build(),
        row("alerts: list shows this channel's alerts", slash("/alerts list"))
            .forTheAsker()
            .shows("Alerts", "ferry \u2014 on, mentions everyone online in the channel")
            .build(),
        row(
                "alerts: preview says why each recent story is posted or not",
                slash("/alerts preview ferry"))
            .forTheAsker()
            .shows(
                "Preview: alerts on ferry",
                "\u201C"
                    + StorySite.HEADLINE
                    + "\u201D \u2014 not posted: it reached the feeds before this alert was set up")
            .build(),
        row("alerts: pause", adminSlash("/alerts pause ferry"))
            .forTheAsker()
            .shows("Paused the alert on ferry; /alerts resume ferry starts it again.")
            .build(),
        row("alerts: resume", adminSlash("/alerts resume ferry"))
            .forTheAsker()
            .shows("Resumed the alert on ferry")
            .build(),
        row(
                "alerts: remove of a topic without an alert says which there are",
                adminSlash("/alerts remove trams"))
            .forTheAsker()
            .shows("This channel has no alert on trams; its alerts are on ferry.")
            .build(),
        row("alerts: remove", adminSlash("/alerts remove ferry"))
            .forTheAsker()
            .shows("Removed the alert on ferry.")
            .build(),
        row(
                "digest: a digest that leaves out a word, subscribed",
                adminSlash("/digest subscribe " + DIGEST_TIME + " UTC exclude:ferry"))
            .forTheAsker()
            .shows("Digest subscribed")
            .build(),
        row(
                "digest: preview says why each recent story of the feeds is in or out",
                slash("/digest preview"))
            .forTheAsker()
            .shows(
                "stories of the feeds, in or out",
                "\u201C"
                    + StorySite.HEADLINE
                    + "\u201D \u2014 not posted: filtered out by the digest's exclude: ferry")
            .build(),
        row("digest: remove the one that leaves out a word", adminSlash("/digest remove"))
            .forTheAsker()
            .shows("Removed this channel's digest.")
            .build(),
        row("unknown command names /help", slash("/nope"))
            .forTheAsker()
            .shows("There is no command /nope", "/help")
            .build(),
        row(
                "who said this? looks up the quoted words of a message",
                onMessage(
                    "Who said this?",
                    "\u201Cif necessary - we will do it alone,\u201D the prime minister said."))
            .shows("Benjamin Netanyahu", "Exact: these are the words on record.")
            .never("said..")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row("who said this? on a message without words", onMessage("Who said this?", ""))
            .forTheAsker()
            .shows("That message has no words to look up")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row(
                "brief this link on a message without one",
                onMessage("Brief this link", "no link here, sorry"))
            .forTheAsker()
            .shows("That message has no link to brief")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row(
                "brief this link briefs the story a message links",
                onMessage("Brief this link", "Have you seen this? " + site.storyUrl()))
            .shows(StorySite.HEADLINE, "Lena Brandt")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row("mention: a question in plain words", mention("who said \"we will do it alone\"?"))
            .shows("Benjamin Netanyahu")
            .build(),
        row("mention: no words asks what Briefbot can do", mention(""))
            .forTheAsker()
            .shows("/brief", "/whosaid")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row("mention: words that are no question get a hint for the asker", mention("hello there"))
            .forTheAsker()
            .shows("I did not understand that", "/help")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row(
                "direct message: a question in plain words",
                directMessage("who said \"we will do it alone\"?"))
            .forTheAsker()
            .shows("Benjamin Netanyahu")
            .only(Platform.DISCORD, Platform.SLACK)
            .build(),
        row(
                "pasted words: a brief of a hundred thousand characters is one answer, cut short",
                slash("/brief " + PASTED))
            .shows("tidewater 1 tidewater 2 tidewater 3")
            .never("tidewater 6000 ", "endmarker")
            .only(Platform.SLACK, Platform.CONSOLE)
            .build(),
        row("direct message: feeds belong to a server", directMessage("/feeds list"))
            .forTheAsker()
            .shows("Feeds and digests belong to a server")
            .only(Platform.DISCORD)
            .build());
  }
}
