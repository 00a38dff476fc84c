package io.github.ogiworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The covering index for the task query's authorization check exists after start (H2). */
@IntegrationTest
class TaskAuthorizationIndexIT {

  @Autowired JdbcTemplate jdbc;

  @Test
  void theAuthorizationTableHasTheCoveringIndexInColumnOrder() {
    List<String> columns = jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA"
        + ".INDEX_COLUMNS WHERE INDEX_NAME = ? ORDER BY ORDINAL_POSITION", String.class,
        TaskAuthorizationIndex.INDEX);
    assertThat(columns).containsExactly(
        "RESOURCE_ID_", "RESOURCE_TYPE_", "TYPE_", "GROUP_ID_", "USER_ID_", "PERMS_");
  }
}
