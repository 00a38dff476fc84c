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

  private final String label;

  WithdrawalForm(String label) {
    this.label = label;
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
