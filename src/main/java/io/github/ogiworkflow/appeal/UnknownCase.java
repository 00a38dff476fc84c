package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.process.InvalidInput;

/** An appeal event names a tracking number the register does not know (the endpoints: 404). */
public class UnknownCase extends InvalidInput {

  public UnknownCase(String trackingNumber) {
    // Repeated only when it looks like a tracking number: no input is echoed back raw.
    super("No case " + io.github.ogiworkflow.process.Vars.echo(trackingNumber) + "（受理编号"
        + io.github.ogiworkflow.process.Vars.echo(trackingNumber) + "不存在）");
  }
}
