package io.github.ogiworkflow.vocabulary;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How the applicant withdrew a request (撤回申请, ADR 0085): in writing, orally and written down
 * by the office (as an oral application is, handbook 2.1), or through the online platform.
 */
public enum WithdrawalForm {
  WRITTEN("书面"),
  ORAL("口头提出，办公室记录"),
  ONLINE("网上");

  /**
   * Working days an oral withdrawal may lie before the day the office enters it (ADR 0097): the
   * office writes it down when it is made (当场记录) and enters it within a few days; an older
   * date rests on nothing but the entry. A withdrawal made earlier is made again in writing.
   */
  public static final int ORAL_ENTRY_WORKING_DAYS = 3;

  private final String label;

  WithdrawalForm(String label) {
    this.label = label;
  }

  /**
   * The refusal, on {@code field}, of an oral withdrawal made on {@code day} ({@code chineseDay}
   * as letters print it) and entered more than {@link #ORAL_ENTRY_WORKING_DAYS} working days
   * later.
   */
  public static String oralTooOld(String field, java.time.LocalDate day, String chineseDay) {
    return field + ": an oral withdrawal made on " + day + " is entered within "
        + ORAL_ENTRY_WORKING_DAYS + " working days of being made（口头撤回须在提出后"
        + ORAL_ENTRY_WORKING_DAYS + "个工作日内登记；" + chineseDay + "提出的口头撤回已超过该期限，"
        + "请由申请人提交书面撤回申请，按书面撤回登记）";
  }

  /** Whether a withdrawal may be recorded in this form now: not online (ADR 0097). */
  public boolean recordable() {
    return this != ONLINE;
  }

  public String label() {
    return label;
  }

  /** 书面、口头提出，办公室记录、网上: the choices as a refusal names them. */
  public static String labels() {
    return Arrays.stream(values()).map(WithdrawalForm::label).collect(Collectors.joining("、"));
  }

  /** WRITTEN, ORAL, ONLINE. */
  public static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
