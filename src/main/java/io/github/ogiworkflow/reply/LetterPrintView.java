package io.github.ogiworkflow.reply;

import static io.github.ogiworkflow.webapp.StaffPages.escape;

import io.github.ogiworkflow.webapp.StaffPages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The printable page of a letter, read from its stored .docx (so the page shows exactly the
 * document): each paragraph with its template style as a CSS class. A4 with the margins of
 * GB/T 9704, 仿宋 for the text and 小标宋/宋体 for the title where installed, Noto CJK as the
 * fallback; a pleading's parties block, 此致, 附 and evidence list as its template lays them out
 * (ADR 0051).
 */
public final class LetterPrintView {

  private static final String STYLE = """
      <style>
      @page{size:A4;margin:37mm 26mm 35mm 28mm}
      body{font-family:"仿宋_GB2312","仿宋","FangSong","STFangsong","Noto Serif CJK SC",
        "Noto Sans CJK SC",serif;font-size:16pt;line-height:28.95pt;color:#000;
        max-width:156mm;margin:2em auto}
      .OgiLetterhead,.OgiTitle{font-family:"方正小标宋简体","华文中宋","宋体","SimSun",
        "Noto Serif CJK SC",serif;text-align:center}
      .OgiLetterhead{color:#e00;font-size:26pt;line-height:1.6}
      .OgiTitle{font-size:22pt;line-height:1.6;margin:.6em 0}
      .OgiDocumentNumber{text-align:center;border-bottom:2px solid #e00;padding-bottom:.4em;
        margin-bottom:1em}
      .OgiBody,.OgiNote,.OgiClosing,.OgiAttachment,.OgiEvidence{text-indent:2em}
      .OgiSignature,.OgiDate{text-align:right;padding-right:4em}
      .OgiClosingAddressee{margin-bottom:1em}
      .OgiEvidenceTitle{text-align:center;margin-top:1em;font-family:"方正小标宋简体","华文中宋",
        "宋体","SimSun","Noto Serif CJK SC",serif}
      .OgiFileReference{font-size:14pt;margin-top:1em}
      p{margin:0}
      table{border-collapse:collapse;width:100%;font-size:14pt}
      td{border:1px solid #000;padding:.3em .5em;height:2.2em;vertical-align:top}
      td:first-child{width:25%}
      .ogi-tools{font-family:"Noto Sans CJK SC",sans-serif;font-size:11pt;margin-bottom:1em}
      @media print{.ogi-tools,.ogi-logout{display:none}body{margin:0;max-width:none}}
      </style>
      """;

  private LetterPrintView() {}

  /** The page; {@code downloadHref} links the .docx, {@code note} says e.g. 送审稿. */
  public static String page(String title, byte[] docx, String downloadHref, String note) {
    StringBuilder html = StaffPages.begin(title, STYLE);
    html.append("<p class=\"ogi-tools\"><a href=\"").append(escape(downloadHref))
        .append("\">下载文书文件</a>　<a href=\"javascript:window.print()\">打印</a>");
    if (note != null) {
      html.append("　<strong>").append(escape(note)).append("</strong>");
    }
    html.append("</p>\n");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          paragraph(html, paragraph);
        } else if (element instanceof XWPFTable table) {
          html.append("<table>");
          for (XWPFTableRow row : table.getRows()) {
            html.append("<tr>");
            for (XWPFTableCell cell : row.getTableCells()) {
              html.append("<td>").append(escape(cell.getText()).replace("\n", "<br>"))
                  .append("</td>");
            }
            html.append("</tr>");
          }
          html.append("</table>\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return html.append("</body></html>\n").toString();
  }

  private static void paragraph(StringBuilder html, XWPFParagraph paragraph) {
    String style = paragraph.getStyle() == null ? "" : paragraph.getStyle();
    String text = paragraph.getText();
    if (text.isBlank()) {
      return;
    }
    html.append("<p class=\"").append(escape(style)).append("\">").append(escape(text))
        .append("</p>\n");
  }
}
