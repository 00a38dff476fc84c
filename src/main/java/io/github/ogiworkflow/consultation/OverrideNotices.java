package io.github.ogiworkflow.consultation;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.consultation.ConsultationRegister.Answer;
import io.github.ogiworkflow.consultation.ConsultationRegister.Consultation;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.register.ItemRegister.ObjectedItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Art. 32, 15 (audit 35a F1, F5; ADR 0166, 0171): the 公开决定告知书 a decision to disclose over
 * third parties' objections needs, one per objecting party: the party's consultation of the
 * latest round and only its items the reviews release. From the register, whatever a client
 * wrote into a variable; the notice step, its service step and the release check all read it
 * here. And the day each notice lets the information be disclosed.
 */
@Component
public class OverrideNotices {

  /** Shown where a party's name was not entered with its items. */
  public static final String UNNAMED_PARTY = "未写明名称的第三方";

  /** One notice: the objecting party's consultation and its items the reviews release. */
  public record PartyNotice(Consultation consultation, List<Item> items) {

    /** The party's name as letters and forms show it. */
    public String partyText() {
      return consultation.party() == null ? UNNAMED_PARTY : consultation.party();
    }
  }

  private final ItemRegister items;
  private final ConsultationRegister consultations;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties limits;

  public OverrideNotices(ItemRegister items, ConsultationRegister consultations,
      WorkingDayCalendar calendar, DeadlineProperties limits) {
    this.items = items;
    this.consultations = consultations;
    this.calendar = calendar;
    this.limits = limits;
  }

  /**
   * The notices the case needs, in the order the consultations were opened: for every objection
   * of the latest round, the objecting party's items that the reviews release. A party whose
   * items are all withheld by their reviews gets none (先审查、后公开). A consultation from before
   * ADR 0166 (no party, one letter to all) covers every released item not named to another.
   */
  public List<PartyNotice> needed(String trackingNumber) {
    List<Consultation> objections = consultations.latestThirdPartyRound(trackingNumber).stream()
        .filter(c -> c.answer() == Answer.OBJECTION).toList();
    List<Item> released = OverrideNoticeDelegates.releasedThirdPartyItems(items, trackingNumber);
    if (objections.isEmpty() || released.isEmpty()) {
      return List.of();
    }
    Map<Long, String> partyOf = new java.util.HashMap<>();
    for (ObjectedItem objected : items.objectedItems(trackingNumber)) {
      if (objected.thirdPartyName() != null) {
        partyOf.put(objected.id(), objected.thirdPartyName());
      }
    }
    Map<Consultation, List<Item>> byParty = new LinkedHashMap<>();
    Optional<Consultation> unnamed = objections.stream().filter(c -> c.party() == null)
        .findFirst();
    for (Item item : released) {
      String party = partyOf.get(item.id());
      Optional<Consultation> own = objections.stream()
          .filter(c -> c.party() != null && c.party().equals(party)).findFirst()
          .or(() -> unnamed);
      own.ifPresent(c -> byParty.computeIfAbsent(c, k -> new ArrayList<>()).add(item));
    }
    return byParty.entrySet().stream()
        .sorted(Comparator.comparingLong(e -> e.getKey().id()))
        .map(e -> new PartyNotice(e.getKey(), List.copyOf(e.getValue()))).toList();
  }

  /** The working days the third party has from the notice's service (ogi.deadlines). */
  public int waitingWorkingDays() {
    return limits.overrideDisclosureWorkingDays();
  }

  /** The day a notice issued today states; see {@link #statedDisclosureDay}. */
  public LocalDate statedDisclosureDay(LocalDate issuedOn) {
    return statedDisclosureDay(calendar, issuedOn, limits.letterServiceWorkingDays(),
        limits.overrideDisclosureWorkingDays());
  }

  /** The day from which a notice lets its items be disclosed; see {@link #disclosureDay}. */
  public LocalDate disclosureDay(Consultation notice) {
    return disclosureDay(calendar, notice.overrideDisclosureOn(), notice.overrideNoticeServedOn(),
        limits.overrideDisclosureWorkingDays());
  }

  /**
   * The day the notice states: the office's standard for recording a letter's service
   * ({@code serviceDays} working days after its issue, ADR 0122), then the third party's
   * {@code waitingDays} full working days; disclosure on the next working day.
   */
  static LocalDate statedDisclosureDay(WorkingDayCalendar calendar, LocalDate issuedOn,
      int serviceDays, int waitingDays) {
    return calendar.addWorkingDays(issuedOn, serviceDays + waitingDays + 1);
  }

  /**
   * The first day the information may reach the applicant: the day the notice stated, or later
   * when the notice was served late: the working day after {@code waitingDays} full working days
   * from its service, the service day not counted (served Thu 26 Feb 2026 with 15: the third
   * party's days run to Wed 18 Mar, disclosure from Thu 19 Mar). Never earlier than stated: the
   * third party was told that day. Null while the service is not recorded, and for a notice
   * issued before ADR 0171, which stated no day (its reply is not held: nobody was told of one).
   */
  static LocalDate disclosureDay(WorkingDayCalendar calendar, LocalDate stated,
      LocalDate servedOn, int waitingDays) {
    if (servedOn == null || stated == null) {
      return null;
    }
    LocalDate fromService = calendar.addWorkingDays(servedOn, waitingDays + 1);
    return fromService.isAfter(stated) ? fromService : stated;
  }
}
