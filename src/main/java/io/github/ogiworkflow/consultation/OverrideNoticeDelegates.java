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
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Art. 32: when leadership decides to disclose although the third party objected, because
 * withholding would seriously harm the public interest, the agency tells the third party in
 * writing what it will disclose and why (公开决定告知书（第三方）), before the reply is released.
 * The release check ({@code reply/ReleaseChecks}) refuses delivery until the notice's service is
 * recorded.
 *
 * <p>先审查、后公开 (handbook §2.7): a decision to disclose is made only about items the agency's
 * own secrecy review released. The model asks the public-interest question after 逐项保密审查 and
 * only for such items; the notice itself names only them and is refused without one, whatever
 * route led to it (an earlier model version, a process-instance modification; ADR 0088).
 */
@Configuration(proxyBeanMethods = false)
public class OverrideNoticeDelegates {

  /** 发出公开决定告知书（第三方）: the items concerned and the office's public-interest reason. */
  @Bean
  JavaDelegate sendOverrideNoticeDelegate(CaseLetters letters, ItemRegister items,
      ConsultationRegister consultations) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      Consultation objection = consultations.latestThirdParty(trackingNumber).orElseThrow(() ->
          new IllegalStateException("No third-party consultation for " + trackingNumber));
      // One notice per objecting party is not built yet (ADR 0166): refused before the notice
      // could name one party's information to another (Art. 15), whatever route led here.
      requireOneObjectingParty(items, trackingNumber);
      List<Item> released = releasedThirdPartyItems(items, trackingNumber);
      if (released.isEmpty()) {
        throw new InvalidInput(OVERRIDE_APPROVAL + ": no item of the third party has a secrecy"
            + " review that releases it, so there is nothing to disclose over its objection"
            + "（涉及第三方的信息项均未经保密审查确定可以公开（先审查、后公开），不能决定公开，"
            + "也不能向第三方发出公开决定告知书；请先完成逐项保密审查）");
      }
      LocalDate today = OfficeTime.today();
      letters.send(trackingNumber, LetterKind.OVERRIDE_NOTICE, Map.of(
          // The party whose objection is overridden (ADR 0166), not every third party of the
          // case: a consenting party is not told of another's information.
          "addressee", objection.party() != null ? objection.party()
              : ConsultationDelegates.addressee(items, trackingNumber,
                  ConsultationKind.THIRD_PARTY),
          "consultedOn", CaseLetters.chinese(objection.letterSentOn()),
          // Only what will be disclosed: an item its review withholds is not the third party's
          // concern in this decision (the reply refuses it on the review's ground).
          "items", CaseLetters.numbered(released.stream().map(Item::title).toList()),
          // As entered, from the register (the variable is masked, audit 30b F4), with the
          // personal data of anyone it names masked: the notice goes to the third party (audit
          // 32a F2, ADR 0131).
          "reason", PersonalDataMasker.maskFreeTextInLetter(
              consultations.overrideReason(objection.id()).orElseGet(() ->
                  Vars.requiredText(execution, OVERRIDE_REASON, "公共利益理由")))));
      consultations.overrideNoticeSent(objection.id(), today);
      execution.setVariable(OVERRIDE_NOTICE_ISSUED_ON, today.toString());
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
   * Leadership may decide to disclose over an objection only while the objected, releasable
   * items belong to one third party: the 公开决定告知书 goes to that party and names its items
   * only; a second objecting party would otherwise read the first's information or get no notice
   * (Art. 15, 32; ADR 0166). Refused on {@code overrideApproval} with the parties named.
   */
  public static void requireOneObjectingParty(ItemRegister items, String trackingNumber) {
    Set<Long> released = releasedThirdPartyItems(items, trackingNumber).stream()
        .map(Item::id).collect(Collectors.toSet());
    Set<String> parties = items.objectedItems(trackingNumber).stream()
        .filter(objected -> objected.supersededOn() == null && released.contains(objected.id()))
        .map(objected -> objected.thirdPartyName() == null ? "未写明名称的第三方"
            : objected.thirdPartyName())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    if (parties.size() > 1) {
      throw new InvalidInput(OVERRIDE_APPROVAL + ": more than one objecting third party;"
          + " one override notice per party is not supported yet（" + String.join("、", parties)
          + "分别对各自的信息项提出异议：公开决定告知书须分别告知各第三方，且不得向一方写明另一方的信息，"
          + "本系统尚不能分别发出。请作出不同意公开的决定，或报系统管理员处理）");
    }
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
   * Leaving 登记公开决定告知书送达: the service date, not in the future and not before the notice
   * went out (400 on the form otherwise), is the register's proof that the third party was told.
   */
  @Bean
  ExecutionListener recordOverrideNoticeServiceListener(ConsultationRegister consultations) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      Consultation objection = consultations.latestThirdParty(trackingNumber).orElseThrow(() ->
          new IllegalStateException("No third-party consultation for " + trackingNumber));
      LocalDate servedOn = ConsultationDelegates.dateBetween(execution,
          OVERRIDE_NOTICE_SERVED_ON, "告知书送达日期", objection.overrideNoticeSentOn(),
          "告知书发出日期");
      consultations.overrideNoticeServed(objection.id(), servedOn);
    };
  }
}
