package io.github.ogiworkflow.publicapi;

import java.util.concurrent.CompletableFuture;

/**
 * A registered online application whose case is to start, and the request waiting for it:
 * {@code started} completes after the start committed (true: started now; false: it had been
 * started already) or exceptionally when it failed (the register row stays for
 * {@link PendingOnlineStarts}).
 */
record WaitingStart(String trackingNumber, ApplicationForm form,
    CompletableFuture<Boolean> started) {

  WaitingStart(String trackingNumber, ApplicationForm form) {
    this(trackingNumber, form, new CompletableFuture<>());
  }
}
