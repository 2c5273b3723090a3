package org.briefbot.core.summary;

/** Invented news stories, written for these tests. */
final class Stories {
  private Stories() {}

  static final String LEAD =
      "The town of Elmsworth opened its first new public library in more than a hundred years "
          + "on Saturday, giving its 14,000 residents a building with 60,000 books, a children's wing and free internet access.";

  /** A plain wire story: headline, byline, nine body sentences. */
  static final String LIBRARY =
      String.join(
          "\n",
          "Lakeside town opens its first public library in a century",
          "By Mara Quist",
          "",
          LEAD,
          "The two-storey library, built on the site of a former bus depot, cost 9 million euros and took three years to "
              + "complete, the town council said.",
          "Hundreds of people queued in the rain before the doors opened at nine in the morning.",
          "\u201CWe have waited a long time for this,\u201D said librarian Ruth Calloway, who has run a mobile book van in the "
              + "town since 1998.",
          "The old library closed in 2009 after its roof collapsed during a storm, and since then the town's readers have "
              + "relied on the van and on a small reading room in the school.",
          "Council leader Omar Tessaro said the building would also host language classes, a repair caf\u00E9 and a weekly "
              + "legal advice desk.",
          "Local businesses donated furniture, and a group of volunteers spent the winter cataloguing donated books.",
          "The library will be open seven days a week, and membership is free for everyone who lives or works in the town.",
          "Its architects said the timber frame and solar roof would make it one of the most energy-efficient public "
              + "buildings in the region.");

  /**
   * The same news as a web page copied as text: prompts, captions and time stamps among the
   * sentences.
   */
  static final String LIBRARY_PAGE =
      String.join(
          "\n",
          "Lakeside town opens its first public library in a century",
          "PUBLISHED: 09:12 EST, 4 May 2025 | UPDATED: 10:40 EST, 4 May 2025",
          "Scroll down for video",
          LEAD,
          "Pictured: The new library in Elmsworth on its opening day",
          "The two-storey library, built on the site of a former bus depot, cost 9 million euros and took three years to "
              + "complete, the town council said.",
          "Photo: Elmsworth Town Council",
          "Librarian Ruth Calloway (right) shows visitors the new children's wing on Saturday morning The library will be "
              + "open seven days a week, and membership is free for everyone who lives or works in the town.",
          "Hundreds of people queued in the rain before the doors opened at nine in the morning.",
          "Council leader Omar Tessaro said the building would also host language classes, a repair caf\u00E9 and a weekly "
              + "legal advice desk.",
          "Local businesses donated furniture, and a group of volunteers spent the winter cataloguing donated books.",
          "Its architects said the timber frame and solar roof would make it one of the most energy-efficient public "
              + "buildings in the region.");

  /** The second sentence says the first again in other words. */
  static final String REPEATED_LEAD =
      String.join(
          "\n",
          "Lakeside town opens its first public library in a century",
          "",
          LEAD,
          "On Saturday Elmsworth opened its first new public library in more than a hundred years, giving the town's "
              + "14,000 residents 60,000 books, a children's wing and free internet access.",
          "The two-storey library, built on the site of a former bus depot, cost 9 million euros and took three years to "
              + "complete, the town council said.",
          "Hundreds of people queued in the rain before the doors opened at nine in the morning.",
          "Local businesses donated furniture, and a group of volunteers spent the winter cataloguing donated books.");

  /** A quotation that runs over three sentences, its speaker named only in the last. */
  static final String LONG_QUOTE =
      String.join(
          "\n",
          LEAD,
          "\"We have waited a long time for this. The children of this town deserve far better than a book van in a car "
              + "park. Today they finally got it,\" said librarian Ruth Calloway, who has run the van since 1998.",
          "The two-storey library, built on the site of a former bus depot, cost 9 million euros and took three years to "
              + "complete, the town council said.",
          "Hundreds of people queued in the rain before the doors opened at nine in the morning.",
          "Council leader Omar Tessaro said the building would also host language classes, a repair caf\u00E9 and a weekly "
              + "legal advice desk.",
          "Local businesses donated furniture, and a group of volunteers spent the winter cataloguing donated books.",
          "The library will be open seven days a week, and membership is free for everyone who lives or works in the town.");
}
