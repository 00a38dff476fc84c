package io.github.ogiworkflow.publication;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import io.github.ogiworkflow.publication.PublicationRegister.ReviewRecord;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.PublishedYearGuard;
import io.github.ogiworkflow.register.PublishedYearGuard.CountedDate;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The only way an item gets published (先审查、后公开): it refuses an item without its one
 * secrecy review, with a review that does not release it, without leadership approval where
 * the rules require it, or not meant for proactive disclosure, and a date in the future, before
 * the batch was registered, before an Art. 44 request's reply was delivered, before the review or
 * in a year whose annual report is published (ADR 0096). The register is written only
 * here, so no process path, endpoint or later change can publish around the review.
 */
@Component
public class Publisher {

  private final PublicationRegister register;
  private final CaseRegister cases;
  private final PublishedYearGuard publishedYears;

  public Publisher(PublicationRegister register, CaseRegister cases,
      PublishedYearGuard publishedYears) {
    this.register = register;
    this.cases = cases;
    this.publishedYears = publishedYears;
  }

  public void publish(long itemId, PublicationChannel channel, LocalDate publishedOn,
      String location, String publishedBy) {
    Publication publication = register.byItem(itemId).orElseThrow(() -> new InvalidInput(
        "item " + itemId + " is not registered for publication（信息项" + itemId + "未登记为主动公开）"));
    // A message never repeats personal data a title registered before audit 33a F1 may hold.
    String title = "“" + PublicText.masked(publication.title()) + "”";
    ReviewRecord review = register.review(itemId).orElseThrow(() -> new InvalidInput(
        "item " + itemId + " has no secrecy review（" + title + "未经保密审查，不得公开）"));
    if (!review.conclusion().releases()) {
      throw new InvalidInput("item " + itemId + " was reviewed " + review.conclusion()
          + "（" + title + "保密审查结论为" + review.conclusion().label() + "，不得公开）");
    }
    // Art. 44 (经审核): legal's 主动公开审核 of the item as proactive information, recorded on
    // this publication row; the reply's review was made for one applicant (ADR 0173).
    if (publication.sourceRequest() != null) {
      PublicationRegister.ScopeReview scope = register.scopeReview(publication.id())
          .orElseThrow(() -> new InvalidInput("item " + itemId + " lacks legal's review for"
              + " proactive disclosure（" + title + "依申请公开转为主动公开（条例第四十四条），未经法规科"
              + "主动公开审核，不得公开）"));
      if (!scope.releases()) {
        throw new InvalidInput("item " + itemId + " was kept back by legal's review（" + title
            + scope.refusal() + "，不得公开）");
      }
    }
    if (publication.approvalRequired() == null) {
      throw new InvalidInput("item " + itemId + " has not been checked for approval（" + title
          + "尚未确定是否需领导审批，不得公开）");
    }
    if (publication.approvalRequired() && !"APPROVE".equals(publication.approvalDecision())) {
      throw new InvalidInput("item " + itemId + " lacks leadership approval（" + title
          + "须经领导审批同意后方可公开）");
    }
    if (publication.draft().attribute() != DisclosureAttribute.PROACTIVE) {
      throw new InvalidInput("item " + itemId + " is not for proactive disclosure（" + title
          + "公开属性为" + publication.draft().attribute().label() + "，不主动公开）");
    }
    if (publication.status() == PublicationStatus.WITHDRAWN
        || publication.status() == PublicationStatus.NOT_PUBLISHED) {
      throw new InvalidInput("item " + itemId + " is " + publication.status() + "（" + title
          + "已撤回或确定不予发布）");
    }
    // Nothing personal goes public (Art. 12, 15; audit 33a F1): checked at registration and
    // here again, on what the register holds (an item registered before the check) and on the
    // location the office records now.
    String marked = "不得公开；请标记未发布并说明原因，去除后重新登记";
    PublicText.requireNoPersonalData(publication.title(), "item " + itemId + " title",
        "信息项" + itemId + title + "的信息名称", marked);
    PublicText.requireNoPersonalData(publication.draft().docNumber(), "item " + itemId
        + " docNumber", "信息项" + itemId + title + "的文号", marked);
    PublicText.requireNoPersonalData(publication.draft().publishingUnit(), "item " + itemId
        + " publishingUnit", "信息项" + itemId + title + "的发布机构", marked);
    PublicText.requireNoPersonalData(location, "location", title + "在" + channel.label()
        + "的网址、期号或地点", "请去除后再登记");
    // The same document is published once (audit 33a F3): a duplicate registered before the
    // registration checked it is not published beside the first.
    register.sameDocument(publication.draft(), publication.id())
        .filter(other -> other.status() == PublicationStatus.PUBLISHED)
        .ifPresent(other -> {
          throw new InvalidInput("item " + itemId + " is a document already published as item "
              + other.itemId() + "（" + title + "：文号" + publication.draft().docNumber()
              + "的同一文件已" + register.standing(other) + "，不能重复发布）");
        });
    if (publishedOn == null || publishedOn.isAfter(OfficeTime.today())) {
      throw new InvalidInput("publishedOn is required and not in the future（" + title
          + "：请填写发布日期，不能晚于今天）");
    }
    // Nothing is published before the batch existed (the day it was registered), nor an Art. 44
    // item before the request's reply was delivered: a backdated publication would pass the
    // Art. 26 clock and the annual report's year on a date the register cannot back up.
    if (publishedOn.isBefore(publication.createdOn())) {
      throw new InvalidInput("publishedOn lies before the batch was registered on "
          + publication.createdOn() + "（" + title + "：发布日期不能早于本批次登记日期"
          + CaseLetters.chinese(publication.createdOn()) + "）");
    }
    if (publication.sourceRequest() != null) {
      LocalDate delivered = cases.dates(publication.sourceRequest())
          .map(CaseRegister.CaseDates::deliveredOn).orElse(null);
      if (delivered == null || publishedOn.isBefore(delivered)) {
        throw new InvalidInput("publishedOn lies before the reply to "
            + publication.sourceRequest() + " was delivered" + (delivered == null ? ""
                : " on " + delivered) + "（" + title + "：发布日期不能早于申请 "
            + publication.sourceRequest() + " 的答复送达日期"
            + (delivered == null ? "（答复尚未送达）" : " " + delivered) + "）");
      }
    }
    if (publishedOn.isBefore(LocalDate.ofInstant(review.reviewedAt(), OfficeTime.ZONE))) {
      throw new InvalidInput("publishedOn lies before the review（" + title
          + "：发布日期不能早于保密审查日期）");
    }
    // A published annual report is final (ADR 0035): an item dated in its year would change its
    // table 二 and 主动公开信息数 (ADR 0096).
    publishedYears.requireRecordable(null, CountedDate.PUBLICATION, publishedOn, "publishedOn",
        title + "在" + channel.label() + "的发布日期");
    if (location == null || location.isBlank()) {
      throw new InvalidInput("location is required（" + title + "：请填写" + channel.label()
          + "的网址、期号或地点）");
    }
    // The catalogue links a web location (audit 33a F7): only an http(s) address, never a
    // javascript: one or a text.
    if (channel.locatedByUrl() && PublicationChannel.webAddress(location).isEmpty()) {
      throw new InvalidInput("location is not an http(s) URL（" + title + "：" + channel.label()
          + "的网址须为以http://或https://开头的完整网址）");
    }
    if (register.channels(publication.id()).stream().anyMatch(c -> c.channel() == channel)) {
      throw new InvalidInput("item " + itemId + " is already published on " + channel + "（"
          + title + "已在" + channel.label() + "发布）");
    }
    register.addChannel(publication.id(), channel, publishedOn, location.trim(), publishedBy);
  }
}
