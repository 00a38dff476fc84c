package io.github.ogiworkflow.ledger;

import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.publication.DisclosureAttribute;
import io.github.ogiworkflow.publication.ProactiveSuggestions;
import io.github.ogiworkflow.publication.PublicationCategory;
import io.github.ogiworkflow.publication.PublicationChannel;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.springframework.stereotype.Service;

/**
 * The case page's Art. 44 offers to the office (audit 33a F9, ADR 0162), decided from the
 * register: 登记申请人建议主动公开 where the request was received and has held items no
 * suggestion names yet, and 转为主动公开 where its delivered reply released items that no
 * standing publication holds and that {@link ReleaseChecks#publicationProblems} would let
 * through. Null where there is nothing to offer. The APIs check everything again on submit.
 */
@Service
public class Art44Offers {

  private final CaseRegister cases;
  private final ItemRegister items;
  private final ReleaseChecks releaseChecks;
  private final PublicationRegister publications;
  private final ProactiveSuggestions suggestions;
  private final AgencyProperties agency;

  public Art44Offers(CaseRegister cases, ItemRegister items, ReleaseChecks releaseChecks,
      PublicationRegister publications, ProactiveSuggestions suggestions,
      AgencyProperties agency) {
    this.cases = cases;
    this.items = items;
    this.releaseChecks = releaseChecks;
    this.publications = publications;
    this.suggestions = suggestions;
    this.agency = agency;
  }

  /** 登记申请人建议主动公开: the items that may still be named, or null. */
  public Map<String, Object> suggestion(String trackingNumber, String caseApi) {
    CaseRegister.CaseRecord record = cases.find(trackingNumber)
        .filter(ProactiveSuggestions::receivedAndStanding).orElse(null);
    if (record == null) {
      return null;
    }
    LocalDate received = record.firstReceivedOn();
    List<Item> open = suggestions.open(trackingNumber);
    if (open.isEmpty()) {
      return null;
    }
    Map<String, Object> offer = new LinkedHashMap<>();
    offer.put("path", caseApi + "/proactive-suggestions");
    offer.put("receivedOn", received.toString());
    offer.put("items", open.stream().map(i -> item(i, null)).toList());
    return offer;
  }

  /**
   * 作废申请人建议主动公开登记 (ADR 0173): the standing suggestions of the request by 序号 and
   * title, or null where none stands.
   */
  public Map<String, Object> suggestionVoid(String trackingNumber, String caseApi) {
    // One choice per 序号, the one the void takes (ProactiveSuggestions.voidSuggestions): the
    // current item's suggestion before one of an item a correction superseded.
    Set<Integer> offered = new HashSet<>();
    List<Map<String, Object>> standing = suggestions.of(trackingNumber).stream()
        .filter(s -> !s.voided())
        .sorted(Comparator.comparing(ProactiveSuggestions.Suggestion::superseded))
        .filter(s -> offered.add(s.seq())).map(s -> {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("seq", s.seq());
          item.put("title", PersonalDataMasker.mask(s.title()));
          item.put("suggestedOn", s.suggestedOn().toString());
          return item;
        }).toList();
    if (standing.isEmpty()) {
      return null;
    }
    Map<String, Object> offer = new LinkedHashMap<>();
    offer.put("path", caseApi + "/proactive-suggestions/void");
    offer.put("items", standing);
    return offer;
  }

  /**
   * 答复申请人建议主动公开 (ADR 0183): the standing suggestions not yet answered, by 序号 and
   * title, with the choices, or null where none is left to answer.
   */
  public Map<String, Object> suggestionAnswer(String trackingNumber, String caseApi) {
    Set<Integer> offered = new HashSet<>();
    List<Map<String, Object>> open = suggestions.of(trackingNumber).stream()
        .filter(s -> !s.voided())
        .sorted(Comparator.comparing(ProactiveSuggestions.Suggestion::superseded))
        .filter(s -> offered.add(s.seq()))
        .filter(s -> s.answer() == null).map(s -> {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("seq", s.seq());
          item.put("title", PersonalDataMasker.mask(s.title()));
          item.put("suggestedOn", s.suggestedOn().toString());
          return item;
        }).toList();
    if (open.isEmpty()) {
      return null;
    }
    Map<String, Object> offer = new LinkedHashMap<>();
    offer.put("path", caseApi + "/proactive-suggestions/answer");
    offer.put("items", open);
    offer.put("decisions", Arrays.stream(ProactiveSuggestions.Decision.values())
        .map(d -> choice(d.name(), d.label())).toList());
    return offer;
  }

  /** 转为主动公开: the released items that may be proposed, with the choices, or null. */
  public Map<String, Object> proposal(ProcessEngineServices engine, String trackingNumber) {
    boolean delivered = cases.find(trackingNumber)
        .map(c -> CaseRegister.Status.DELIVERED.name().equals(c.status())).orElse(false);
    if (!delivered) {
      return null;
    }
    List<Item> held = items.of(trackingNumber).stream()
        .filter(i -> i.finding() == ItemFinding.HELD && i.review() != null)
        .filter(i -> publications.standingOfItem(i.id()).isEmpty())
        .filter(i -> releaseChecks.publicationProblems(engine, trackingNumber, List.of(i.id()))
            .isEmpty())
        .toList();
    if (held.isEmpty()) {
      return null;
    }
    Map<Long, LocalDate> suggested = suggestions.suggestedOn(held.stream().map(Item::id)
        .toList());
    Map<String, Object> offer = new LinkedHashMap<>();
    offer.put("path", "/api/publications/from-request/"
        + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
    offer.put("items", held.stream().map(i -> item(i, suggested.get(i.id()))).toList());
    offer.put("categories", Arrays.stream(PublicationCategory.values())
        .map(c -> choice(c.name(), c.label())).toList());
    offer.put("channels", Arrays.stream(PublicationChannel.values())
        .map(c -> choice(c.name(), c.label())).toList());
    offer.put("attribute", DisclosureAttribute.PROACTIVE.name());
    offer.put("publishingUnit", agency.name());
    return offer;
  }

  private static Map<String, Object> item(Item i, LocalDate suggestedOn) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("seq", i.seq());
    item.put("title", PersonalDataMasker.mask(i.title()));
    item.put("suggestedOn", suggestedOn == null ? null : suggestedOn.toString());
    return item;
  }

  private static Map<String, Object> choice(String value, String label) {
    Map<String, Object> choice = new LinkedHashMap<>();
    choice.put("value", value);
    choice.put("label", label);
    return choice;
  }
}
