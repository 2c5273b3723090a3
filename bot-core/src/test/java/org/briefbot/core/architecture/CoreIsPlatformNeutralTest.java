package org.briefbot.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** bot-core must run under any adapter: it may never see a JDA or Bolt type. */
class CoreIsPlatformNeutralTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.briefbot.core");

  @Test
  void coreNeverDependsOnDiscordOrSlackLibraries() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.briefbot.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("net.dv8tion..", "com.slack..")
            .because("bot-core is platform-neutral; adapters translate to and from JDA and Bolt");
    rule.check(CORE);
  }

  @Test
  void coreNeverDependsOnTheApplicationOrAdapters() {
    noClasses()
        .that()
        .resideInAPackage("org.briefbot.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.briefbot.app..", "org.briefbot.discord..", "org.briefbot.slack..")
        .because("data flows one way: adapters depend on the core, never the reverse")
        .check(CORE);
  }

  @Test
  void digestsNeverDependOnTheCommandSet() {
    noClasses()
        .that()
        .resideInAPackage("org.briefbot.core.digest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.briefbot.core.command..")
        .because(
            "digests and commands both speak the chat package's vocabulary; the house points down")
        .check(CORE);
  }

  @Test
  void theChatVocabularyDependsOnNeitherCommandsNorDigests() {
    noClasses()
        .that()
        .resideInAPackage("org.briefbot.core.chat..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.briefbot.core.command..", "org.briefbot.core.digest..")
        .because("commands and digests are built on the chat vocabulary, not the reverse")
        .check(CORE);
  }
}
