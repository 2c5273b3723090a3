package org.briefbot.core.quotes;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists attribution relies on: speech verbs, titles and role nouns, organisation words,
 * pronouns, and common first names for a speaker's gender. All lower case.
 */
final class Lexicon {
  private Lexicon() {}

  /** Verbs that introduce what someone said, in every form a story uses. */
  private static final Set<String> SPEECH_VERBS = forms(
      "say says said saying", "tell tells told telling", "add adds added adding", "ask asks asked asking",
      "write writes wrote written writing", "tweet tweets tweeted tweeting", "post posts posted posting",
      "state states stated stating", "claim claims claimed claiming", "argue argues argued arguing",
      "insist insists insisted insisting", "warn warns warned warning", "note notes noted noting",
      "explain explains explained explaining", "announce announces announced announcing",
      "declare declares declared declaring", "assert asserts asserted asserting",
      "acknowledge acknowledges acknowledged acknowledging", "admit admits admitted admitting",
      "concede concedes conceded conceding", "contend contends contended contending",
      "maintain maintains maintained maintaining", "stress stresses stressed stressing",
      "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
      "complain complains complained complaining", "reiterate reiterates reiterated reiterating",
      "confirm confirms confirmed confirming", "recall recalls recalled recalling",
      "reply replies replied replying", "respond responds responded responding",
      "answer answers answered answering", "continue continues continued continuing",
      "predict predicts predicted predicting", "suggest suggests suggested suggesting",
      "promise promises promised promising", "pledge pledges pledged pledging", "vow vows vowed vowing",
      "caution cautions cautioned cautioning", "urge urges urged urging", "observe observes observed observing",
      "remark remarks remarked remarking", "mention mentions mentioned mentioning", "quip quips quipped quipping",
      "joke jokes joked joking", "muse muses mused musing", "recount recounts recounted recounting",
      "lament laments lamented lamenting", "conclude concludes concluded concluding",
      "boast boasts boasted boasting", "counter counters countered countering",
      "charge charges charged charging", "testify testifies testified testifying",
      "demand demands demanded demanding", "shout shouts shouted shouting", "yell yells yelled yelling",
      "exclaim exclaims exclaimed exclaiming", "whisper whispers whispered whispering",
      "report reports reported reporting", "agree agrees agreed agreeing", "deny denies denied denying",
      "allege alleges alleged alleging", "reveal reveals revealed revealing", "disclose discloses disclosed disclosing",
      "assure assures assured assuring", "inform informs informed informing", "remind reminds reminded reminding",
      "chant chants chanted chanting", "proclaim proclaims proclaimed proclaiming", "retort retorts retorted retorting",
      "interject interjects interjected", "wonder wonders wondered wondering", "comment comments commented commenting",
      "sing sings sang singing", "read reads", "scold scolds scolded scolding", "plead pleads pleaded pleading",
      "acknowledge", "echo echoes echoed echoing", "recall", "cite cites cited citing");

  /** Verbs of belief and expectation: they report a view, never a quotation. */
  private static final Set<String> BELIEF_VERBS = forms(
      "believe believes believed believing", "think thinks thought thinking", "feel feels felt feeling",
      "hope hopes hoped hoping", "fear fears feared fearing", "worry worries worried worrying",
      "expect expects expected expecting", "estimate estimates estimated estimating",
      "doubt doubts doubted doubting", "reckon reckons reckoned", "know knows knew", "figure figures figured",
      "acknowledge", "predict", "understand understands understood");

  /** Verbs whose subject is a poll, report or study; they report only with an explicit "that". */
  private static final Set<String> EVIDENCE_VERBS = forms(
      "show shows showed shown showing", "find finds found finding", "indicate indicates indicated indicating",
      "reveal reveals revealed", "suggest suggests suggested", "conclude concludes concluded", "determine determined");

  /** Verbs that name how someone put something: enough for quoted words ("called it "a disgrace""). */
  private static final Set<String> NAMING_VERBS = forms(
      "call calls called calling", "dub dubs dubbed dubbing", "describe describes described describing",
      "label labels labeled labelled labeling", "brand brands branded branding", "term terms termed",
      "denounce denounces denounced denouncing", "accuse accuses accused accusing", "decry decries decried",
      "praise praises praised praising", "slam slams slammed slamming", "blast blasts blasted blasting",
      "criticize criticizes criticized criticizing criticise criticised", "hail hails hailed",
      "condemn condemns condemned condemning", "mock mocks mocked mocking", "refer refers referred referring",
      "liken likens likened", "compare compares compared", "attack attacks attacked attacking",
      "dismiss dismisses dismissed dismissing");

  /** Forms that take the addressee right after them: "told reporters that …". */
  private static final Set<String> ADDRESSEE_VERBS = forms(
      "tell tells told telling", "assure assures assured assuring", "inform informs informed informing",
      "remind reminds reminded reminding", "warn warns warned warning", "urge urges urged urging",
      "ask asks asked asking", "promise promises promised promising", "caution cautions cautioned");

  /** Speech verbs that introduce reported speech with no "that": "She said the talks failed." */
  private static final Set<String> BARE_CLAUSE_VERBS = forms(
      "say says said saying", "tell tells told telling", "add adds added adding", "write writes wrote writing",
      "tweet tweets tweeted", "claim claims claimed claiming", "argue argues argued arguing",
      "insist insists insisted insisting", "warn warns warned warning", "note notes noted noting",
      "explain explains explained", "announce announces announced", "declare declares declared",
      "assert asserts asserted", "acknowledge acknowledges acknowledged", "admit admits admitted",
      "concede concedes conceded", "contend contends contended", "maintain maintains maintained",
      "complain complains complained", "reiterate reiterates reiterated", "confirm confirms confirmed",
      "predict predicts predicted", "suggest suggests suggested", "promise promises promised", "vow vows vowed",
      "pledge pledges pledged", "report reports reported", "believe believes believed", "think thinks thought",
      "feel feels felt", "hope hopes hoped", "fear fears feared", "expect expects expected", "estimate estimates estimated",
      "allege alleges alleged", "stress stresses stressed", "emphasize emphasizes emphasized", "recall recalls recalled",
      "agree agrees agreed", "assure assures assured", "remind reminds reminded", "worry worries worried",
      "testify testifies testified", "boast boasts boasted", "charge charges charged", "reply replies replied",
      "respond responds responded", "deny denies denied", "know knows knew", "figure figures figured",
      "reckon reckons reckoned", "doubt doubts doubted", "understand understands understood",
      "state states stated", "observe observes observed", "mention mentions mentioned", "caution cautions cautioned");

  /** Verbs whose noun-phrase object is what was said: "cited the figures", "denied the report". */
  private static final Set<String> OBJECT_REPORT_VERBS = forms(
      "cite cites cited citing", "demand demands demanded demanding",
      "acknowledge acknowledges acknowledged acknowledging", "deny denies denied denying",
      "question questions questioned questioning", "criticize criticizes criticized criticise criticised",
      "describe describes described", "urge urges urged", "note notes noted", "mention mentions mentioned",
      "promise promises promised promising", "propose proposes proposed proposing",
      "stress stresses stressed stressing", "emphasize emphasizes emphasized emphasizing");

  static boolean reportsItsObject(String lower) {
    return OBJECT_REPORT_VERBS.contains(lower);
  }

  /** Speech verbs that can sit alone after a quote: {@code "…," he said.} Broad on purpose. */
  static boolean isSpeechVerb(String lower) {
    return SPEECH_VERBS.contains(lower);
  }

  static boolean isReportingVerb(String lower) {
    return SPEECH_VERBS.contains(lower) || BELIEF_VERBS.contains(lower);
  }

  static boolean isEvidenceVerb(String lower) {
    return EVIDENCE_VERBS.contains(lower);
  }

  static boolean isNamingVerb(String lower) {
    return NAMING_VERBS.contains(lower);
  }

  static boolean takesAddressee(String lower) {
    return ADDRESSEE_VERBS.contains(lower);
  }

  static boolean takesBareClause(String lower) {
    return BARE_CLAUSE_VERBS.contains(lower);
  }

  /** Words of a person's title or role, before or after a name ("Secretary of State", "Sen."). */
  private static final Set<String> TITLES = words(
      "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev. reverend father sister"
          + " president president-elect vice prime minister premier secretary sen sen. senator rep rep. representative"
          + " congressman congresswoman congressmember gov gov. governor lt. lt gov. mayor chancellor ambassador"
          + " general gen gen. col col. colonel maj maj. major capt capt. captain sgt sgt. sergeant adm adm. admiral"
          + " cmdr cmdr. commander lieutenant cpl cpl. corporal pvt pvt. judge justice attorney chief director"
          + " spokesman spokeswoman spokesperson chairman chairwoman chairperson chair ceo cfo coo founder co-founder"
          + " leader king queen prince princess pope sheikh emir ayatollah president's commissioner superintendent"
          + " sheriff officer inspector deputy assistant associate speaker whip majority minority candidate nominee"
          + " councilman councilwoman councillor councilor alderman delegate head executive manager coach"
          + " former acting interim ex foreign defense defence state treasury homeland security health finance interior"
          + " labor labour education energy commerce justice trade agriculture transportation veterans affairs"
          + " national senior junior top house senate democratic republican gop democrat u.s. us american"
          + " federal supreme court district circuit general's attorney-general solicitor counsel envoy"
          + " ministry's cabinet press white special staff campaign party policy adviser advisor aide consultant"
          + " strategist analyst economist pollster researcher scientist historian professor lawyer spokesperson"
          + " member lawmaker legislator official officials owner president-elect nominee frontrunner front-runner"
          + " incumbent challenger governor-elect mayor-elect pm mp mep dep dep. sec sec. atty atty. supt supt. insp"
          + " gen'l hon hon. honorable chairman's ranking coun coun. cllr const const. cst cst. det det. mpp mla mna elder");

  /** Personal titles that mark the next word as a person's name ("Mr. Obama", "Sen. Paul"). */
  private static final Set<String> PERSONAL_TITLES = words(
      "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev. president sen sen. senator"
          + " rep rep. representative gov gov. governor mayor chancellor ambassador gen gen. general col col. maj maj."
          + " capt capt. sgt sgt. adm adm. judge justice secretary minister premier king queen prince princess pope"
          + " sheikh congressman congresswoman councilman councilwoman lt. lt cmdr cmdr. coach chairman chairwoman"
          + " speaker commissioner sheriff officer inspector deputy pm mp atty atty. hon hon. leader coun coun. cllr"
          + " councillor councilor const const. cst cst. det det. insp insp. supt supt. cpl cpl. mpp mla mna elder");

  private static final Set<String> FEMALE_TITLES = words(
      "mrs mrs. ms ms. miss dame lady queen princess congresswoman councilwoman chairwoman spokeswoman sister"
          + " businesswoman anchorwoman madam madame widow mother daughter wife sister grandmother aunt niece actress"
          + " woman girl");
  private static final Set<String> MALE_TITLES = words(
      "mr mr. sir lord king prince congressman councilman chairman spokesman father businessman anchorman widower"
          + " son husband brother grandfather uncle nephew actor man boy");

  /** Words that make a capitalised name an organisation's. */
  private static final Set<String> ORGANISATION_WORDS = words(
      "ministry department party committee council agency administration office court commission bank university"
          + " college institute foundation association union campaign times post news journal press reuters network"
          + " corp corp. corporation inc inc. co co. company companies group service services police army navy"
          + " force forces government house senate congress parliament pentagon kremlin assembly board bureau"
          + " center centre fund church club team league federation organization organisation coalition alliance"
          + " cabinet guard command authority authorities embassy consulate tribunal fbi cia nsa nato un eu"
          + " gop dnc rnc cnn bbc nbc abc cbs fox msnbc ap afp xinhua tass politico axios bloomberg"
          + " twitter facebook google apple amazon microsoft tribune herald gazette telegraph guardian"
          + " magazine channel radio tv television institution society foundation's hospital clinic school"
          + " federal reserve treasury exchange commission poll polls survey report study index project trust"
          + " movement front brigade brigades council's ministry's department's ltd llc plc"
          + " strategies partners associates holdings industries solutions systems consulting media studios"
          + " enterprises ventures capital labs"
          // the last words of firms' names: "Pacific Gateway Terminals", "Northway Foods"
          + " terminals airlines airways motors foods energy resources mining pharmaceuticals technologies"
          + " networks communications logistics construction properties realty insurance financial bancorp"
          + " railway railways utilities brands stores restaurants hotels resorts entertainment software"
          + " therapeutics biosciences municipalities rail air hydro transit steel");

  /** Words that are never part of a person's name: places, days, months, common capitalised words. */
  private static final Set<String> NOT_NAMES = words(
      "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august"
          + " september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug."
          + " sep sep. sept sept. oct oct. nov nov. dec dec. i the a an and or but if in on at of to for with by from"
          + " this that these those it its he she they we you his her their our my your god christmas easter"
          + " america american americans u.s. us usa uk u.k. britain british england english europe european eu"
          + " china chinese russia russian israel israeli israelis gaza palestinian palestinians iran iranian iraq"
          + " iraqi syria syrian ukraine ukrainian france french germany german japan japanese india indian pakistan"
          + " canada canadian mexico mexican korea korean north south east west new york washington california texas"
          + " florida ohio london paris moscow beijing jerusalem tel aviv egypt egyptian rafah afghanistan turkey"
          + " saudi arabia africa african asia asian australia brazil spain italy poland lebanon jordan qatar"
          + " democrat democrats republican republicans democratic gop congress senate house white states united"
          + " city county state street avenue river island islands bay republic kingdom federal national international"
          + " today tonight yesterday tomorrow twitter facebook internet covid-19 covid coronavirus islam muslim"
          + " muslims christian christians jewish jews catholic hamas hezbollah taliban isis al-qaeda"
          // states and provinces as datelines and hometowns abbreviate them: "of Bowie, Md., said"
          + " ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. kan. kans. ky. la. md. mass. mich. minn. mo."
          + " mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash."
          + " wis. wyo. d.c. ont. que. b.c. alta. sask. n.s. n.b. p.e.i. nfld. n.l.");

  private static final Set<String> PERSONAL_PRONOUNS = words("he she him her they them it we i");

  /** Common English first names by gender, enough to choose between "he" and "she". */
  private static final Set<String> FEMALE_NAMES = words(
      "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra"
          + " ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura"
          + " cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine"
          + " debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia"
          + " kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria"
          + " ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn"
          + " beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla"
          + " hillary chelsea nancy kamala nikki elizabeth kirsten amy tulsi michelle melania ivanka sarah condoleezza"
          + " madeleine theresa angela ursula jacinda liz marine giorgia christine janet kellyanne hope huma"
          + " donna debbie dianne susan lisa maxine ilhan alexandria ayanna rashida katie kristi marsha tammy"
          + " claire heidi jeanne maggie kristen jen jill kate karine dana jennifer valerie loretta sonia ruth"
          + " elena amy sally samantha nikki carly meghan cindy betsy kay stacey gretchen whitmer"
          + " miriam odile agnes hanna ruth carla"
          + " melanie rakeyia tyresha angelique leslie loretta sharon erin jo-renee gwen marcia cia claire jeanne"
          + " abby addison alexa alicia allison alyssa amelia ana andrea angelina annie april ariana audrey autumn ava"
          + " bailey becky belinda bella bethany bonnie brianna bridget brooke caitlin camila candace carla carmen"
          + " caroline carrie cassandra cathy chloe christina claudia colleen connie courtney crystal daisy dawn"
          + " deanna debbie delores eileen elaine eleanor elena ella ellen elsa erica esther eva faith felicia fiona"
          + " gabriela gabrielle gail gina glenda haley harriet hayley hazel holly imani irene iris isabel ivy jada"
          + " jamie jane janine jasmine jenna jennie jessie jillian joanna jocelyn jodi josephine joy juanita june"
          + " kara karina kathy katrina kaylee kendra kerry kristin kylie lacey lana latoya leah lena lila lillian"
          + " lily lindsay lois lorraine lucia lucy lydia lynn mackenzie mallory marcy margo marian marisa marjorie"
          + " marlene marsha maureen maxine maya megyn melinda mercedes mia miranda molly monica monique nadia naomi"
          + " natasha nina nora olga paige paula pauline peggy penny phyllis priscilla rachael raquel regina renee"
          + " rita roberta robin rosa rosemary ruby sabrina sadie savannah selena shannon sheila shelby sherry"
          + " sierra silvia sofia sonya stella sue susanna suzanne sylvia tamara tanya tara tasha tiffany tina toni"
          + " tracy trisha valentina vanessa vera veronica vicki violet wanda wendy whitney yolanda yvonne zoe");
  private static final Set<String> MALE_NAMES = words(
      "james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony"
          + " mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey"
          + " ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory"
          + " alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary"
          + " peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur"
          + " lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah"
          + " randy roy vincent ralph eugene russell bobby mason philip louis barack joe bernie ted marco mike"
          + " chris rand jeb ben bill hank mitch chuck lindsey newt dick al rudy reince sean tim tom vladimir"
          + " xi emmanuel boris rishi keir olaf justin narendra recep volodymyr antony benjamin yoav benny"
          + " jared eric kevin pete beto cory jay kirk rick greg ron steve jim bob dan dave doug ed jon"
          + " josh matt nick rob sam tony will pat hugh ken lloyd mark merrick alejandro jake jens kim jong"
          + " abdel mahmoud ismail yahya hassan ali mohammed muhammad ahmed omar osama bashar hosni recep"
          + " viktor sergei dmitry alexei igor yuri jean-yves francois jacques nicolas angela helmut gerhard"
          + " shinzo fumio moon yoon ferdinand rodrigo jair luiz andres enrique felipe javier pedro"
          + " antonin quentin norman henry terence terrence keith lamont kadzik reince stephen newt mitt jeb marco"
          + " adrian alfred allen alvin andre andy angelo antonio barry bernard blake brad bradley brendan brent"
          + " brett caleb calvin cameron carlos cecil chad charlie chester clarence clayton clifford clinton clyde"
          + " cody colin corey craig curtis dale dallas damon darrell darren dean derek derrick devin dominic don"
          + " donnie drew duane dustin dwight earl eddie edgar eduardo elliot emilio ernest eugene everett felix"
          + " fernando floyd francis francisco fred freddie gene gilbert glen glenn gordon grant guy harry harvey"
          + " hector herbert herman howard hugo ian isaac ivan jacques jaime jake jared jarrod javier jeff jeffery"
          + " jerome jesus jimmy joel johnny jorge julian julio karl kurt lance lee leo leon leonard leroy leslie"
          + " lewis lionel lloyd lonnie lorenzo luis luke malcolm manuel marcus mario marshall martin marvin mathew"
          + " maurice max melvin micheal miguel miles milton mitchell morris nathaniel neil nelson nick oliver"
          + " omar oscar otis owen pablo perry phil preston quincy rafael ralph ramon randall raul ray reginald rene"
          + " ricardo ricky roberto rodney roland ron ronnie ross ruben rudolph rufus russell salvador sammy saul"
          + " sergio seth shane shaun sheldon sidney simon spencer stanley stuart terrell theodore tommy tony"
          + " tracy travis trevor troy tyrone vernon victor virgil wade wallace warren wesley wilbur willard"
          + " wilson winston xavier zachary");

  /** Things with capitalised names that never speak: events, laws, places, works. */
  private static final Set<String> THING_WORDS = words(
      "convention conference summit act law amendment program programme plan award awards prize museum park"
          + " airport station hall building tower square street road avenue bridge week day war games olympics cup"
          + " series show festival tour rally election elections primary primaries caucus caucuses debate debates"
          + " hurricane storm virus medicare medicaid obamacare coast valley lake mountain mountains river county"
          + " island islands region province district strip bank's grants grant scholarship doctrine treaty accord"
          + " accords agreement deal protocol initiative strategy report hospital airlines airline festival history"
          + " culture library gallery theater theatre arena stadium memorial monument cathedral temple mosque");
  private static final Set<String> NAME_PARTICLES = words("de da di del della der den van von le la du bin al el ter ten dos das");

  /** Writings that "say" things in news: "the report said", "the letter reads". */
  private static final Set<String> DOCUMENT_WORDS = words(
      "article book piece ruling letter memo note transcript ad advert advertisement video tweet post email e-mail"
          + " website site blog study survey analysis data figures document documents records filing complaint lawsuit"
          + " suit order decision opinion verdict indictment statement release announcement column editorial headline"
          + " caption sign banner slogan poll polls report reports message text speech interview resolution motion"
          + " bill draft proposal plan budget guidance guidelines warning notice petition manifesto platform");

  static boolean isDocumentWord(String lower) {
    return DOCUMENT_WORDS.contains(lower);
  }

  static boolean isThingWord(String lower) {
    return THING_WORDS.contains(lower);
  }

  static boolean isNameParticle(String lower) {
    return NAME_PARTICLES.contains(lower);
  }

  /** A word that names a person's role by itself: a personal title or a role noun, not an adjective like "Democratic". */
  static boolean isRoleHead(String lower) {
    String w = lower;
    return PERSONAL_TITLES.contains(w) || ROLE_NOUNS.contains(w) && !ORGANISATION_WORDS.contains(w)
        || !TITLES.contains(w) && isRoleNoun(w) && !ORGANISATION_WORDS.contains(w);
  }

  /**
   * Nouns for a person the story has just named, by what they are rather than a role they hold:
   * "the woman said", "the 41-year-old doctor said", "the mother of three says".
   */
  private static final Set<String> PEOPLE_NOUNS = words(
      "woman man girl boy mother father wife husband daughter son sister brother grandmother grandfather widow"
          + " widower teen teenager youngster doctor physician nurse teacher student farmer driver victim survivor"
          + " resident homeowner owner shopkeeper worker volunteer veteran retiree parent");

  static boolean isPeopleNoun(String lower) {
    return PEOPLE_NOUNS.contains(lower);
  }

  /** Nouns a story uses for a firm it has named: "the company said", "the airline said". */
  private static final Set<String> COMPANY_NOUNS = words(
      "company firm business retailer airline automaker carmaker carrier chain insurer lender manufacturer"
          + " producer developer maker startup utility operator publisher broadcaster grocer railway railroad"
          + " miner conglomerate brewer");

  static boolean isCompanyNoun(String lower) {
    return COMPANY_NOUNS.contains(lower);
  }

  /** Last words of a firm's national arm ("Shell Canada", "Airbus Americas"); no person's surname. */
  private static final Set<String> MARKET_NAMES = words("canada america americas usa international global worldwide");

  static boolean isMarketName(String lower) {
    return MARKET_NAMES.contains(lower);
  }

  static boolean isTitle(String lower) {
    return TITLES.contains(lower);
  }

  static boolean isPersonalTitle(String lower) {
    return PERSONAL_TITLES.contains(lower);
  }

  static boolean isOrganisationWord(String lower) {
    return ORGANISATION_WORDS.contains(lower);
  }

  static boolean isNeverName(String lower) {
    return NOT_NAMES.contains(lower);
  }

  private static final Set<String> CLOSED_CLASS = words(
      "i me my mine myself you your yours yourself he him his himself she her hers herself it its itself we us our ours"
          + " ourselves they them their theirs themselves this that these those who whom whose which what whatever"
          + " whoever there here one ones anyone anybody anything everyone everybody everything someone somebody"
          + " something nobody nothing none no-one each either neither all both some many few several most much"
          + " other another such");

  /** Pronouns and determiners: never a name, whatever the tagger says. */
  static boolean isClosedClassWord(String lower) {
    return CLOSED_CLASS.contains(lower);
  }

  static boolean isPersonalPronoun(String lower) {
    return PERSONAL_PRONOUNS.contains(lower);
  }

  /** Gender a title or role noun implies, or null. */
  private static final Set<String> POSSESSIVE_PRONOUNS = words("his her their its our my your");

  /** "his", "her", "their" …: a pronoun that can stand before a noun as its determiner. */
  static boolean isPossessivePronoun(String lower) {
    return POSSESSIVE_PRONOUNS.contains(lower);
  }

  /** "his", "her", "their", "its": whose the thing is, someone the story may name. */
  static boolean isThirdPersonPossessive(String lower) {
    return isPossessivePronoun(lower) && !lower.equals("my") && !lower.equals("our") && !lower.equals("your");
  }

  /** Gender a third-person pronoun carries ("he", "him", "his"; "she", "her", "hers"), or null. */
  static Gender genderOfPronoun(String lower) {
    return switch (lower) {
      case "he", "him", "his" -> Gender.MALE;
      case "she", "her", "hers" -> Gender.FEMALE;
      default -> null;
    };
  }

  static Gender genderOfTitle(String lower) {
    if (FEMALE_TITLES.contains(lower) || lower.endsWith("woman")) {
      return Gender.FEMALE;
    }
    if (MALE_TITLES.contains(lower) || (lower.endsWith("man") && !lower.endsWith("woman") && lower.length() > 5)) {
      return Gender.MALE;
    }
    return null;
  }

  /** First names given to boys and girls alike: they tell nothing. */
  private static final Set<String> UNISEX_NAMES = words(
      "terry jordan taylor jamie leslie kelly tracy robin lee dana pat chris alex sam jo jesse casey morgan riley"
          + " avery quinn cameron jean dale francis kim lindsey shannon sidney carroll marion");

  /** Whether a lower-case word is a common first name, of either gender or both. */
  static boolean isFirstName(String lower) {
    String name = withoutAccents(lower);
    return UNISEX_NAMES.contains(name) || FEMALE_NAMES.contains(name) || MALE_NAMES.contains(name);
  }

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  /** "zoë" → "zoe", "andré" → "andre": the name lists are written without accents. */
  private static String withoutAccents(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 127) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return lower;
  }

  static Gender genderOfFirstName(String lower) {
    String name = withoutAccents(lower);
    if (UNISEX_NAMES.contains(name)) {
      return null;
    }
    boolean female = FEMALE_NAMES.contains(name);
    boolean male = MALE_NAMES.contains(name);
    if (female == male) {
      return null;
    }
    return female ? Gender.FEMALE : Gender.MALE;
  }

  /**
   * Whether a lower-case noun names a role a person has ("chairwoman", "pollster", "spokesman"):
   * the title list, or a typical ending of nouns for people.
   */
  static boolean isRoleNoun(String lower) {
    if (TITLES.contains(lower) || ROLE_NOUNS.contains(lower)) {
      return true;
    }
    return lower.length() > 4 && (lower.endsWith("man") || lower.endsWith("woman") || lower.endsWith("person")
        || lower.endsWith("ist") || lower.endsWith("ian") || lower.endsWith("ant") || lower.endsWith("or")
        || lower.endsWith("er") || lower.endsWith("eur"));
  }

  private static final Set<String> ROLE_NOUNS = words(
      "head chief boss spokesman spokeswoman official officials source sources expert experts aide aides"
          + " adviser advisers advisor advisors critic critics supporter supporters ally allies friend rival"
          + " nominee candidate president secretary minister senator lawmaker legislator governor mayor leader"
          + " director chairman chairwoman chair founder owner analyst analysts economist economists pollster"
          + " strategist consultant lawyer attorney prosecutor prosecutors judge justice officer officers police"
          + " agent agents resident residents voter voters witness witnesses student students teacher doctor"
          + " scientist scientists researcher researchers historian professor author reporter journalist"
          + " editor columnist activist activists protester protesters organizer organizers representative"
          + " envoy diplomat diplomats ambassador general commander soldier soldiers veteran veterans"
          + " member members worker workers executive executives manager employee employees staffer staffers"
          + " ministry department agency government administration campaign committee council party office"
          + " spokesperson investigator investigators negotiator negotiators mediator mediators"
          + " inspector inspectors regulator regulators organization group company firm network newspaper"
          + " military army police poll survey report study statement team coach player players fan fans"
          + " defender defenders opponent opponents challenger incumbent observer observers insider insiders"
          + " official's master coordinator organiser chairs trustee governor-general postmaster"
          + " councillor councillors councilor councilors councilman councilwoman alderman"
          + " family families relatives parents friends neighbours neighbors colleagues");

  /** Public bodies, which speak through statements: "The city says it will review the request". */
  private static final Set<String> PUBLIC_BODIES = words("city town county province municipality");

  static boolean isPublicBody(String lower) {
    return PUBLIC_BODIES.contains(lower);
  }

  /** A role noun from the list (not guessed from its ending: "Baker" and "Fisher" are names too). */
  static boolean isListedRoleNoun(String lower) {
    return ROLE_NOUNS.contains(lower);
  }

  /** Expands a short title to the role noun it stands for ("sen." → "senator"). */
  static String expandTitle(String lower) {
    return switch (lower) {
      case "sen", "sen." -> "senator";
      case "rep", "rep." -> "representative";
      case "gov", "gov." -> "governor";
      case "gen", "gen." -> "general";
      case "col", "col." -> "colonel";
      case "maj", "maj." -> "major";
      case "capt", "capt." -> "captain";
      case "sgt", "sgt." -> "sergeant";
      case "adm", "adm." -> "admiral";
      case "lt", "lt." -> "lieutenant";
      case "dr", "dr." -> "doctor";
      case "prof", "prof." -> "professor";
      case "sec", "sec." -> "secretary";
      case "atty", "atty." -> "attorney";
      case "coun", "coun.", "cllr" -> "councillor";
      case "const", "const.", "cst", "cst." -> "constable";
      case "det", "det." -> "detective";
      case "insp", "insp." -> "inspector";
      case "supt", "supt." -> "superintendent";
      case "pm" -> "minister";
      case "congressman", "congresswoman" -> "representative";
      default -> lower;
    };
  }

  /** Other nouns a story uses for a role: "Justice Marguerite Sélincourt" … "the judge said". */
  static Set<String> roleSynonyms(String role) {
    return switch (role) {
      case "justice" -> Set.of("judge");
      case "judge" -> Set.of("justice");
      case "doctor", "physician", "surgeon" -> Set.of("doctor", "physician");
      case "constable", "sergeant", "detective", "inspector", "superintendent", "corporal" -> Set.of("officer");
      case "senator", "representative", "congressman", "congresswoman", "mp", "mpp", "mla", "mna", "councillor" ->
          Set.of("lawmaker", "politician");
      case "ceo" -> Set.of("executive", "chief");
      case "prosecutor" -> Set.of("crown", "attorney");
      default -> Set.of();
    };
  }

  enum Gender { MALE, FEMALE }

  private static Set<String> words(String spaceSeparated) {
    Set<String> set = new HashSet<>();
    for (String word : spaceSeparated.split("\\s+")) {
      if (!word.isEmpty()) {
        set.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(set);
  }

  private static Set<String> forms(String... groups) {
    Set<String> set = new HashSet<>();
    for (String group : groups) {
      set.addAll(words(group));
    }
    return Set.copyOf(set);
  }
}
