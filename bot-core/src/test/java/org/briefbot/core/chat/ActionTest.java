package org.briefbot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionTest {

  @Test
  void anIdCarriesTheWholeCallAndReadsBackTheSame() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("person", "Antony Blinken");
    options.put("topic", "a|b=c%d");
    options.put("page", "3");
    Action.Call call = new Action.Call("quotes", Optional.empty(), options, Action.Answer.REPLACE);

    assertThat(call.id()).startsWith("bb1|r|quotes|person=Antony Blinken|topic=a%7Cb%3Dc%25d");
    assertThat(Action.Call.parse(call.id())).contains(call);
  }

  @Test
  void aSubcommandTravelsWithItsCommand() {
    Action.Call call =
        new Action.Call("digest", Optional.of("list"), Map.of("page", "2"), Action.Answer.REPLACE);

    assertThat(call.id()).isEqualTo("bb1|r|digest.list|page=2");
    assertThat(call.typed()).isEqualTo("/digest list page:2");
    assertThat(Action.Call.parse(call.id())).contains(call);
  }

  @Test
  void idsThatAreNotBriefbotsOrAreDamagedReadAsNothing() {
    assertThat(Action.Call.parse("some-other-app-button")).isEmpty();
    assertThat(Action.Call.parse("bb1|q|quotes")).isEmpty();
    assertThat(Action.Call.parse("bb1|r|Quotes!")).isEmpty();
    assertThat(Action.Call.parse("bb1|r|quotes|person")).isEmpty();
    assertThat(Action.Call.parse("bb1|r|quotes|person=%zz")).isEmpty();
    assertThat(Action.Call.parse(null)).isEmpty();
  }

  @Test
  void anAnswerOffersOnlyActionsWhoseIdFitsDiscordsHundredCharacters() {
    Action fits =
        Action.of(
            "Next", Action.Call.of("quotes", Map.of("person", "Blinken"), Action.Answer.REPLACE));
    Action tooLong =
        Action.of(
            "Next",
            Action.Call.of("quotes", Map.of("person", "x".repeat(95)), Action.Answer.REPLACE));

    Reply reply = Reply.builder().text("t").action(fits).action(tooLong).action(fits).build();

    assertThat(reply.actions()).containsExactly(fits);
    assertThat(tooLong.fits()).isFalse();
  }

  @Test
  void aLabelIsKeptWithinEveryPlatformsLimit() {
    Action action =
        Action.of(
            "Brief: " + "long headline ".repeat(20),
            Action.Call.of("brief", Map.of(), Action.Answer.ASKER));

    assertThat(action.label().length()).isLessThanOrEqualTo(Action.MAX_LABEL);
    assertThat(action.label()).startsWith("Brief: long headline");
  }

  @Test
  void atMostTwentyFiveActionsAreOffered() {
    ReplyBuilder builder = Reply.builder().text("t");
    for (int i = 0; i < 30; i++) {
      builder.action(
          Action.of(
              "Brief " + i, Action.Call.of("brief", Map.of("story", "" + i), Action.Answer.ASKER)));
    }

    List<Action> offered = builder.build().actions();

    assertThat(offered).hasSize(Reply.MAX_ACTIONS);
    assertThat(offered.get(24).label()).isEqualTo("Brief 24");
  }
}
