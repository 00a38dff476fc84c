package io.github.ogiworkflow.consultation;

import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Which consultations a case needs, from its held items: one instance of the consultation
 * subprocess per kind. An empty list skips the subprocess.
 */
@Component("consultationPlanner")
public class ConsultationPlanner {

  private final ItemRegister items;

  public ConsultationPlanner(ItemRegister items) {
    this.items = items;
  }

  public List<String> kinds(DelegateExecution execution) {
    List<Item> caseItems = items.of(execution.getProcessBusinessKey());
    List<String> kinds = new ArrayList<>();
    if (caseItems.stream().anyMatch(Item::thirdParty)) {
      kinds.add(ConsultationKind.THIRD_PARTY.name());
    }
    if (caseItems.stream().anyMatch(Item::otherAgency)) {
      kinds.add(ConsultationKind.AGENCY.name());
    }
    return kinds;
  }
}
