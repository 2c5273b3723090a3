package org.briefbot.core.search;

import java.time.LocalDate;
import java.util.Optional;
import org.briefbot.core.quotes.QuoteKind;

/**
 * A quote the who-said index found, with its story.
 *
 * @param quote the quoted words
 * @param speaker who said them, "" when the story does not say
 * @param role the speaker's role, "" when unknown
 * @param kind direct, partial or indirect
 * @param context the sentence around the quote
 * @param storyId the story's identifier
 * @param storyTitle its headline
 * @param outlet its publication
 * @param published the day it was published, if known
 * @param url where to read it, "" if none
 * @param confidence how well the quote matches what was asked, 0–1 (1: every word, in order)
 */
public record WhoSaidHit(
    String quote,
    String speaker,
    String role,
    QuoteKind kind,
    String context,
    String storyId,
    String storyTitle,
    String outlet,
    Optional<LocalDate> published,
    String url,
    double confidence) {}
