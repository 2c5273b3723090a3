package org.briefbot.core.nlp;

import java.util.Locale;

/** A language guess: an ISO 639-3 code ("eng", "fra") and how sure the detector is, 0–1. */
public record DetectedLanguage(String code, double confidence) {

  public boolean isEnglish() {
    return "eng".equals(code) || "sco".equals(code);
  }

  /** "French" for "fra"; the code itself when Java knows no name for it. */
  public String displayName() {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isBlank() || name.equals(code) ? code : name;
  }
}
