package org.briefbot.core.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A language guess.
 *
 * @param code ISO 639-3 code ("eng", "fra")
 * @param confidence the detector's confidence, 0–1, spread over 103 languages
 * @param leadOverEnglish this language's confidence over English's (1 when it is English)
 */
public record DetectedLanguage(String code, double confidence, double leadOverEnglish) {
  static final String ENGLISH = "eng";
  private static final Map<String, String> NAMES = new HashMap<>();

  static {
    for (String twoLetter : Locale.getISOLanguages()) {
      Locale locale = Locale.forLanguageTag(twoLetter);
      NAMES.putIfAbsent(locale.getISO3Language(), locale.getDisplayLanguage(Locale.ENGLISH));
    }
  }

  public boolean isEnglish() {
    return ENGLISH.equals(code) || "sco".equals(code);
  }

  /** "French" for "fra"; the code itself when Java knows no name for it. */
  public String displayName() {
    return NAMES.getOrDefault(code, code);
  }
}
