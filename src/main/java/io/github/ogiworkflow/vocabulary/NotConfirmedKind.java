package io.github.ogiworkflow.vocabulary;

/**
 * Why an online submission is not confirmed at 确认收到网上申请 (不予确认, ADR 0158): it is no
 * application, or it repeats one already submitted. Nothing else: an application that is
 * unclear, repeated after a reply, or otherwise not to be handled is received and answered
 * (补正, 不予处理; Art. 30, 36).
 */
public enum NotConfirmedKind {
  /** 空白、无法识别或者不是政府信息公开申请的内容. */
  NOT_AN_APPLICATION("空白、无法识别或者不是政府信息公开申请的内容"),
  /** 测试提交. */
  TEST("测试提交"),
  /** 同一申请重复提交 (naming the earlier submission). */
  DUPLICATE("同一申请重复提交");

  private final String label;

  NotConfirmedKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label of a kind as stored, or the stored text itself. */
  public static String labelOf(String kind) {
    for (NotConfirmedKind known : values()) {
      if (known.name().equals(kind)) {
        return known.label;
      }
    }
    return kind;
  }
}
