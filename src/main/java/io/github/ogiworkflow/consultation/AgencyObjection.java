package io.github.ogiworkflow.consultation;

import io.github.ogiworkflow.consultation.ConsultationRegister.Answer;
import io.github.ogiworkflow.consultation.ConsultationRegister.Consultation;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A co-producing agency's objection (Art. 34; audit 35a F3, ADR 0169), read from the register:
 * the case's latest consultation of the other agencies ended in an objection. It concerns the
 * case's current items made with another agency (the one letter asked about all of them).
 * Silence counts as consent (Art. 34), so only an objection is weighed.
 */
@Component
public class AgencyObjection {

  private final ConsultationRegister consultations;
  private final ItemRegister items;

  public AgencyObjection(ConsultationRegister consultations, ItemRegister items) {
    this.consultations = consultations;
    this.items = items;
  }

  /** The case's latest agency consultation, if it ended in an objection. */
  public Optional<Consultation> of(String trackingNumber) {
    return consultations.latest(trackingNumber, ConsultationKind.AGENCY)
        .filter(c -> c.answer() == Answer.OBJECTION);
  }

  /**
   * What the reviewer, the drafter and leadership read: the agencies consulted, the items
   * concerned, the date and the reasons as the register keeps them (entered in full).
   */
  public Optional<String> text(String trackingNumber) {
    return of(trackingNumber).map(c -> {
      List<String> names = items.consultees(trackingNumber, false);
      return ConsultationTexts.party("其他机关", names.isEmpty() ? null : String.join("、", names))
          + "\n" + ConsultationTexts.items(items.of(trackingNumber).stream()
              .filter(Item::otherAgency).map(item -> ConsultationTexts.quoted(item.title())))
          + "\n答复日期：" + ConsultationTexts.day(c.answeredOn())
          + "\n" + ConsultationTexts.reasons(consultations.keptOpinion(c.id()).orElse(null));
    });
  }

  /** Whether the item is one the case's agency objection concerns. */
  public boolean concerns(String trackingNumber, Item item) {
    return item.otherAgency() && of(trackingNumber).isPresent();
  }
}
