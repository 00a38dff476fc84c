package io.github.ogiworkflow.consultation;

import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Which consultations a case needs, from its held items: one instance of the consultation
 * subprocess per third party (Art. 15, 32: each party is asked about its own information only,
 * with its own letter, period and answer; ADR 0166), then one for the co-producing agencies. An
 * empty list skips the subprocess.
 */
@Component("consultationPlanner")
public class ConsultationPlanner {

  /** The multi-instance's counter: which element of the collection an instance runs. */
  static final String LOOP_COUNTER = "loopCounter";

  private final ItemRegister items;

  public ConsultationPlanner(ItemRegister items) {
    this.items = items;
  }

  public List<String> kinds(DelegateExecution execution) {
    String trackingNumber = execution.getProcessBusinessKey();
    List<Item> caseItems = items.of(trackingNumber);
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < items.thirdParties(trackingNumber).size(); i++) {
      kinds.add(ConsultationKind.THIRD_PARTY.name());
    }
    if (caseItems.stream().anyMatch(Item::otherAgency)) {
      kinds.add(ConsultationKind.AGENCY.name());
    }
    return kinds;
  }

  /**
   * The third party a third-party instance consults: the party at the instance's place in
   * {@link #kinds} (the third parties come first, in item order; null for the items whose third
   * party was not named). From the register when the instance starts, in the transaction that
   * computed the collection.
   */
  public String partyOf(DelegateExecution execution) {
    List<String> parties = items.thirdParties(execution.getProcessBusinessKey());
    Object counter = execution.getVariable(LOOP_COUNTER);
    if (!(counter instanceof Integer index) || index < 0 || index >= parties.size()) {
      throw new IllegalStateException("No third party for consultation instance " + counter
          + " of " + execution.getProcessBusinessKey());
    }
    return parties.get(index);
  }
}
