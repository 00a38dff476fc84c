package io.github.ogiworkflow.ledger;

import io.github.ogiworkflow.publication.ProactiveSuggestions;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.register.SameInformation;
import io.github.ogiworkflow.reply.ItemSummary;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 多人申请的相同信息 (Art. 44, audit 33a F9, ADR 0160): the items that delivered replies of a
 * year released (公开 or 部分公开), grouped when they name the same information
 * ({@link SameInformation}: the same title once width, spaces and punctuation are set aside, or
 * the same 文号), listing the groups at least {@code minApplicants} different applicants asked
 * for, or that any of them suggested publishing proactively (ADR 0162): what Art. 44 suggests
 * moving into proactive disclosure. Each request's item says whether it is already proposed or
 * published under Art. 44 and whether its applicant suggested it. Applicants are told apart by their
 * identity document where the register has one, else by name; no name leaves this class.
 */
@Component
public class SameInformationRequests {

  /**
   * One request's released item of a group; {@code suggestedOn}: the day its applicant's
   * suggestion to publish it proactively was received (Art. 44, ADR 0162), null if none;
   * {@code suggestionAnswer}: the agency's answer to it (ADR 0183), null if none yet.
   */
  public record Asked(String trackingNumber, int seq, String title, LocalDate deliveredOn,
      Publication art44, LocalDate suggestedOn, ProactiveSuggestions.Answer suggestionAnswer) {}

  /** Information asked for by {@code applicants} different applicants. */
  public record Group(String title, String documentNumber, int applicants, List<Asked> asked) {

    /** How many of the group's requests carry their applicant's suggestion (ADR 0162). */
    public int suggestions() {
      return (int) asked.stream().filter(a -> a.suggestedOn() != null).count();
    }

    /** The most advanced Art. 44 proposal of the group, if any stands (不予发布 does not). */
    public Optional<Publication> art44() {
      return asked.stream().map(Asked::art44).filter(p -> p != null)
          .max(java.util.Comparator.comparingInt(p -> switch (p.status()) {
            case PUBLISHED -> 4;
            case PUBLISHABLE -> 3;
            case DRAFTED -> 2;
            case WITHDRAWN -> 1;
            case NOT_PUBLISHED -> 0;
          }));
    }
  }

  private final JdbcTemplate jdbc;
  private final ItemRegister items;
  private final ReleaseChecks releaseChecks;
  private final PublicationRegister publications;
  private final int defaultMinApplicants;
  private final ProactiveSuggestions suggestions;

  public SameInformationRequests(JdbcTemplate jdbc, ItemRegister items,
      ReleaseChecks releaseChecks, PublicationRegister publications,
      ProactiveSuggestions suggestions,
      @Value("${ogi.ledger.same-information.min-applicants:2}") int defaultMinApplicants) {
    this.suggestions = suggestions;
    this.jdbc = jdbc;
    this.items = items;
    this.releaseChecks = releaseChecks;
    this.publications = publications;
    this.defaultMinApplicants = Math.max(2, defaultMinApplicants);
  }

  /** N when the reader gives none (setting {@code ogi.ledger.same-information.min-applicants}). */
  public int defaultMinApplicants() {
    return defaultMinApplicants;
  }

  private record Delivered(String trackingNumber, String applicant, LocalDate deliveredOn) {}

  /**
   * The groups of information released in replies delivered in {@code year} that at least
   * {@code minApplicants} different applicants asked for, most applicants first.
   */
  public List<Group> of(int year, int minApplicants) {
    List<Delivered> delivered = jdbc.query("""
        SELECT tracking_number, id_type, id_number, applicant_name, delivered_on FROM ogi_case
        WHERE status = ? AND delivered_on >= ? AND delivered_on < ?
        ORDER BY delivered_on, tracking_number""",
        (rs, i) -> new Delivered(rs.getString(1), applicant(rs.getString(2), rs.getString(3),
            rs.getString(4)), rs.getDate(5).toLocalDate()),
        CaseRegister.Status.DELIVERED.name(), Date.valueOf(LocalDate.of(year, 1, 1)),
        Date.valueOf(LocalDate.of(year + 1, 1, 1)));
    // Union of items naming the same information (SameInformation is not transitive by itself:
    // a title may share its 文号 with one item and its wording with another).
    List<Asked> released = new ArrayList<>();
    List<String> applicantOf = new ArrayList<>();
    for (Delivered d : delivered) {
      boolean objectionUpheld = releaseChecks.objectionUpheld(d.trackingNumber());
      List<Item> ofRequest = items.of(d.trackingNumber());
      Map<Long, LocalDate> suggested = suggestions.suggestedOn(ofRequest.stream()
          .map(Item::id).toList());
      Map<Long, ProactiveSuggestions.Answer> answered = suggested.isEmpty() ? Map.of()
          : suggestions.answers(suggested.keySet());
      for (Item item : ofRequest) {
        if (item.finding() != ItemFinding.HELD || item.review() == null) {
          continue;
        }
        ItemSummary.Result result = ItemSummary.resultOf(item, objectionUpheld);
        if (result != ItemSummary.Result.RELEASED && result != ItemSummary.Result.REDACTED) {
          continue;
        }
        released.add(new Asked(d.trackingNumber(), item.seq(), item.title(), d.deliveredOn(),
            publications.byItem(item.id()).orElse(null), suggested.get(item.id()),
            answered.get(item.id())));
        applicantOf.add(d.applicant());
      }
    }
    int[] parent = new int[released.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      for (int j = 0; j < i; j++) {
        if (SameInformation.same(released.get(i).title(), released.get(j).title())) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      members.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Group> groups = new ArrayList<>();
    for (List<Integer> group : members.values()) {
      Set<String> applicants = new HashSet<>();
      group.forEach(i -> applicants.add(applicantOf.get(i)));
      List<Asked> asked = group.stream().map(released::get).toList();
      // An applicant's suggestion (Art. 44, second sentence) asks for the agency's review on
      // its own, however few applicants asked for the information (ADR 0162).
      if (applicants.size() < minApplicants
          && asked.stream().allMatch(a -> a.suggestedOn() == null)) {
        continue;
      }
      String documentNumber = asked.stream()
          .map(a -> SameInformation.documentNumberOf(a.title())).filter(n -> n != null)
          .findFirst().orElse(null);
      groups.add(new Group(mostAsked(asked), documentNumber, applicants.size(), asked));
    }
    groups.sort(java.util.Comparator.comparingInt(Group::applicants).reversed()
        .thenComparing(java.util.Comparator.comparingInt(Group::suggestions).reversed()));
    return groups;
  }

  /** The title most requests of the group used (the earliest delivered on a tie). */
  static String mostAsked(List<Asked> asked) {
    Map<String, Integer> uses = new LinkedHashMap<>();
    asked.forEach(a -> uses.merge(a.title(), 1, Integer::sum));
    String best = asked.get(0).title();
    for (Map.Entry<String, Integer> e : uses.entrySet()) {
      if (e.getValue() > uses.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Who asked: the identity document where registered, else the name as written. */
  static String applicant(String idType, String idNumber, String name) {
    return SameInformation.applicantKey(idType, idNumber, name);
  }
}
