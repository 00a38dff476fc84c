package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.online.OnlineRegister;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The daily limit of online submissions per identity document (ADR 0163's open point, decided
 * in ADR 0175; audit 34a F7): {@code ogi.public.daily-limit-per-identity} applications a Beijing
 * day under one 证件类型 and 证件号码 (default {@value #DEFAULT}; 0 turns it off). Checked inside the
 * registration's transaction while it holds the year's tracking-number counter row (ADR 0012), so
 * concurrent submissions count each other on every node; over the limit the submission is
 * refused with 429 in Chinese and nothing is written (the number is not used up). The
 * integration tests and the intake benchmark set a limit far above what they submit, so the
 * check still runs there.
 */
@Component
public class DailySubmissionLimit {

  static final int DEFAULT = 10;

  private volatile int perIdentity;
  private final OnlineRegister online;

  public DailySubmissionLimit(OnlineRegister online,
      @Value("${ogi.public.daily-limit-per-identity:" + DEFAULT + "}") int perIdentity) {
    if (perIdentity < 0) {
      throw new IllegalArgumentException("ogi.public.daily-limit-per-identity must be 0 (off) or"
          + " positive, was " + perIdentity);
    }
    this.online = online;
    this.perIdentity = perIdentity;
  }

  /** Refuses (429) the identity's next submission on {@code today} once the limit is reached. */
  void check(String idType, String idNumber, LocalDate today) {
    int limit = perIdentity;
    if (limit == 0 || idType == null || idNumber == null) {
      return;
    }
    Instant from = today.atStartOfDay(OfficeTime.ZONE).toInstant();
    Instant to = today.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant();
    if (online.submissionsOf(idType, idNumber, from, to) >= limit) {
      throw new PublicApiException(HttpStatus.TOO_MANY_REQUESTS,
          "daily submissions of this identity document reached " + limit,
          "同一证件号码每日通过网上申请平台提交的政府信息公开申请不超过" + limit + "件，今日已达上限；"
              + "请明日再提交，或者当面、邮寄提交申请");
    }
  }

  /** The limit now (0: off). */
  int perIdentity() {
    return perIdentity;
  }

  /** For tests in the shared context: a lower limit for one test, restored afterwards. */
  void setPerIdentity(int perIdentity) {
    this.perIdentity = perIdentity;
  }
}
