package io.github.ogiworkflow.letter;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the Word templates under {@code src/main/resources/letters/} (run once; the generated
 * files are committed and an office restyles them in Word or WPS from then on): A4 with the
 * margins of GB/T 9704-2012 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), named paragraph
 * styles (发文机关标志, 发文字号, 标题, 主送, 正文, 落款, 成文日期, 附注) in 仿宋_GB2312 三号 for
 * the text and 方正小标宋简体 for the letterhead and title, and the poi-tl tags that
 * {@link LetterDocuments} fills; pleadings (ADR 0051) get their own layout ({@link #pleading}).
 * Word and WPS substitute an installed font when one is missing.
 *
 * <pre>mvn -q -o test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt) \
 *   io.github.ogiworkflow.letter.LetterTemplateGenerator src/main/resources/letters</pre>
 *
 * <p>Base names after the directory ({@code fee-correction-notice fee-withdrawal-notice}) write
 * only those templates: a new kind gets its own generated template without overwriting the
 * others, which an office may have restyled.
 */
public final class LetterTemplateGenerator {

  static final String BODY_FONT = "仿宋_GB2312";
  static final String TITLE_FONT = "方正小标宋简体";
  /** 三号 = 16 pt = 32 half-points; 二号 = 22 pt. */
  static final int SIZE_3 = 32;
  static final int SIZE_2 = 44;
  /** 28.95 pt fixed line pitch: 22 lines a page (GB/T 9704 5.2.2). */
  static final int LINE = 579;
  /** Two characters of 三号 (16 pt) in twips. */
  static final int TWO_CHARS = 640;

  private LetterTemplateGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/letters");
    java.util.Set<String> only = args.length > 1
        ? java.util.Set.copyOf(java.util.Arrays.asList(args).subList(1, args.length))
        : java.util.Set.of();
    for (LetterKind kind : LetterKind.values()) {
      if (only.isEmpty() || only.contains(kind.baseName())) {
        write(dir.resolve(kind.baseName() + ".docx"),
            kind.pleading() ? pleading(kind) : letter(kind));
      }
    }
    if (only.isEmpty() || only.contains("proof-of-service")) {
      write(dir.resolve("proof-of-service.docx"), proofOfService());
    }
  }

  static XWPFDocument letter(LetterKind kind) {
    XWPFDocument document = page();
    paragraph(document, "OgiLetterhead", "{{agency}}");
    paragraph(document, "OgiDocumentNumber", "{{documentNumber}}");
    paragraph(document, "OgiTitle", kind.title());
    paragraph(document, "OgiAddressee", "{{?addressee}}{{name}}：{{/addressee}}");
    paragraph(document, "OgiBody", "{{?body}}");
    paragraph(document, "OgiBody", "{{text}}");
    paragraph(document, "OgiBody", "{{/body}}");
    paragraph(document, "OgiSignature", "{{agency}}（印章）");
    paragraph(document, "OgiDate", "{{date}}");
    paragraph(document, "OgiNote",
        "（联系人：{{contactPerson}}；联系电话：{{contactPhone}}；地址：{{agencyAddress}}）");
    return document;
  }

  /**
   * A pleading to a reconsideration body or a court (ADR 0051): no letterhead, 文号 line or
   * 主送; title, the parties block flush left, the body, 此致 and the body or court, the
   * party's signature with the seal, the date, 附, the evidence list, and the 文号 small at the
   * foot as the register's file reference.
   */
  static XWPFDocument pleading(LetterKind kind) {
    XWPFDocument document = page(true);
    paragraph(document, "OgiTitle", kind.title());
    paragraph(document, "OgiParty", "{{?parties}}");
    paragraph(document, "OgiParty", "{{text}}");
    paragraph(document, "OgiParty", "{{/parties}}");
    paragraph(document, "OgiBody", "{{?body}}");
    paragraph(document, "OgiBody", "{{text}}");
    paragraph(document, "OgiBody", "{{/body}}");
    paragraph(document, "OgiClosing", "{{?closing}}");
    paragraph(document, "OgiClosing", "此致");
    paragraph(document, "OgiClosingAddressee", "{{addressedTo}}");
    paragraph(document, "OgiClosingAddressee", "{{/closing}}");
    paragraph(document, "OgiSignature", "{{signature}}");
    paragraph(document, "OgiDate", "{{date}}");
    paragraph(document, "OgiAttachment", "{{?attachments}}");
    paragraph(document, "OgiAttachment", "{{text}}");
    paragraph(document, "OgiAttachment", "{{/attachments}}");
    paragraph(document, "OgiEvidenceTitle", "{{?evidence}}");
    paragraph(document, "OgiEvidenceTitle", "证据及依据清单");
    paragraph(document, "OgiEvidence", "{{?items}}");
    paragraph(document, "OgiEvidence", "{{text}}");
    paragraph(document, "OgiEvidence", "{{/items}}");
    paragraph(document, "OgiEvidence", "{{/evidence}}");
    paragraph(document, "OgiFileReference", "{{fileReference}}");
    return document;
  }

  static XWPFDocument proofOfService() {
    XWPFDocument document = page();
    paragraph(document, "OgiLetterhead", "{{agency}}");
    paragraph(document, "OgiTitle", "送达回证");
    String[][] rows = {
        {"送达文书", "《{{letterTitle}}》"},
        {"文号", "{{documentNumber}}"},
        {"受送达人", "{{recipient}}"},
        {"送达地点", "{{deliveryAddress}}"},
        {"送达方式", "{{deliveryMethod}}"},
        {"受送达人签名或盖章", "\n　　　　年　　月　　日"},
        {"代收人及代收理由", "\n　　　　年　　月　　日"},
        {"送达人签名", "\n　　　　年　　月　　日"},
        {"备注", ""}};
    XWPFTable table = document.createTable(rows.length, 2);
    table.setWidth("100%");
    for (int i = 0; i < rows.length; i++) {
      cell(table.getRow(i).getCell(0), rows[i][0], "25%");
      cell(table.getRow(i).getCell(1), rows[i][1], "75%");
      table.getRow(i).setHeight(i >= 5 && i <= 7 ? 1300 : 700);
    }
    paragraph(document, "OgiSignature", "{{agency}}（印章）");
    paragraph(document, "OgiDate", "{{date}}");
    paragraph(document, "OgiNote",
        "（受送达人签收后请将本回证交回。联系人：{{contactPerson}}；联系电话：{{contactPhone}}）");
    return document;
  }

  private static void cell(XWPFTableCell cell, String text, String width) {
    cell.setWidth(width);
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    paragraph.setStyle("OgiTableCell");
    String[] lines = text.split("\n", -1);
    var run = paragraph.createRun();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
  }

  private static XWPFDocument page() {
    return page(false);
  }

  private static XWPFDocument page(boolean pleading) {
    XWPFDocument document = new XWPFDocument();
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(mm(37)));
    margins.setBottom(BigInteger.valueOf(mm(35)));
    margins.setLeft(BigInteger.valueOf(mm(28)));
    margins.setRight(BigInteger.valueOf(mm(26)));
    XWPFStyles styles = document.createStyles();
    style(styles, "OgiLetterhead", "发文机关标志", TITLE_FONT, 52, STJc.CENTER, "FF0000", 0, 0,
        200);
    style(styles, "OgiDocumentNumber", "发文字号", BODY_FONT, SIZE_3, STJc.CENTER, null, 0, 0, 400);
    style(styles, "OgiTitle", "公文标题", TITLE_FONT, SIZE_2, STJc.CENTER, null, 0, 0, 400);
    style(styles, "OgiAddressee", "主送", BODY_FONT, SIZE_3, STJc.BOTH, null, 0, 0, 0);
    style(styles, "OgiBody", "公文正文", BODY_FONT, SIZE_3, STJc.BOTH, null, TWO_CHARS, 0, 0);
    style(styles, "OgiSignature", "发文机关署名", BODY_FONT, SIZE_3, STJc.RIGHT, null, 0,
        TWO_CHARS * 2, 0);
    style(styles, "OgiDate", "成文日期", BODY_FONT, SIZE_3, STJc.RIGHT, null, 0, TWO_CHARS * 2,
        400);
    style(styles, "OgiNote", "附注", BODY_FONT, SIZE_3, STJc.LEFT, null, TWO_CHARS, 0, 0);
    style(styles, "OgiTableCell", "表格文字", BODY_FONT, 28, STJc.LEFT, null, 0, 0, 0);
    if (pleading) {
      style(styles, "OgiParty", "当事人", BODY_FONT, SIZE_3, STJc.BOTH, null, 0, 0, 0);
      style(styles, "OgiClosing", "此致", BODY_FONT, SIZE_3, STJc.LEFT, null, TWO_CHARS, 0, 0);
      style(styles, "OgiClosingAddressee", "致送机关", BODY_FONT, SIZE_3, STJc.LEFT, null, 0, 0,
          400);
      style(styles, "OgiAttachment", "附项", BODY_FONT, SIZE_3, STJc.LEFT, null, TWO_CHARS, 0, 0);
      style(styles, "OgiEvidenceTitle", "清单标题", TITLE_FONT, SIZE_3, STJc.CENTER, null, 0, 0,
          200);
      style(styles, "OgiEvidence", "清单", BODY_FONT, SIZE_3, STJc.BOTH, null, TWO_CHARS, 0, 0);
      // 四号: the register's file reference, not a 发文字号.
      style(styles, "OgiFileReference", "文书编号", BODY_FONT, 28, STJc.LEFT, null, 0, 0, 0);
    }
    // 红色分隔线 under the 文号 (GB/T 9704 7.2.6).
    CTStyle number = styles.getStyle("OgiDocumentNumber").getCTStyle();
    CTBorder line = number.getPPr().addNewPBdr().addNewBottom();
    line.setVal(STBorder.SINGLE);
    line.setSz(BigInteger.valueOf(12));
    line.setSpace(BigInteger.valueOf(8));
    line.setColor("FF0000");
    return document;
  }

  private static void style(XWPFStyles styles, String id, String name, String font, int halfPoints,
      STJc.Enum alignment, String color, int firstLineIndent, int rightIndent, int spaceAfter) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.addNewName().setVal(name);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewQFormat();
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewJc().setVal(alignment);
    var spacing = paragraph.addNewSpacing();
    spacing.setLine(BigInteger.valueOf(LINE));
    spacing.setLineRule(STLineSpacingRule.EXACT);
    spacing.setAfter(BigInteger.valueOf(spaceAfter));
    if (firstLineIndent > 0 || rightIndent > 0) {
      var indent = paragraph.addNewInd();
      if (firstLineIndent > 0) {
        indent.setFirstLine(BigInteger.valueOf(firstLineIndent));
      }
      if (rightIndent > 0) {
        indent.setRight(BigInteger.valueOf(rightIndent));
      }
    }
    CTRPr run = style.addNewRPr();
    CTFonts fonts = run.addNewRFonts();
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    fonts.setEastAsia(font);
    fonts.setCs(font);
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    if (color != null) {
      run.addNewColor().setVal(color);
    }
    styles.addStyle(new XWPFStyle(style, styles));
  }

  private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setStyle(style);
    paragraph.createRun().setText(text);
    return paragraph;
  }

  private static int mm(int millimetres) {
    return Math.round(millimetres * 1440f / 25.4f);
  }

  private static void write(Path file, XWPFDocument document) throws IOException {
    try (document; OutputStream out = Files.newOutputStream(file)) {
      document.write(out);
    }
  }
}
