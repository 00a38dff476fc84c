package io.github.ogiworkflow.report;

import io.github.ogiworkflow.webapp.StaffPages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Where a drill-down list links a tracking number to: the case's audit trail page, which the
 * readers of reports (leadership, office, auditors) may all open, for running and finished
 * cases alike (Cockpit CE would show running instances only).
 */
@Component
@ConditionalOnWebApplication
class CaseViews {

  /** Tracking number → link to its audit trail. */
  Map<String, String> links(List<String> trackingNumbers) {
    Map<String, String> links = new LinkedHashMap<>();
    for (String trackingNumber : trackingNumbers) {
      links.put(trackingNumber, StaffPages.AUDIT_CASE_PAGES
          + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
    }
    return links;
  }
}
