package io.github.ogiworkflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Our classpath files win over the same paths in the Camunda webjar when the app serves them. */
@IntegrationTest
class WebappLocalesIT {

  @Autowired TestRestTemplate rest;

  @Test
  void servesOurChineseLocaleAndBrandedConfig() {
    ResponseEntity<String> zh = rest.getForEntity("/camunda/app/tasklist/locales/zh.json", String.class);
    assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(zh.getBody()).contains("\"CLAIM_TASK\": \"认领\"");

    ResponseEntity<String> config = rest.getForEntity("/camunda/app/cockpit/scripts/config.js", String.class);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getBody())
        .contains("availableLocales: ['zh']")
        .contains("vendor: '示范市市场监督管理局'")
        .contains("name: '监控中心'");

    assertThat(rest.getForObject("/camunda/app/admin/styles/user-styles.css", String.class))
        .contains(".ce-eol-banner");
    // Admin's permission names in Chinese (the e2e run shows them).
    assertThat(rest.getForObject("/camunda/app/admin/scripts/config.js", String.class))
        .contains("customScripts: ['scripts/ogi-permissions.js']");
    assertThat(rest.getForObject("/camunda/app/admin/scripts/ogi-permissions.js", String.class))
        .contains("TASK_WORK: '办理任务'");

    // Tasklist loads our scripts for Camunda Forms (the 完成 button, Chinese, the server's
    // errors) and for the task list (search by 受理编号, sort by due date, due dates shown).
    assertThat(rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class))
        .contains("customScripts: ['scripts/ogi-forms.js', 'scripts/ogi-task-list.js',"
            + " 'scripts/ogi-admin-only.js']");
    assertThat(rest.getForEntity("/camunda/app/tasklist/scripts/ogi-forms.js",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForObject("/camunda/app/tasklist/scripts/ogi-task-list.js", String.class))
        .contains("processInstanceBusinessKey", "sortBy: 'dueDate'");
    assertThat(zh.getBody()).contains("\"PROCESS_INSTANCE_BUSINESS_KEY\": \"受理编号\"");
  }
}
