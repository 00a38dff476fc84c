package io.github.ogiworkflow.report;

import io.github.ogiworkflow.process.ProcessKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a drill-down list links a tracking number to: the case in Cockpit while its request
 * process runs (Cockpit CE shows running instances only, and only those the reader may see
 * under engine authorizations); a finished case is listed without a link.
 */
@Component
@ConditionalOnWebApplication
class CaseViews {

  /** The register's IN list is sent in slices of this size. */
  static final int SLICE = 500;

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final String cockpit;

  CaseViews(JdbcTemplate jdbc, RuntimeService runtime,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.cockpit = webapps + "/app/cockpit/default/#/process-instance/";
  }

  /** Tracking number → link, for those of the numbers whose case can be viewed. */
  Map<String, String> links(List<String> trackingNumbers) {
    Map<String, String> links = new HashMap<>();
    for (int from = 0; from < trackingNumbers.size(); from += SLICE) {
      List<String> slice = trackingNumbers.subList(from,
          Math.min(trackingNumbers.size(), from + SLICE));
      Map<String, String> instances = new HashMap<>();
      jdbc.query("SELECT tracking_number, process_instance_id FROM ogi_case WHERE tracking_number"
          + " IN (" + slice.stream().map(n -> "?").collect(Collectors.joining(",")) + ")"
          + " AND process_instance_id IS NOT NULL", rs -> {
            instances.put(rs.getString(2), rs.getString(1));
          }, slice.toArray());
      if (instances.isEmpty()) {
        continue;
      }
      Set<String> ids = instances.keySet();
      for (ProcessInstance running : runtime.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).processInstanceIds(ids).list()) {
        links.put(instances.get(running.getId()), cockpit + running.getId() + "/runtime");
      }
    }
    return links;
  }
}
