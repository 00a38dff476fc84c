package io.github.ogiworkflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.OgiWorkflowApplication;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first start with the demo profile seeds the demo cases into a fresh database, in every
 * main state; a restart on the same database adds none.
 */
class DemoCasesIT {

  /** Cases {@link DemoCases} registers: 10 still open at a step, 10 answered or closed. */
  static final long CASES = 20;

  @TempDir Path dataDir;

  @Test
  void theFirstStartSeedsCasesInEveryStateAndARestartAddsNone() {
    String url = "jdbc:h2:file:" + dataDir.resolve("ogi-workflow") + ";DB_CLOSE_ON_EXIT=FALSE";
    try (ConfigurableApplicationContext app = start(url)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(requests(engine)).isEqualTo(CASES);

      Map<String, Long> waiting = engine.getTaskService().createTaskQuery().list().stream()
          .collect(Collectors.groupingBy(Task::getTaskDefinitionKey, Collectors.counting()));
      assertThat(waiting).containsAllEntriesOf(Map.of(
          ElementIds.TASK_CHECK_COMPLETENESS, 2L,
          ElementIds.TASK_SEARCH_AND_SPLIT, 2L,
          ElementIds.TASK_REVIEW_ITEM, 2L,
          ElementIds.TASK_EDIT_REPLY, 1L,
          ElementIds.TASK_APPROVE_REPLY, 1L,
          ElementIds.TASK_DELIVER_REPLY, 1L,
          ElementIds.TASK_RECORD_CONSULTATION_ANSWER, 1L,
          ElementIds.TASK_RECORD_SUPPLEMENT, 1L,
          ElementIds.TASK_DRAFT_ANSWER, 1L));
      // Received 40 and 45 days ago: past the 20 working days of Art. 33.
      assertThat(engine.getTaskService().createTaskQuery().dueBefore(new Date()).count())
          .isGreaterThanOrEqualTo(2);

      Set<Object> outcomes = engine.getHistoryService().createHistoricVariableInstanceQuery()
          .variableName(ProcessVariables.OUTCOME_CODE).list().stream()
          .map(HistoricVariableInstance::getValue).collect(Collectors.toSet());
      assertThat(outcomes).contains("1", "2", "3.1", "3.4", "3.6", "3.7", "4.1", "5.1", "5.2", "6.1");
      // Art. 36(五): a 4.1 reply names the responsible agency and gives its contact details.
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForList("SELECT i.responsible_agency_contact FROM ogi_info_item i"
          + " WHERE i.finding = 'NOT_HELD'", String.class)).isNotEmpty().doesNotContainNull();
      assertThat(jdbc.queryForList("SELECT body FROM ogi_reply_letter WHERE outcome_code = '4.1'",
          String.class)).isNotEmpty().allSatisfy(body -> assertThat(body)
              .contains("负责公开该政府信息的行政机关：示范市税务局；该行政机关的联系方式："));
      // 5.2 names the earlier request by its receipt date and the reply's 文号, not by the
      // internal tracking number.
      assertThat(jdbc.queryForList("SELECT body FROM ogi_reply_letter WHERE outcome_code = '5.2'",
          String.class)).isNotEmpty().allSatisfy(body -> assertThat(body)
              .contains("向本机关提出政府信息公开申请，本机关已于").doesNotContain("受理编号"));
      // Art. 36(二): released information comes with how it is provided (e-mail, as asked).
      assertThat(jdbc.queryForList("SELECT body FROM ogi_reply_letter WHERE outcome_code = '1'"
          + " AND body LIKE '%第三十六条第（二）项%'", String.class)).isNotEmpty()
          .allSatisfy(body -> assertThat(body)
              .contains("随本答复书一并发送至您提供的电子邮箱。"));
      // 3.4 without a consultation cites Art. 15, not the consultation article (Art. 32).
      assertThat(jdbc.queryForList("SELECT body FROM ogi_reply_letter WHERE outcome_code = '3.4'",
          String.class)).isNotEmpty().allSatisfy(body -> assertThat(body)
              .contains("第十五条").doesNotContain("第三十二条").containsOnlyOnce("经审查"));

      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.RECONSIDERATION).finished().count()).isOne();
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.RECONSIDERATION).unfinished().count()).isOne();
      numbersRiseWithTheirDates(app.getBean(JdbcTemplate.class));
      // The engine clock is the real one again after seeding.
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isPositive();
      assertThat(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime())
          .isCloseTo(new Date(), 60_000);
    }

    try (ConfigurableApplicationContext app = start(url)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(requests(engine)).isEqualTo(CASES);
      assertThat(app.getBean(DemoCases.class).seedOnce()).isZero();
      assertThat(requests(engine)).isEqualTo(CASES);
    }
  }

  /**
   * The steps of all cases are taken in date order, as an office takes them: tracking numbers
   * rise with the receipt dates, and each kind of letter's 文号 with the letters' dates.
   */
  private static void numbersRiseWithTheirDates(JdbcTemplate jdbc) {
    List<LocalDate> receipts = jdbc.queryForList(
        "SELECT first_received_on FROM ogi_case ORDER BY tracking_number", LocalDate.class);
    assertThat(receipts).hasSize((int) CASES).isSorted();

    Map<String, List<Integer>> numbersInDateOrder = new TreeMap<>();
    for (Map<String, Object> letter : jdbc.queryForList("SELECT kind, document_number"
        + " FROM ogi_letter WHERE document_number IS NOT NULL ORDER BY issued_on, id")) {
      Matcher number = DOCUMENT_NUMBER.matcher((String) letter.get("document_number"));
      assertThat(number.matches()).as("%s", letter).isTrue();
      numbersInDateOrder.computeIfAbsent(letter.get("kind") + " " + number.group(1),
          kind -> new ArrayList<>()).add(Integer.parseInt(number.group(2)));
    }
    assertThat(numbersInDateOrder.values().stream().mapToInt(List::size).sum())
        .as("numbered letters").isGreaterThanOrEqualTo(12);
    numbersInDateOrder.forEach((kindAndYear, numbers) ->
        assertThat(numbers).as(kindAndYear).isSorted().doesNotHaveDuplicates());
  }

  private static final Pattern DOCUMENT_NUMBER = Pattern.compile(".*〔(\\d{4})〕(\\d+)号");

  private static long requests(ProcessEngine engine) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).count();
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(OgiWorkflowApplication.class)
        .profiles("demo")
        .run(
            "--spring.datasource.url=" + url,
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--spring.jmx.enabled=false",
            "--camunda.bpm.job-execution.enabled=false");
  }
}
