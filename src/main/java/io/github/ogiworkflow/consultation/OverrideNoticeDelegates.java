package io.github.ogiworkflow.consultation;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.consultation.ConsultationRegister.Consultation;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.HeldItemReviews;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Art. 32: when leadership decides to disclose although the third party objected, because
 * withholding would seriously harm the public interest, the agency tells the third party in
 * writing what it will disclose and why (公开决定告知书（第三方）), before the reply is released.
 * Each objecting party gets its own notice naming only its items and the day from which they
 * will be disclosed (ADR 0166, 0171; {@link OverrideNotices}). The release check
 * ({@code reply/ReleaseChecks}) refuses delivery until every notice's service is recorded and
 * before each notice's day.
 *
 * <p>先审查、后公开 (handbook §2.7): a decision to disclose is made only about items the agency's
 * own secrecy review released. The model asks the public-interest question after 逐项保密审查 and
 * only for such items; the notice itself names only them and is refused without one, whatever
 * route led to it (an earlier model version, a process-instance modification; ADR 0088).
 */
@Configuration(proxyBeanMethods = false)
public class OverrideNoticeDelegates {

  /**
   * 发出公开决定告知书（第三方）: one notice per objecting third party (ADR 0166, 0171), each
   * addressed to that party alone, listing only its items the reviews release, with the office's
   * public-interest reason concerning that party (ADR 0182) and the day from which the information will be disclosed. The parties
   * are the register's ({@link OverrideNotices#needed}); the service step then runs once per
   * notice over {@code overrideNoticeParties}, set here in the same transaction.
   */
  @Bean
  JavaDelegate sendOverrideNoticeDelegate(CaseLetters letters, ItemRegister items,
      ConsultationRegister consultations, OverrideNotices notices) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      Consultation latest = consultations.latestThirdParty(trackingNumber).orElseThrow(() ->
          new IllegalStateException("No third-party consultation for " + trackingNumber));
      List<OverrideNotices.PartyNotice> needed = notices.needed(trackingNumber);
      if (needed.isEmpty()) {
        throw new InvalidInput(OVERRIDE_APPROVAL + ": no item of the third party has a secrecy"
            + " review that releases it, so there is nothing to disclose over its objection"
            + "（涉及第三方的信息项均未经保密审查确定可以公开（先审查、后公开），不能决定公开，"
            + "也不能向第三方发出公开决定告知书；请先完成逐项保密审查）");
      }
      // The office's reason as entered, from the register (the variable is masked, audit 30b
      // F4), with the personal data of anyone it names masked: the notice goes to the third
      // party (audit 32a F2, ADR 0131). Each party's own reason (ADR 0182, kept with its
      // consultation by OverrideReasonCapture); a decision made before (or on a form with one
      // field) kept one reason with the latest objection, which then serves every notice.
      java.util.function.Supplier<String> caseReason = () -> consultations
          .overrideReason(latest.id()).orElseGet(() -> needed.stream()
              .map(n -> consultations.overrideReason(n.consultation().id()))
              .flatMap(java.util.Optional::stream).findFirst().orElseGet(() ->
                  Vars.requiredText(execution, OVERRIDE_REASON, "公共利益理由")));
      LocalDate today = OfficeTime.today();
      LocalDate disclosureOn = notices.statedDisclosureDay(today);
      List<String> parties = new java.util.ArrayList<>();
      for (OverrideNotices.PartyNotice notice : needed) {
        Consultation objection = notice.consultation();
        letters.send(trackingNumber, LetterKind.OVERRIDE_NOTICE, Map.of(
            // The party whose objection is overridden (ADR 0166), not every third party of the
            // case: no party is told of another's information (Art. 15).
            "addressee", objection.party() != null ? objection.party()
                : ConsultationDelegates.addressee(items, trackingNumber,
                    ConsultationKind.THIRD_PARTY),
            "consultedOn", CaseLetters.chinese(objection.letterSentOn()),
            // Only what will be disclosed of this party's: an item its review withholds is not
            // the third party's concern in this decision (the reply refuses it on the review's
            // ground).
            "items", CaseLetters.numbered(notice.items().stream().map(Item::title).toList()),
            "reason", PersonalDataMasker.maskFreeTextInLetter(consultations
                .overrideReason(objection.id()).orElseGet(caseReason)),
            // ADR 0171: the day the information reaches the applicant, at the earliest.
            "disclosureOn", CaseLetters.chinese(disclosureOn),
            "waitingDays", String.valueOf(notices.waitingWorkingDays())));
        consultations.overrideNoticeSent(objection.id(), today, disclosureOn);
        parties.add(notice.partyText());
      }
      execution.setVariable(OVERRIDE_NOTICE_ISSUED_ON, today.toString());
      execution.setVariable(OVERRIDE_NOTICE_PARTIES, Variables.untypedValue(parties, true));
    };
  }

  /**
   * Before the gateway after 逐项保密审查: the public interest is weighed only if the third party's
   * latest consultation ended in an objection and its own review released at least one of the
   * items it is about. From the register, whatever a client wrote into the variable.
   */
  @Bean
  ExecutionListener objectedItemsReleasableListener(ConsultationRegister consultations,
      ItemRegister items) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      boolean objected = consultations.latestThirdParty(trackingNumber)
          .map(c -> c.answer() == ConsultationRegister.Answer.OBJECTION).orElse(false);
      execution.setVariable(OBJECTED_ITEMS_RELEASABLE,
          objected && !releasedThirdPartyItems(items, trackingNumber).isEmpty());
    };
  }

  /**
   * The case's current items whose third party objected (ADR 0166: not another party's items)
   * and that the agency may release: held,
   * with exactly one review, made for this case, that releases them (as is or redacted).
   */
  static List<Item> releasedThirdPartyItems(ItemRegister items, String trackingNumber) {
    Set<Long> reviewedOnce = items.heldItemReviews(trackingNumber).stream()
        .filter(h -> h.reviews() == 1
            && (h.reviewedFor() == null || h.reviewedFor().equals(trackingNumber)))
        .map(HeldItemReviews::itemId).collect(Collectors.toSet());
    return items.of(trackingNumber).stream()
        .filter(item -> item.thirdPartyObjected() && item.finding() == ItemFinding.HELD
            && item.review() != null && item.review().conclusion().releases()
            && reviewedOnce.contains(item.id()))
        .toList();
  }

  /**
   * Leaving 登记公开决定告知书送达 on a model before ADR 0171 (one service step, this listener on
   * its outgoing flow): the service date, not in the future and not before the notice went out
   * (400 on the form otherwise), is the register's proof that the third party was told. Such a
   * case with two or more objecting parties gets one notice per party from
   * 发出公开决定告知书（第三方）, which serves every model, but has one step and one date: the date
   * is every notice's not yet served (ADR 0182; the notices went out together), else the release
   * check would wait for a service no step can record.
   */
  @Bean
  ExecutionListener recordOverrideNoticeServiceListener(ConsultationRegister consultations,
      OverrideNotices notices) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      Consultation objection = consultations.latestThirdParty(trackingNumber).orElseThrow(() ->
          new IllegalStateException("No third-party consultation for " + trackingNumber));
      List<Consultation> unserved = notices.needed(trackingNumber).stream()
          .map(OverrideNotices.PartyNotice::consultation)
          .filter(c -> c.overrideNoticeSentOn() != null && c.overrideNoticeServedOn() == null)
          .toList();
      if (unserved.isEmpty()) {
        unserved = List.of(objection);
      }
      LocalDate sentOn = unserved.stream().map(Consultation::overrideNoticeSentOn)
          .filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder())
          .orElse(objection.overrideNoticeSentOn());
      LocalDate servedOn = ConsultationDelegates.dateBetween(execution,
          OVERRIDE_NOTICE_SERVED_ON, "告知书送达日期", sentOn, "告知书发出日期");
      unserved.forEach(c -> consultations.overrideNoticeServed(c.id(), servedOn));
    };
  }

  /**
   * Completing one instance of 登记公开决定告知书送达 (ADR 0171: one per notice): the service date
   * of that party's notice. The instance's notice is the register's notice to the party the
   * instance was started for, not a value the form sends.
   */
  @Bean
  TaskListener recordPartysOverrideNoticeServiceListener(ConsultationRegister consultations,
      OverrideNotices notices) {
    return task -> {
      DelegateExecution execution = task.getExecution();
      Consultation notice = sentNotice(notices, execution);
      LocalDate servedOn = ConsultationDelegates.dateBetween(execution,
          OVERRIDE_NOTICE_SERVED_ON, "告知书送达日期", notice.overrideNoticeSentOn(),
          "告知书发出日期");
      consultations.overrideNoticeServed(notice.id(), servedOn);
    };
  }

  /**
   * The notice an instance of the service step is about: see the listener above. By the party
   * the instance was started for (its element variable, set on every instance since the step
   * became one per notice, ADR 0171; shown read-only on the form), never by the instance's
   * place: a party whose notice the register no longer shows as sent is refused rather than
   * booked to whichever notice now stands at that place.
   */
  static Consultation sentNotice(OverrideNotices notices, DelegateExecution execution) {
    String trackingNumber = execution.getProcessBusinessKey();
    Object party = execution.getVariable(OVERRIDE_NOTICE_PARTY);
    return notices.needed(trackingNumber).stream()
        .filter(n -> n.consultation().overrideNoticeSentOn() != null
            && n.partyText().equals(party))
        .map(OverrideNotices.PartyNotice::consultation).findFirst()
        .orElseThrow(() -> new IllegalStateException("No override notice sent to party "
            + party + " of " + trackingNumber));
  }
}
