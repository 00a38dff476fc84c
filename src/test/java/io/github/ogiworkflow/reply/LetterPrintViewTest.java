package io.github.ogiworkflow.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.letter.LetterDocuments;
import io.github.ogiworkflow.letter.LetterKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The print view legal and the office read a pleading in (ADR 0051) shows the pleading's layout,
 * styled: parties flush left, 此致 and the court, the party's signature, 附, the file reference;
 * no letterhead and no 文号 line.
 */
class LetterPrintViewTest {

  private static final LetterDocuments DOCUMENTS =
      new LetterDocuments(new AgencyProperties("示范市市场监督管理局", "示范市人民政府"));

  @Test
  void aDefenceIsPrintedAsAPleading() {
    byte[] docx = DOCUMENTS.render(DOCUMENTS.pleading(LetterKind.LITIGATION_DEFENCE,
        "示市监信公开辩〔2026〕1号", "答辩人：示范市市场监督管理局\n住所：示范市人民路1号\n原告：张三\n"
            + "答辩人现答辩如下：\n被告已依法答复。", "示范市人民法院", "1. 答复书",
        LocalDate.of(2026, 3, 2)));

    String page = LetterPrintView.page("行政答辩状", docx, "/x.docx", null);

    assertThat(page).contains("<p class=\"OgiTitle\">行政答辩状</p>",
        "<p class=\"OgiParty\">答辩人：示范市市场监督管理局</p>", "<p class=\"OgiParty\">原告：张三</p>",
        "<p class=\"OgiBody\">被告已依法答复。</p>", "<p class=\"OgiClosing\">此致</p>",
        "<p class=\"OgiClosingAddressee\">示范市人民法院</p>",
        "<p class=\"OgiSignature\">答辩人：示范市市场监督管理局（盖章）</p>",
        "<p class=\"OgiDate\">2026年3月2日</p>", "<p class=\"OgiAttachment\">附：1.本答辩状副本1份</p>",
        "<p class=\"OgiEvidenceTitle\">证据及依据清单</p>", "<p class=\"OgiEvidence\">1. 答复书</p>",
        "<p class=\"OgiFileReference\">文书编号：示市监信公开辩〔2026〕1号</p>",
        // and every one of these classes is styled
        ".OgiClosing", ".OgiClosingAddressee", ".OgiEvidenceTitle", ".OgiFileReference")
        .doesNotContain("<p class=\"OgiLetterhead\"", "<p class=\"OgiDocumentNumber\"",
            "<p class=\"OgiAddressee\"", "（印章）");
  }
}
