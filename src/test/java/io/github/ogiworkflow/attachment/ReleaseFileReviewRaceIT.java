package io.github.ogiworkflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.attachment.AttachmentRegister.Attachment;
import io.github.ogiworkflow.attachment.Attachments.Upload;
import io.github.ogiworkflow.attachment.OnlineCases.Applied;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.NewItem;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import io.github.ogiworkflow.support.IntegrationTest;

/**
 * Audit 33b, F3 (ADR 0142): a release file (拟公开) uploaded while its item's review is being
 * written. The two meet on the item's row: the review, written while the upload's transaction
 * is still open, waits for it and then sees the file; an upload while the review's transaction
 * is open waits and is refused. Never does delivery count as reviewed a file the review's
 * transaction could not see (先审查、后公开). Each side's transaction is held open on purpose, so
 * the order is decided by the test, not by chance.
 */
@IntegrationTest
class ReleaseFileReviewRaceIT {

  /** How long a held transaction waits for the other side (below H2's lock timeout). */
  private static final long HOLD_MILLIS = 500;

  @Autowired TestRestTemplate rest;
  @Autowired Attachments attachments;
  @Autowired AttachmentRegister register;
  @Autowired ItemRegister items;
  @Autowired PlatformTransactionManager transactions;

  private long heldItem(String tn) {
    items.add(tn, List.of(new NewItem("2025年行政许可统计表", ItemFinding.HELD, null, null, false,
        false)));
    return items.of(tn).get(0).id();
  }

  private static Review releasable() {
    return new Review("lina", ReviewConclusion.RELEASABLE, null, null, null, null, false, null);
  }

  /** The item's release files delivery would hand out: uploaded until the review (as it reads). */
  private Set<Long> countedAsReviewed(long itemId) {
    Instant reviewedAt = items.reviewedAt(itemId).orElseThrow();
    return register.ofItem(itemId).stream()
        .filter(a -> a.purpose() == AttachmentPurpose.RELEASE)
        .filter(a -> !a.uploadedAt().isAfter(reviewedAt)).map(Attachment::id)
        .collect(Collectors.toSet());
  }

  @Test
  void aReviewWrittenWhileAReleaseFileIsBeingUploadedSeesTheFile() throws Exception {
    Applied applied = OnlineCases.apply(rest, "EMAIL");
    String tn = applied.trackingNumber();
    long itemId = heldItem(tn);
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch uploaded = new CountDownLatch(1);
    CountDownLatch reviewed = new CountDownLatch(1);
    AtomicReference<Throwable> failed = new AtomicReference<>();
    AtomicReference<Set<Long>> seenByReview = new AtomicReference<>();

    Thread upload = new Thread(() -> {
      try {
        tx.executeWithoutResult(status -> {
          attachments.upload(tn, Long.toString(itemId), "RELEASE",
              new Upload("拟公开.pdf", SampleFiles.pdf()), "zhangwei");
          uploaded.countDown();
          try {
            // The bytes still being written: the transaction stays open a while.
            reviewed.await(HOLD_MILLIS, TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      } catch (Throwable t) {
        failed.set(t);
        uploaded.countDown();
      }
    });
    Thread review = new Thread(() -> {
      try {
        uploaded.await();
        tx.executeWithoutResult(status -> {
          items.recordReview(itemId, releasable());
          // What the reviewer's transaction has, as it writes the review.
          seenByReview.set(register.ofItem(itemId).stream().map(Attachment::id)
              .collect(Collectors.toSet()));
        });
      } catch (Throwable t) {
        failed.set(t);
      } finally {
        reviewed.countDown();
      }
    });
    upload.start();
    review.start();
    upload.join();
    review.join();

    assertThat(failed.get()).isNull();
    assertThat(countedAsReviewed(itemId)).as("counted as reviewed")
        .isNotEmpty().isSubsetOf(seenByReview.get());
  }

  @Test
  void aReleaseFileUploadedWhileTheReviewIsBeingWrittenIsRefused() throws Exception {
    Applied applied = OnlineCases.apply(rest, "EMAIL");
    String tn = applied.trackingNumber();
    long itemId = heldItem(tn);
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch reviewWritten = new CountDownLatch(1);
    CountDownLatch uploadDone = new CountDownLatch(1);
    AtomicReference<Throwable> uploadFailed = new AtomicReference<>();
    AtomicReference<Set<Long>> seenByReview = new AtomicReference<>();

    Thread review = new Thread(() -> tx.executeWithoutResult(status -> {
      items.recordReview(itemId, releasable());
      seenByReview.set(register.ofItem(itemId).stream().map(Attachment::id)
          .collect(Collectors.toSet()));
      reviewWritten.countDown();
      try {
        uploadDone.await(HOLD_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    Thread upload = new Thread(() -> {
      try {
        reviewWritten.await();
        attachments.upload(tn, Long.toString(itemId), "RELEASE",
            new Upload("拟公开.pdf", SampleFiles.pdf()), "zhangwei");
      } catch (Throwable t) {
        uploadFailed.set(t);
      } finally {
        uploadDone.countDown();
      }
    });
    review.start();
    upload.start();
    review.join();
    upload.join();

    assertThat(uploadFailed.get()).as("the upload is refused on itemId")
        .isInstanceOf(AttachmentRejected.class)
        .hasMessageContaining("该信息项已完成保密审查");
    assertThat(register.ofItem(itemId)).isEmpty();
    assertThat(seenByReview.get()).isEmpty();
  }
}
