package io.github.ogiworkflow.consultation;

import io.github.ogiworkflow.consultation.ConsultationRegister.Answer;
import io.github.ogiworkflow.consultation.ConsultationRegister.Consultation;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A third party that was consulted and stayed silent for its 15 working days (Art. 32; audit 35a
 * F4, ADR 0172), read from the register: the latest round's consultations that ended as silence.
 * Art. 32 leaves the decision to the agency ("由行政机关依照本条例的规定决定是否公开"): the
 * reviewer of the party's items, 审核答复书 and 领导审批答复 see whom, which items (with their
 * review's conclusion once there is one), the period, and any answer that came after it.
 */
@Component
public class ThirdPartySilence {

  private final ConsultationRegister consultations;
  private final ItemRegister items;

  public ThirdPartySilence(ConsultationRegister consultations, ItemRegister items) {
    this.consultations = consultations;
    this.items = items;
  }

  /** The latest round's third-party consultations that ended as silence. */
  public List<Consultation> silent(String trackingNumber) {
    return consultations.latestThirdPartyRound(trackingNumber).stream()
        .filter(c -> c.answer() == Answer.SILENCE).toList();
  }

  /**
   * The items of the latest round's silent parties whose answer after the period was an
   * objection (Art. 32; ADR 0172, 0179): kept beside the silence, weighed by leadership.
   */
  public java.util.Set<Long> lateObjectedItemIds(String trackingNumber) {
    return silent(trackingNumber).stream().filter(c -> c.lateAnswer() == Answer.OBJECTION)
        .flatMap(c -> itemIdsOf(trackingNumber, c).stream())
        .collect(Collectors.toSet());
  }

  /** Every silent party of the case, one paragraph each; empty when none stayed silent. */
  public Optional<String> text(String trackingNumber) {
    List<String> parts = new ArrayList<>();
    for (Consultation silence : silent(trackingNumber)) {
      parts.add(paragraph(trackingNumber, silence));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
  }

  /** The paragraph of the silent party whose information the item is; empty for other items. */
  public Optional<String> textForItem(String trackingNumber, long itemId) {
    return silent(trackingNumber).stream()
        .filter(c -> itemIdsOf(trackingNumber, c).contains(itemId)).findFirst()
        .map(c -> paragraph(trackingNumber, c));
  }

  /**
   * The current items the consultation asked about: its party's (ADR 0166); for a consultation
   * from before, which named no party, every item of a third party whose name was not entered,
   * or every third-party item when all names were entered (the one letter went to all).
   */
  public List<Long> itemIdsOf(String trackingNumber, Consultation consultation) {
    List<Long> ids = items.thirdPartyItemIds(trackingNumber, consultation.party());
    if (consultation.party() == null && ids.isEmpty()) {
      return items.of(trackingNumber).stream().filter(Item::thirdParty).map(Item::id).toList();
    }
    return ids;
  }

  private String paragraph(String trackingNumber, Consultation silence) {
    Map<Long, Item> byId = items.of(trackingNumber).stream()
        .collect(Collectors.toMap(Item::id, Function.identity()));
    String titles = ConsultationTexts.items(itemIdsOf(trackingNumber, silence).stream()
        .map(byId::get).filter(item -> item != null).map(item -> ConsultationTexts.quoted(
            item.title()) + (item.review() == null || item.review().conclusion() == null ? ""
                : "（保密审查结论：" + item.review().conclusion().label() + "）")));
    StringBuilder text = new StringBuilder()
        .append(ConsultationTexts.party("第三方", silence.party()))
        .append("\n").append(titles)
        .append("\n征求意见函送达日期：").append(ConsultationTexts.day(silence.servedOn()))
        .append("；答复期限：").append(ConsultationTexts.day(silence.dueOn()))
        .append("\n期限内未提出意见：由本机关依照条例的规定决定是否公开（条例第三十二条）");
    if (silence.lateAnswer() != null) {
      text.append("\n逾期答复：").append(silence.lateAnswer() == Answer.OBJECTION ? "不同意公开" : "同意公开")
          .append("；收到日期：").append(ConsultationTexts.day(silence.lateReceivedOn()));
      if (silence.postedOn() != null) {
        text.append("；邮戳日期：").append(ConsultationTexts.day(silence.postedOn()));
      }
      if (silence.lateAnswer() == Answer.OBJECTION) {
        text.append("\n")
            .append(ConsultationTexts.reasons(consultations.lateOpinion(silence.id()).orElse(null)));
      }
      text.append("\n该答复在答复期限届满后提出，不是期限内的意见；请在审查、审批中予以考虑");
    }
    return text.toString();
  }
}
