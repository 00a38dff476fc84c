package io.github.ogiworkflow.ledger;

/**
 * What a line of the ledger is: a request (依申请公开, Art. 27), a complaint or report without a
 * request (申诉、举报, Art. 51, its own number SSJB-…, ADR 0037) or a proactive-disclosure batch
 * (主动公开, ZDGK-…, Art. 26). A complaint about a request stays with that request.
 */
public enum LedgerKind {
  REQUEST("依申请公开"), COMPLAINT("申诉举报"), PUBLICATION("主动公开");

  private final String label;

  LedgerKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
