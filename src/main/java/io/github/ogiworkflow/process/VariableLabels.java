package io.github.ogiworkflow.process;

/**
 * The Chinese name of any variable, also of one the submitted form does not show (a server
 * variable such as 答辩期限, a field of another kind of task): for refusals written by layers that
 * may not use the audit package, which keeps the names (audit 37a, F10).
 */
public interface VariableLabels {

  /** The variable's general Chinese label, never its id; "该项" for one nobody labels. */
  String label(String variable);
}
