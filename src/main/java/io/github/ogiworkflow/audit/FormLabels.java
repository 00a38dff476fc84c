package io.github.ogiworkflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.appeal.AppealKind;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Chinese staff read for a variable and its value: the label and option labels of the
 * Camunda Forms that set it (the forms are the one place the office's words are kept), then the
 * code lists of the domain (答复类型, 审查结论, 不予公开理由). So the audit trail shows
 * "审查结论：申请内容明确", not {@code completenessDecision=COMPLETE}.
 */
@Component
public class FormLabels {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Variables the server sets, on no form: named here. */
  static final Map<String, String> SERVER_VARIABLES = Map.of(
      "approvalRequired", "是否需领导审批", "outcomeCode", "答复类型", "chargeFee", "是否收费",
      "replyDueDate", "答复期限", "trackingNumber", "受理编号", "itemId", "信息项",
      "extensionUsed", "是否已延期", "delivered", "是否已送达", "filingWarningNote", "逾期提示");

  /**
   * Fields that several forms label for their own kind (判决结果 on a judgment, 复议结果 on a
   * reconsideration decision): the trail names them for every kind.
   */
  static final Map<String, String> SHARED_FIELDS = Map.of(
      "appealResult", "结果", "appealResultDetail", "具体结果", "decidedOn", "决定或判决日期");

  private final Map<String, String> fields = new HashMap<>(SERVER_VARIABLES);
  private final Map<String, Map<String, String>> options = new HashMap<>();

  public FormLabels() {
    try {
      for (Resource form : new PathMatchingResourcePatternResolver()
          .getResources("classpath:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          collect(JSON.readTree(in).path("components"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the forms could not be read", e);
    }
    fields.putAll(SHARED_FIELDS);
  }

  private void collect(JsonNode components) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      String label = component.path("label").asText(component.path("dateLabel").asText(""));
      // A field on several forms (审查结论 on the review and on the secrecy office's answer)
      // is named by its shortest, most general label.
      if (!key.isEmpty() && !label.isEmpty()) {
        fields.merge(key, label, FormLabels::shorter);
        for (JsonNode value : component.path("values")) {
          options.computeIfAbsent(key, k -> new HashMap<>())
              .merge(value.path("value").asText(), value.path("label").asText(), FormLabels::shorter);
        }
      }
      collect(component.path("components"));
    }
  }

  private static String shorter(String a, String b) {
    return b.length() < a.length() ? b : a;
  }

  /** The field's label on the forms, or the variable name when no form shows it. */
  public String field(String variable) {
    return fields.getOrDefault(variable, variable);
  }

  /** The value as the forms and code lists name it, or the value itself. */
  public String value(String variable, String value) {
    String label = options.getOrDefault(variable, Map.of()).get(value);
    return label != null ? label : chineseOf(code(value));
  }

  /**
   * The Chinese of a server message written "english（中文）", possibly several joined: the
   * outermost full-width parentheses' contents, joined with "；"; text without them as it is.
   */
  public static String chineseOf(String text) {
    if (text == null || !text.endsWith("）")) {
      return text;
    }
    StringBuilder chinese = new StringBuilder();
    int depth = 0;
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '（' && depth++ == 0) {
        start = i + 1;
      } else if (c == '）' && depth > 0 && --depth == 0) {
        chinese.append(chinese.isEmpty() ? "" : "；").append(text, start, i);
      }
    }
    return chinese.isEmpty() ? text : chinese.toString();
  }

  /** "审查结论：申请内容明确". */
  public String describe(String variable, String value) {
    return field(variable) + "：" + value(variable, value);
  }

  /** The register's outcome (its number, e.g. "2", or its name) as the annual report names it. */
  public static String outcome(String code) {
    for (OutcomeCode outcome : OutcomeCode.values()) {
      if (outcome.code().equals(code) || outcome.name().equals(code)) {
        return outcome.label();
      }
    }
    return code(code);
  }

  /** A code of the domain's code lists in Chinese, or the text itself. */
  public static String code(String code) {
    if (code == null) {
      return "";
    }
    for (CaseRegister.Status status : CaseRegister.Status.values()) {
      if (status.name().equals(code)) {
        return status.label();
      }
    }
    for (OutcomeCode outcome : OutcomeCode.values()) {
      if (outcome.name().equals(code)) {
        return outcome.label();
      }
    }
    for (ReviewConclusion conclusion : ReviewConclusion.values()) {
      if (conclusion.name().equals(code)) {
        return conclusion.label();
      }
    }
    for (WithholdingGround ground : WithholdingGround.values()) {
      if (ground.name().equals(code)) {
        return ground.label();
      }
    }
    for (AppealKind kind : AppealKind.values()) {
      if (kind.name().equals(code)) {
        return kind.label();
      }
    }
    return switch (code) {
      case "true" -> "是";
      case "false" -> "否";
      case "THIRD_PARTY" -> "第三方";
      case "AGENCY" -> "其他机关";
      // consultation answers (ConsultationRegister.Answer) and an answered complaint
      case "CONSENT" -> "同意公开";
      case "OBJECTION" -> "不同意公开";
      case "SILENCE" -> "逾期未答复";
      case "ANSWERED" -> "已答复";
      default -> code;
    };
  }
}
