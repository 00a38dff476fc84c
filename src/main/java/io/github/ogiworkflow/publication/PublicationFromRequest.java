package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_ITEMS;
import static io.github.ogiworkflow.process.ProcessVariables.SOURCE_REQUEST;

import io.github.ogiworkflow.process.ProcessKeys;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.Spin;

/**
 * Art. 44: the answer to a request becomes a proactive publication in one step. The request's
 * reviewed items are carried over with their one review (never reviewed again); the batch goes
 * straight to the approval rules and the publish step.
 */
public final class PublicationFromRequest {

  private PublicationFromRequest() {}

  /**
   * Starts the publication. Each item names the request's {@code itemId} and the publication
   * attributes (category, channels, publishingUnit, attribute; title defaults to the item's).
   * Returns the batch number. Runs under the caller's engine authorization.
   */
  public static String publishFromRequest(RuntimeService runtime, String trackingNumber,
      List<Map<String, Object>> items) {
    return runtime.startProcessInstanceByKey(ProcessKeys.PROACTIVE_DISCLOSURE,
        startVariables(trackingNumber, items)).getBusinessKey();
  }

  public static Map<String, Object> startVariables(String trackingNumber,
      List<Map<String, Object>> items) {
    return Map.of(SOURCE_REQUEST, trackingNumber, PUBLICATION_ITEMS, Spin.JSON(items));
  }
}
