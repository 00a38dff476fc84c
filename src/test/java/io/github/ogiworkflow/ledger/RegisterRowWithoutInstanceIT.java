package io.github.ogiworkflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.ogiworkflow.intake.TrackingNumbers;
import io.github.ogiworkflow.overview.DeadlineOverview;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A register row of a running counter case (status REGISTERED) with no process instance — a
 * data fault (the instance never started, or was removed by hand), as tests insert them — does
 * not take the office's views down: 领导视图, 期限监控 and the 办件台账 answer 200 and list the
 * case by its register row (its reply deadline runs), with no open task.
 */
@IntegrationTest
class RegisterRowWithoutInstanceIT {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseRegister cases;
  @Autowired TrackingNumbers trackingNumbers;

  private final List<String> inserted = new ArrayList<>();

  @AfterEach
  void setAsideInsertedRows() {
    inserted.forEach(n -> jdbc.update("UPDATE ogi_case SET status = 'VOIDED'"
        + " WHERE tracking_number = ?", n));
  }

  @Test
  void theViewsAnswerWithARegisteredRowWithoutAnInstance() {
    String counter = trackingNumbers.next(LocalDate.now().getYear());
    cases.insert(new CaseRegister.NewCase(counter, null, "IN_PERSON", "NATURAL_PERSON", "赵六",
        "RESIDENT_ID", "11010519491231002X", "13812345678", null, null, "柜台申请的政府信息",
        "PAPER", "PICK_UP", LocalDate.now(), LocalDate.now().plusDays(30)));
    inserted.add(counter);
    assertThat(jdbc.queryForObject("SELECT status FROM ogi_case WHERE tracking_number = ?",
        String.class, counter)).isEqualTo("REGISTERED");

    ResponseEntity<String> leadership = Http.get(rest, "/api/ledger/leadership", "chengang",
        null);
    assertThat(leadership.getStatusCode()).as(leadership.getBody()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> office = Http.get(rest, "/api/ledger/leadership", "wangli", null);
    assertThat(office.getStatusCode()).as(office.getBody()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> deadlines = Http.get(rest, "/api/deadlines", "wangli", null);
    assertThat(deadlines.getStatusCode()).as(deadlines.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(deadlines.getBody()).contains(counter);

    ResponseEntity<String> ledger = Http.get(rest, "/api/ledger?trackingNumber=" + counter,
        "wangli", null);
    assertThat(ledger.getStatusCode()).as(ledger.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(ledger.getBody()).contains(counter);
    ResponseEntity<String> overdue = Http.get(rest, "/api/ledger?deadline=dueSoon", "wangli",
        null);
    assertThat(overdue.getStatusCode()).as(overdue.getBody()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> page = Http.get(rest, "/api/ledger/cases/" + counter, "wangli", null);
    assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
  }

  /**
   * ADR 0184: every load of 领导视图 and 期限监控 logged the data fault at WARN again; now each row
   * is warned of once per node run and still listed. Failed on the old code (one warning per
   * load: three here).
   */
  @Test
  void theDataFaultIsWarnedOfOncePerRowAndStillListed() {
    String counter = trackingNumbers.next(LocalDate.now().getYear());
    cases.insert(new CaseRegister.NewCase(counter, null, "IN_PERSON", "NATURAL_PERSON", "赵六",
        "RESIDENT_ID", "11010519491231002X", "13812345678", null, null, "柜台申请的政府信息",
        "PAPER", "PICK_UP", LocalDate.now(), LocalDate.now().plusDays(30)));
    inserted.add(counter);
    Logger overview = (Logger) LoggerFactory.getLogger(DeadlineOverview.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    overview.addAppender(logged);
    try {
      for (int load = 0; load < 3; load++) {
        ResponseEntity<String> deadlines = Http.get(rest, "/api/deadlines", "wangli", null);
        assertThat(deadlines.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(deadlines.getBody()).contains(counter);
      }
      assertThat(Http.get(rest, "/api/ledger/leadership", "chengang", null).getStatusCode())
          .isEqualTo(HttpStatus.OK);
    } finally {
      overview.detachAppender(logged);
      logged.stop();
    }
    assertThat(logged.list.stream().filter(e -> e.getLevel() == Level.WARN)
        .filter(e -> e.getFormattedMessage().contains(counter))).hasSize(1);
  }
}
