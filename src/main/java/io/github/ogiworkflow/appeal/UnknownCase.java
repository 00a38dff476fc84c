package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.process.InvalidInput;

/** An appeal event names a tracking number the register does not know (the endpoints: 404). */
public class UnknownCase extends InvalidInput {

  public UnknownCase(String trackingNumber) {
    super("No case " + trackingNumber + "（受理编号" + trackingNumber + "不存在）");
  }
}
