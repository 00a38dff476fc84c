package io.github.ogiworkflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every free text (textarea) of the deployed forms is stored masked in the engine
 * ({@link PersonalVariables}) or named here as left whole, with the reason (audit 30b F4, ADR
 * 0117): a new textarea fails this test until someone decides. Left whole are texts the server
 * computes from the register, the agency's own words (opinions, letters and reasons it writes to
 * the applicant or a third party) and texts without anyone's personal data.
 */
class FreeTextMasksTest {

  private static final String COMPUTED = "computed by the server from the register, read-only";
  private static final String OPINION = "leadership's or staff's own opinion on a draft or task";
  private static final String REPORT = "the annual report's published text (Art. 50)";
  /**
   * A text its form offers for editing again after leadership sends it back: filled from the
   * stored variable, a masked value would come back masked into the letter that prints it.
   */
  private static final String EDITED_AGAIN = "edited again after a send-back from the stored"
      + " variable";

  /** The textareas left whole, each with why. */
  static final Map<String, String> LEFT_WHOLE = Map.ofEntries(
      Map.entry("reportKeyFigures", COMPUTED),
      Map.entry("reportFigureChanges", COMPUTED),
      Map.entry("feeCalculation", COMPUTED),
      Map.entry("feeProposedText", COMPUTED),
      Map.entry("itemResultsText", COMPUTED + ": item titles as the letter beside it quotes them"
          + " (the items variable keeps them whole too), review conclusions and grounds, no"
          + " review note"),
      Map.entry("filingWarningText", COMPUTED),
      Map.entry("overdueStepsText", COMPUTED),
      Map.entry("publishedChannelsText", COMPUTED),
      Map.entry("notPublishedSummary", COMPUTED + ": the reasons of notPublishedReason"),
      Map.entry("overrideAccount", COMPUTED + ": a 领导审批发布 row's account of the third"
          + " party's objection and remedies (ADR 0118), a company's name and dates"),
      Map.entry("agencyObjectionAccount", COMPUTED + ": a 领导审批发布 row's account of a"
          + " co-producing agency's objection (ADR 0178), agencies' names and dates, the reasons"
          + " masked as the request's text is"),
      Map.entry("art44ReviewAccount", COMPUTED + ": a 领导审批发布 row's account of legal's"
          + " 主动公开审核 of an Art. 44 item (ADR 0179), the note masked as the redaction note"),
      Map.entry("lateObjectionAccount", COMPUTED + ": a 领导审批发布 row's account of a third"
          + " party's late objection (ADR 0183), its name and dates, the reasons masked as the"
          + " request's text is"),
      Map.entry("repealsAccount", COMPUTED + ": a 领导审批发布 row's account of the document a"
          + " 废止 repeals (ADR 0186): a published normative document's 文号, title and dates,"
          + " nothing personal"),
      Map.entry("scopeAccount", COMPUTED + ": a 主动公开审核 row's scope (ADR 0183), the"
          + " request's wording masked as a letter quotes it"),
      Map.entry("secrecyReviewAccount", COMPUTED + ": a 主动公开审核 row's secrecy review"
          + " (ADR 0183), conclusion and ground, the redaction note and comment masked"),
      Map.entry("personalDataAccount", COMPUTED + ": a 主动公开审核 row's personal data and"
          + " third-party answer (ADR 0183), kinds of data found, a company's name and dates"),
      Map.entry("sameInformationAccount", COMPUTED + ": a 主动公开审核 row's count of requests"
          + " and applicants (ADR 0183), tracking numbers only, no name"),
      Map.entry("disclosureAfterDeadline", COMPUTED + ": parties' names and dates (ADR 0179)"),
      Map.entry("narrativeOverview", REPORT),
      Map.entry("narrativeProblems", REPORT),
      Map.entry("narrativeOther", REPORT),
      Map.entry("reportApprovalComment", OPINION),
      Map.entry("supervisionComment", OPINION),
      Map.entry("comment", OPINION),
      Map.entry("overrideComment", OPINION),
      Map.entry("extensionApprovalComment", OPINION),
      Map.entry("withdrawalApprovalComment", OPINION),
      Map.entry("delayedReplyApprovalComment", OPINION),
      Map.entry("replyApprovalComment", OPINION),
      Map.entry("answerApprovalComment", OPINION),
      Map.entry("overdueComment", OPINION),
      Map.entry("voidApprovalComment", OPINION),
      Map.entry("voidReason", "the office's own account of its registration error (ADR 0119),"
          + " written into the register by 登记作废 in leadership's later command"),
      Map.entry("notConfirmedReason", "the office's own reason not to confirm an online"
          + " submission (ADR 0158), shown to the applicant and written into the register by"
          + " 登记不予确认 in the same command"),
      Map.entry("extensionReason", "the agency's own reason, printed in 延期答复告知书"),
      Map.entry("reasonsRequestBasis", "the office's own account of the requests received,"
          + " printed in 说明理由通知书"),
      Map.entry("publicationSource", "where the information is published (获取途径),"
          + " printed in the reply"),
      Map.entry("replyLetterText", "the agency's letter to the applicant as finalised, read"
          + " back by the reply's steps and compared with its frozen copy in ogi_reply_letter;"
          + " the server's draft quotes the request and the redaction note masked (ADR 0131)"),
      Map.entry("reviewComment", "the secrecy reviewer's opinion on the information"),
      Map.entry("withdrawalReason", "the agency's reason to withdraw a publication"),
      Map.entry("notPublishedReason", "the agency's reason not to publish an item"),
      Map.entry("lateReason", "the agency's reason for publishing an item after its Art. 26"
          + " date (ADR 0144), kept in the batch's trail"),
      Map.entry("coAppellants", "names only, one a line, checked as names"
          + " (AppealSteps.parties) and sent back by the drafting form into the register"),
      Map.entry("thirdParties", "names only, as coAppellants"),
      Map.entry("reasonsAssessment", EDITED_AGAIN + ", printed in 延迟答复告知书"));

  @Test
  void everyTextareaIsMaskedOrLeftWholeForAReason() throws IOException {
    Set<String> textareas = textareas();
    assertThat(textareas).as("textareas found").hasSizeGreaterThan(30);
    assertThat(textareas.stream()
        .filter(key -> !PersonalVariables.isPersonal(key) && !LEFT_WHOLE.containsKey(key)))
        .as("textareas neither masked (PersonalVariables) nor left whole here with a reason")
        .isEmpty();
    assertThat(LEFT_WHOLE.keySet().stream().filter(PersonalVariables::isPersonal))
        .as("left whole and masked at once").isEmpty();
    assertThat(LEFT_WHOLE.keySet()).as("left whole but no textarea of a form")
        .isSubsetOf(textareas);
    assertThat(LEFT_WHOLE.values()).allMatch(reason -> reason.length() > 10);
  }

  /** The free texts the finding named are masked. */
  @Test
  void theTextsStaffFillFromWhatPeopleSendAreMasked() {
    for (String key : List.of("complaintText", "consultationOpinion", "thirdPartyObjection",
        "deliveryNote", "postReceiptNote", "completenessNote", "supplementNote",
        "appealSubject", "requestDescription", "correctionPoints", "overrideReason",
        "supplementText", "answerText", "evidenceList", "redactionNote")) {
      assertThat(PersonalVariables.isPersonal(key)).as(key).isTrue();
      assertThat(PersonalVariables.mask(key, "身份证号350502198001011235，电话13700001111"))
          .as(key).doesNotContain("350502198001011235", "13700001111");
    }
    assertThat(PersonalVariables.mask("complaintText", "住示范市鼓楼区南街5号3单元"))
        .isEqualTo("住示范市鼓楼区***");
  }

  static Set<String> textareas() throws IOException {
    Set<String> keys = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        collect(json.readTree(form.toFile()).path("components"), keys);
      }
    }
    return keys;
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if ("textarea".equals(component.path("type").asText()) && component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collect(component.path("components"), keys);
    }
  }
}
