package io.github.ogiworkflow.reply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Recognises the decisions a letter states by what it says, not by the templates' exact
 * sentences (ADR 0078): a vocabulary per decision kind (不予公开, 不宜公开, 不公开 …) and per
 * withholding ground (国家秘密, 商业秘密 …), kept in {@code letters/decision-phrases.properties}.
 * Read from left to right, the longest phrase at each place wins, so 不予公开 is not read as
 * 予以公开 nor 部分公开 as 公开; a negation right before a phrase (不涉及国家秘密) makes it state
 * nothing, or, for 予以公开, its opposite. Pure: the unit tests call it directly.
 */
final class DecisionPhrases {

  /** A decision or ground a text states: its kind (decision.WITHHOLD, ground.STATE_SECRET) and words. */
  record Statement(String kind, String phrase) {
    boolean ground() {
      return kind.startsWith(GROUND);
    }
  }

  static final String DECISION = "decision.";
  static final String GROUND = "ground.";
  private static final String NEGATION = "negation";
  private static final String NONE = "none";
  /** What may join phrases a negation covers: 不涉及国家秘密、商业秘密和个人隐私. */
  private static final Pattern LIST_JOIN = Pattern.compile("(?:[、和及与或]|以及|或者)+");

  private record Phrase(String text, String kind) {}

  /** Phrases by their first character, longest first. */
  private final Map<Character, List<Phrase>> phrases = new HashMap<>();
  private final Map<String, String> negated = new HashMap<>();
  private final List<String> kinds = new ArrayList<>();

  private DecisionPhrases(Properties data) {
    Map<String, String> kindOf = new HashMap<>();
    for (String key : data.stringPropertyNames().stream().sorted().toList()) {
      if (key.startsWith("negated.")) {
        negated.put(DECISION + key.substring("negated.".length()),
            DECISION + data.getProperty(key).strip());
        continue;
      }
      if (!key.startsWith(DECISION) && !key.startsWith(GROUND) && !key.equals(NEGATION)
          && !key.equals(NONE)) {
        throw new IllegalStateException("decision-phrases.properties: unknown key " + key);
      }
      if (key.startsWith(DECISION) || key.startsWith(GROUND)) {
        kinds.add(key);
      }
      for (String phrase : data.getProperty(key).split("\\|")) {
        for (String written : phrase.contains("${you}")
            ? List.of(phrase.replace("${you}", "您"), phrase.replace("${you}", "贵单位"))
            : List.of(phrase)) {
          String text = written.strip();
          if (text.isEmpty()) {
            continue;
          }
          String earlier = kindOf.put(text, key);
          if (earlier != null) {
            // One phrase, one meaning: the longest-match reading depends on it.
            throw new IllegalStateException("decision-phrases.properties: " + text
                + " is in both " + earlier + " and " + key);
          }
          phrases.computeIfAbsent(text.charAt(0), c -> new ArrayList<>())
              .add(new Phrase(text, key));
        }
      }
    }
    phrases.values().forEach(list -> list.sort(
        java.util.Comparator.comparingInt((Phrase p) -> p.text().length()).reversed()));
  }

  /** The vocabulary of {@code letters/decision-phrases.properties}. */
  static DecisionPhrases load() {
    try {
      return new DecisionPhrases(PropertiesLoaderUtils.loadProperties(new EncodedResource(
          new ClassPathResource("letters/decision-phrases.properties"), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kinds of the vocabulary: decision.DISCLOSE …, ground.STATE_SECRET …. */
  List<String> kinds() {
    return List.copyOf(kinds);
  }

  /** The decisions and grounds {@code text} states, in order, negated phrases left out. */
  List<Statement> statements(String text) {
    List<Statement> found = new ArrayList<>();
    int negatedUpTo = -1; // where the last negation or negated phrase ended
    int negationAt = 0; // where the last negation began
    int at = 0;
    while (at < text.length()) {
      Phrase phrase = longestAt(text, at);
      if (phrase == null) {
        at++;
        continue;
      }
      int end = at + phrase.text().length();
      if (phrase.kind().equals(NEGATION)) {
        negatedUpTo = end;
        negationAt = at;
      } else if (!phrase.kind().equals(NONE)) {
        boolean negative = at == negatedUpTo || (negatedUpTo >= 0 && negatedUpTo < at
            && LIST_JOIN.matcher(text.substring(negatedUpTo, at)).matches());
        if (negative) {
          String opposite = negated.get(phrase.kind());
          if (opposite != null) {
            // Quoted with its negation: 不会予以公开.
            found.add(new Statement(opposite,
                text.substring(at == negatedUpTo ? negationAt : at, end)));
          }
          negatedUpTo = end;
        } else {
          found.add(new Statement(phrase.kind(), phrase.text()));
        }
      }
      at = end;
    }
    return found;
  }

  private Phrase longestAt(String text, int at) {
    for (Phrase phrase : phrases.getOrDefault(text.charAt(at), List.of())) {
      if (text.startsWith(phrase.text(), at)) {
        return phrase;
      }
    }
    return null;
  }
}
