package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.util.List;

/**
 * What the items of a case amount to: the inputs of the {@code ReplyOutcome} table. A held
 * item's result is its review, except that an upheld third-party objection withholds the items
 * that touch the third party (Art. 32) unless leadership approved disclosure in the public
 * interest.
 */
public record ItemSummary(int itemCount, int releasedCount, int redactedCount, int withheldCount,
    WithholdingGround withheldGround, int notHeldCount, int needsProcessingCount,
    int notGovernmentInfoCount) {

  /** An item's result in the reply. */
  public enum Result { RELEASED, REDACTED, WITHHELD, NOT_HELD, NEEDS_PROCESSING, NOT_GOVERNMENT_INFO }

  public static ItemSummary of(List<Item> items, boolean thirdPartyObjectionUpheld) {
    int released = 0;
    int redacted = 0;
    int withheld = 0;
    int notHeld = 0;
    int needsProcessing = 0;
    int notGovernmentInfo = 0;
    // A refusal on several grounds counts in one row of table 三: the first of its grounds in the
    // table's own row order 3.1 → 3.8 (the enum's order), whatever order the office listed the
    // items in (ADR 0064; the handbook is silent, §0).
    WithholdingGround firstGround = null;
    for (Item item : items) {
      switch (resultOf(item, thirdPartyObjectionUpheld)) {
        case RELEASED -> released++;
        case REDACTED -> redacted++;
        case WITHHELD -> {
          withheld++;
          WithholdingGround ground = groundOf(item, thirdPartyObjectionUpheld);
          if (ground != null && (firstGround == null || ground.ordinal() < firstGround.ordinal())) {
            firstGround = ground;
          }
        }
        case NOT_HELD -> notHeld++;
        case NEEDS_PROCESSING -> needsProcessing++;
        case NOT_GOVERNMENT_INFO -> notGovernmentInfo++;
      }
    }
    return new ItemSummary(items.size(), released, redacted, withheld, firstGround, notHeld,
        needsProcessing, notGovernmentInfo);
  }

  /**
   * Whether the reply releases, in whole or in part, an item made with another agency that
   * agency objected to (Art. 34; ADR 0169): {@code agencyObjected}, the case's latest agency
   * consultation ended in an objection, and a held item made with another agency is released by
   * its review. An input of the ApprovalRequired table.
   */
  public static boolean releasesOverAgencyObjection(List<Item> items,
      boolean thirdPartyObjectionUpheld, boolean agencyObjected) {
    return agencyObjected && items.stream().anyMatch(item -> item.otherAgency()
        && item.finding() == io.github.ogiworkflow.vocabulary.ItemFinding.HELD
        && item.review() != null
        && resultOf(item, thirdPartyObjectionUpheld) != Result.WITHHELD);
  }

  /**
   * Whether the reply releases, in whole or in part, one of the held, reviewed {@code items}
   * (Art. 32, ADR 0179: the items of a third party whose objection came after its period).
   */
  public static boolean releasesAny(List<Item> items, boolean thirdPartyObjectionUpheld) {
    return items.stream().anyMatch(item ->
        item.finding() == io.github.ogiworkflow.vocabulary.ItemFinding.HELD
        && item.review() != null
        && resultOf(item, thirdPartyObjectionUpheld) != Result.WITHHELD);
  }

  public static Result resultOf(Item item, boolean thirdPartyObjectionUpheld) {
    return switch (item.finding()) {
      case PUBLIC -> Result.RELEASED;
      case NOT_HELD, NONEXISTENT -> Result.NOT_HELD;
      case NEEDS_PROCESSING -> Result.NEEDS_PROCESSING;
      case NOT_GOVERNMENT_INFO -> Result.NOT_GOVERNMENT_INFO;
      case HELD -> {
        if (item.review() == null) {
          throw new IllegalStateException("Item " + item.id() + " has no secrecy review");
        }
        ReviewConclusion conclusion = item.review().conclusion();
        if (!conclusion.releases() || (item.thirdPartyObjected() && thirdPartyObjectionUpheld)) {
          yield Result.WITHHELD;
        }
        yield conclusion == ReviewConclusion.RELEASABLE ? Result.RELEASED : Result.REDACTED;
      }
    };
  }

  /**
   * The ground a withheld item is withheld on, the one that withholds the whole item (ADR 0178):
   * a review that withholds gives its own ground (the item stays withheld whatever the third
   * party said); an item the review releases, in whole or after a redaction on some ground, and
   * an upheld third-party objection withholds (Art. 32), is withheld to protect the third party
   * (3.4), the redaction's ground covering a passage of a release that does not happen (audit
   * 36a F1). Null where neither gives one.
   */
  public static WithholdingGround groundOf(Item item, boolean thirdPartyObjectionUpheld) {
    if (withheldByObjection(item, thirdPartyObjectionUpheld)) {
      return WithholdingGround.THIRD_PARTY;
    }
    if (item.review() != null && item.review().ground() != null) {
      return item.review().ground();
    }
    return thirdPartyObjectionUpheld && item.thirdPartyObjected() ? WithholdingGround.THIRD_PARTY
        : null;
  }

  /**
   * Whether the item's review releases it, in whole or in part, and only the third party's
   * upheld objection withholds it (Art. 32): its reason and basis are the objection's, not the
   * review's (ADR 0178).
   */
  public static boolean withheldByObjection(Item item, boolean thirdPartyObjectionUpheld) {
    return thirdPartyObjectionUpheld && item.thirdPartyObjected() && item.review() != null
        && item.review().conclusion().releases();
  }
}
