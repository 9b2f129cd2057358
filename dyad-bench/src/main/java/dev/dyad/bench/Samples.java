package dev.dyad.bench;

import java.util.List;

/**
 * Fixed input for the benchmarks, written for them: news-like sentences, about a third of which
 * carry an event, the rest background, opinion and speculation, as in real coverage.
 */
final class Samples {
  private Samples() {}

  static final List<String> SENTENCES =
      List.of(
          "North Korea shipped artillery shells and short-range missiles to Russia in March, officials in Seoul said.",
          "The shipments were loaded onto trains at a port in the Russian Far East and moved west.",
          "Analysts say the relationship could reshape security in Northeast Asia for a decade.",
          "The U.S. State Department condemned the transfers on Monday and called them a violation of U.N. resolutions.",
          "South Korea and Japan increased surveillance of North Korean ports after the announcement.",
          "Kim Jong Un met Vladimir Putin in Vladivostok and signed a treaty on mutual assistance.",
          "It is not clear how many rounds have reached the front lines so far.",
          "Russia's foreign ministry denied that the country had received any North Korean troops.",
          "The alleged deployment of North Korean soldiers would mark a turning point in the war.",
          "If Moscow transfers submarine technology, Seoul would reconsider its policy on arms for Ukraine.",
          "The two countries plan to hold joint naval drills in the Sea of Japan next year.",
          "Prices for rice and fuel rose sharply in Pyongyang markets over the winter.",
          "The European Union imposed sanctions on six companies accused of organising the deliveries.",
          "China urged all sides to exercise restraint and avoid steps that escalate tensions.",
          "Such cooperation may undermine the effectiveness of sanctions and could lead to an arms race.",
          "During the Cold War the Soviet Union supplied North Korea with tanks and jet aircraft.",
          "Officials said the talks lasted more than four hours and ended without a joint statement.",
          "Ukrainian forces struck a Russian ammunition depot near the border overnight, the army said.",
          "The ministry's spokesman declined to comment on the reports.",
          "NATO's secretary general warned Pyongyang that the deployment would be a serious escalation.",
          "Israel and Iran exchanged threats after a drone attack on a tanker in the Gulf of Oman.",
          "India accused Pakistan of sheltering militants behind the attack in Kashmir.",
          "The summit between the two leaders is expected to take place in the autumn.",
          "Weather delayed the ceremony by an hour, and the guests waited in the rain.",
          "Japan froze the assets of three North Korean nationals linked to the trade.",
          "The Philippine foreign ministry summoned China's ambassador and lodged a protest.",
          "Both nations agreed to share intelligence on shipping in real time.",
          "Experts caution that satellite images alone cannot show what the containers hold.",
          "Venezuela expelled two American diplomats on Tuesday, accusing them of espionage.",
          "The junta in Niger ordered French troops to leave the country by the end of the year.");

  /**
   * An article laid out as scraped web text, with chrome and a dateline, for the cleaning
   * benchmark.
   */
  static final String WEB_ARTICLE =
      "close\nHot Posts\nNorth Korea and Russia deepen their arms trade\nNorth Korea and Russia deepen their arms trade\n"
          + "4 min read 2026-03-14\n\n"
          + String.join("\n\n", SENTENCES.subList(0, 15))
          + "\n\nRegional Security Concerns\n\n"
          + String.join(" ", SENTENCES.subList(15, 30))
          + "\n\nPost a Comment\n0 Comments\n";
}
