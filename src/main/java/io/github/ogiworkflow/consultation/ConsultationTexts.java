package io.github.ogiworkflow.consultation;

import io.github.ogiworkflow.letter.CaseLetters;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lines shared by the consultation texts the reviewer, the drafter and leadership read: a
 * third party's objection ({@link ConsultationDelegates#objectionText}), a silent third party
 * ({@link ThirdPartySilence}) and a co-producing agency's objection ({@link AgencyObjection}).
 * One wording for whom, which items, which day and which reasons.
 */
final class ConsultationTexts {

  private ConsultationTexts() {}

  /** {@code 第三方：甲公司} or {@code 其他机关：…}; a party whose name was not entered says so. */
  static String party(String label, String name) {
    return label + "：" + (name == null ? "（未填写名称）" : name);
  }

  /** {@code 涉及信息项：《甲》、《乙》}, each entry already quoted (see {@link #quoted}). */
  static String items(Stream<String> entries) {
    return "涉及信息项：" + entries.collect(Collectors.joining("、"));
  }

  /** An item's title in book-title marks. */
  static String quoted(String title) {
    return "《" + title + "》";
  }

  /** A register day in Chinese, or a dash when there is none. */
  static String day(LocalDate date) {
    return date == null ? "—" : CaseLetters.chinese(date);
  }

  /** {@code 不同意公开的理由：…}; an objection kept without reasons says so. */
  static String reasons(String opinion) {
    return "不同意公开的理由：" + (opinion == null ? "（未说明理由）" : opinion);
  }
}
