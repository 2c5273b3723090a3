package org.briefbot.core.news;

import java.util.List;

/** Short invented news stories for ingestion tests. */
final class TestStories {
  private TestStories() {}

  static final List<String> BRIDGE =
      List.of(
          "Engineers closed the Old Mill bridge to all traffic on Tuesday after a routine inspection found cracks in two of its steel supports.",
          "The county said the closure would last at least six weeks while a specialist firm assesses whether the supports can be repaired or must be replaced.",
          "\"We are not willing to take any chances with a structure that carries eight thousand vehicles a day,\" said Imogen Thale, the county's chief engineer.",
          "Drivers have been told to use the ring road, which adds about fifteen minutes to the journey between the town centre and the industrial estate.",
          "Local businesses on the east side of the river said they feared losing customers during the busiest weeks of the summer season.");

  static final List<String> ORCHESTRA =
      List.of(
          "The city youth orchestra will tour four countries next spring, its first trip abroad since it was founded twenty years ago.",
          "Sixty musicians between the ages of fourteen and twenty-one will perform in concert halls in three capitals and at a festival by a lake.",
          "The orchestra raised most of the money for the tour through a year of weekend concerts in schools, hospitals and care homes across the region.",
          "\"Some of these players have never been on a plane, and now they will play for audiences of two thousand people,\" said conductor Felix Aranda.",
          "Parents will cover the cost of meals, while a local bus company has offered to drive the group to the airport for free.");

  static final List<String> MARKET =
      List.of(
          "The weekly farmers market will move from the car park behind the station to the main square from the first Saturday of next month.",
          "Traders had asked for the change for years, saying the car park was hard to find for visitors and offered no shelter on rainy days.",
          "The council agreed to close two side streets to traffic on Saturday mornings so that the stalls can spread out around the fountain.",
          "Shop owners on the square welcomed the move and said they expected more people to stay in the town centre for lunch after shopping.",
          "The market will keep its opening hours of eight in the morning until one in the afternoon, and new traders can apply to the council.");

  static final List<String> LIBRARY =
      List.of(
          "The central library will stay open until ten at night on weekdays during the exam season, after a petition signed by nine hundred students.",
          "Students said the library was the only quiet place many of them had to study, as cafes closed early and homes were crowded.",
          "The longer hours will cost about twelve thousand pounds, which the library will cover from a fund left to it by a former teacher.",
          "\"Quiet is a resource like any other, and we have plenty of it,\" said head librarian Agnes Wren, who announced the change on Friday.",
          "Staff will work extra evening shifts on a voluntary basis, and security guards will patrol the building and the car park after dark.");
}
