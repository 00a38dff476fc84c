package io.github.ogiworkflow.letter;

import com.deepoove.poi.XWPFTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Letters as Word documents: the letter's text (the draft the office edited) put into the
 * kind's Word template {@code letters/<kind>.docx} with poi-tl. The template holds the layout
 * of GB/T 9704-2012 (letterhead, 文号, title, 主送, body, signature with the seal area, date,
 * contact line) as paragraph styles an office can restyle in Word or WPS; the tags are
 * {@code {{agency}}}, {@code {{documentNumber}}}, {@code {{?addressee}}{{name}}：{{/addressee}}},
 * the body loop {@code {{?body}}{{text}}{{/body}}}, {@code {{date}}}, {@code {{contactPerson}}},
 * {@code {{contactPhone}}} and {@code {{agencyAddress}}}. The wording lives in the text, so what
 * leadership approves (the text) is what the document says.
 *
 * <p>Pleadings (行政复议答复书, 行政答辩状, 行政上诉状; {@link LetterKind#pleading()}, ADR 0051)
 * have a layout of their own ({@link Pleading}): title, the parties block, the body, 此致 and
 * the reconsideration body or court, the party's signature with the seal, the date, 附, the
 * evidence list and the 文号 as a small file reference; no letterhead, 主送 or 文号 line.
 */
@Component
public class LetterDocuments {

  /** What one document says. {@code addressee} may be null (a letter without 主送). */
  public record Content(LetterKind kind, String documentNumber, String addressee,
      List<String> paragraphs, LocalDate date) {}

  /**
   * A pleading as laid out (ADR 0051), in the order the document shows it: the title (from the
   * kind), the parties block (the answering or appealing party first: name, 住所, 法定代表人;
   * then the other party), the body, 此致 and {@code addressedTo} (the reconsideration body or
   * the court), the signature (the party's role, the agency, （印章） or （盖章）), the date, the
   * 附 lines, the evidence list and the 文号 as a file reference.
   */
  public record Pleading(LetterKind kind, String documentNumber, List<String> parties,
      List<String> paragraphs, String addressedTo, String signature, LocalDate date,
      List<String> attachments, List<String> evidence) {

    /** What the document says, one paragraph a line: the text the register keeps. */
    public String text() {
      StringBuilder text = new StringBuilder(kind.title()).append("\n\n");
      parties.forEach(line -> text.append(line).append('\n'));
      paragraphs.forEach(line -> text.append(line).append('\n'));
      if (addressedTo != null) {
        text.append(CLOSING).append('\n').append(addressedTo).append('\n');
      }
      text.append(signature).append('\n').append(CaseLetters.chinese(date)).append('\n');
      attachments.forEach(line -> text.append(line).append('\n'));
      if (!evidence.isEmpty()) {
        text.append(EVIDENCE_TITLE).append('\n');
        evidence.forEach(line -> text.append(line).append('\n'));
      }
      if (documentNumber != null) {
        text.append(fileReference(documentNumber)).append('\n');
      }
      return text.toString();
    }
  }

  static final String CLOSING = "此致";
  static final String EVIDENCE_TITLE = "证据及依据清单";
  /** A line of the parties block: a party's role, or its 住所, 法定代表人 or agent. */
  private static final Pattern PARTY_LINE = Pattern.compile(
      "(?:(?:被申请人|申请人|被答辩人|答辩人|原告|被告|第三人|原审第三人|被上诉人|上诉人)(?:（[^（）]*）)?"
          + "|住所|住所地|法定代表人|负责人|委托代理人|委托诉讼代理人)：.+");
  private static final Pattern ROLE_NOTE = Pattern.compile("（[^（）]*）");
  /** A party's own line (its role), not a line about it (住所, 法定代表人, 委托代理人…). */
  private static final Pattern PARTY_ROLE_LINE = Pattern.compile(
      "(?:被申请人|申请人|被答辩人|答辩人|原告|被告|第三人|原审第三人|被上诉人|上诉人)(?:（[^（）]*）)?：.+");

  /** The parts of a letter's text: the 主送 line and the body paragraphs. */
  public record Parsed(String addressee, List<String> paragraphs) {}

  static final String PROOF_OF_SERVICE_TEMPLATE = "letters/proof-of-service.docx";
  private static final Pattern DATE_LINE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");
  private static final Pattern REFERENCE_LINE = Pattern.compile("（[^（）]*）");

  /** The application named in the documents' properties (Word: 应用程序). */
  public static final String APPLICATION = "政府信息公开办理系统";

  private final AgencyProperties agency;
  private final Map<LetterKind, byte[]> templates = new EnumMap<>(LetterKind.class);
  private final byte[] proofOfService;

  public LetterDocuments(AgencyProperties agency) {
    this.agency = agency;
    for (LetterKind kind : LetterKind.values()) {
      templates.put(kind, load(kind.documentTemplateName()));
    }
    proofOfService = load(PROOF_OF_SERVICE_TEMPLATE);
  }

  /** The .docx of a letter. */
  public byte[] render(Content content) {
    Map<String, Object> data = frame(content.date());
    data.put("documentNumber", content.documentNumber());
    data.put("addressee", content.addressee() == null || content.addressee().isBlank() ? null
        : Map.of("name", content.addressee()));
    List<Map<String, String>> body = new ArrayList<>();
    for (String paragraph : content.paragraphs()) {
      body.add(Map.of("text", paragraph));
    }
    data.put("body", body);
    return render(templates.get(content.kind()), data);
  }

  /**
   * A pleading from the answer's text (the server's opening, which starts with the parties
   * block, then what legal wrote and leadership approved) and its evidence list: the leading
   * lines of the parties block are the parties; the party that signs is the first one named
   * (答辩人, 被上诉人, 上诉人, 被申请人), without its note (（原审被告）). A closing the drafter
   * wrote at the end of the text (此致, the court, the agency, a date) is dropped: the layout
   * writes it once.
   */
  public Pleading pleading(LetterKind kind, String documentNumber, String text,
      String addressedTo, String evidence, LocalDate date) {
    if (!kind.pleading()) {
      throw new IllegalArgumentException(kind + " is not a pleading");
    }
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r", "").split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    int start = 0;
    while (start < lines.size() && PARTY_LINE.matcher(lines.get(start)).matches()) {
      start++;
    }
    List<String> parties = List.copyOf(lines.subList(0, start));
    String court = addressedTo == null || addressedTo.isBlank() ? null : addressedTo.strip();
    int end = lines.size();
    while (end > start && closingLine(lines.get(end - 1), court)) {
      end--;
    }
    String role = parties.isEmpty() ? defaultRole(kind)
        : ROLE_NOTE.matcher(parties.get(0).substring(0, parties.get(0).indexOf('：')))
            .replaceAll("");
    String signature = role + "：" + agency.name()
        + (kind == LetterKind.RECONSIDERATION_ANSWER ? "（印章）" : "（盖章）");
    List<String> evidenceLines = new ArrayList<>();
    if (evidence != null) {
      for (String line : evidence.replace("\r", "").split("\n")) {
        if (!line.isBlank()) {
          evidenceLines.add(line.strip());
        }
      }
    }
    List<String> items = new ArrayList<>();
    int copies = copies(parties);
    switch (kind) {
      case LITIGATION_DEFENCE -> items.add("本答辩状副本" + copies + "份");
      case LITIGATION_APPEAL -> items.add("本上诉状副本" + copies + "份");
      default -> { }
    }
    if (!evidenceLines.isEmpty()) {
      items.add(EVIDENCE_TITLE + "（附后）");
    }
    List<String> attachments = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      attachments.add(items.size() == 1 ? "附：" + items.get(i)
          : (i == 0 ? "附：" : "　　") + (i + 1) + "." + items.get(i));
    }
    return new Pleading(kind, documentNumber, parties, List.copyOf(lines.subList(start, end)),
        court, signature, date, List.copyOf(attachments), List.copyOf(evidenceLines));
  }

  /**
   * How many copies of a court pleading are attached (ADR 0056): one for each other party the
   * parties block names (the court serves each a copy: ALL Art. 67, 85), i.e. every party line
   * after the signing party's (申请人, 原告, 上诉人, 被上诉人, 第三人, 原审第三人), not the lines about
   * a party (住所, 法定代表人, 委托代理人); 1 when the block names none (the one opposing party).
   * The block is the server's, built from the register: the appellant recorded on the appeal,
   * the co-appellants and 第三人 recorded with it (ADR 0063).
   */
  static int copies(List<String> parties) {
    int others = 0;
    for (int i = 1; i < parties.size(); i++) {
      if (PARTY_ROLE_LINE.matcher(parties.get(i)).matches()) {
        others++;
      }
    }
    return Math.max(1, others);
  }

  private boolean closingLine(String line, String court) {
    return line.equals(CLOSING) || line.equals(court) || DATE_LINE.matcher(line).matches()
        || line.replaceAll("（[印盖]章）$", "").replaceAll("^[^：]{1,20}：", "")
            .equals(agency.name());
  }

  private static String defaultRole(LetterKind kind) {
    return switch (kind) {
      case RECONSIDERATION_ANSWER -> "被申请人";
      case LITIGATION_APPEAL -> "上诉人";
      default -> "答辩人";
    };
  }

  static String fileReference(String documentNumber) {
    return "文书编号：" + documentNumber;
  }

  /** The .docx of a pleading, in its kind's template (ADR 0051). */
  public byte[] render(Pleading pleading) {
    Map<String, Object> data = frame(pleading.date());
    data.put("parties", lines(pleading.parties()));
    data.put("body", lines(pleading.paragraphs()));
    data.put("closing", pleading.addressedTo() == null ? null
        : Map.of("addressedTo", pleading.addressedTo()));
    data.put("signature", pleading.signature());
    data.put("attachments", lines(pleading.attachments()));
    data.put("evidence", pleading.evidence().isEmpty() ? null
        : Map.of("items", lines(pleading.evidence())));
    data.put("fileReference", pleading.documentNumber() == null ? ""
        : fileReference(pleading.documentNumber()));
    return render(templates.get(pleading.kind()), data);
  }

  private static List<Map<String, String>> lines(List<String> lines) {
    List<Map<String, String>> list = new ArrayList<>();
    for (String line : lines) {
      list.add(Map.of("text", line));
    }
    return list;
  }

  /** The 送达回证 (proof of service) of a letter, to be signed by the recipient. */
  public byte[] proofOfService(String letterTitle, String documentNumber, String recipient,
      String deliveryMethod, String deliveryAddress, LocalDate date) {
    Map<String, Object> data = frame(date);
    data.put("letterTitle", letterTitle);
    data.put("documentNumber", documentNumber);
    data.put("recipient", recipient);
    data.put("deliveryMethod", deliveryMethod);
    data.put("deliveryAddress", deliveryAddress == null ? "" : deliveryAddress);
    return render(proofOfService, data);
  }

  /**
   * Splits a letter's text as the .txt templates lay it out: the title line, the reference line
   * （…） under it, the 主送 line ending in "：", the body, and the agency and date lines at the
   * end. The title, reference, agency and date come from the Word template instead (the 文号
   * replaces the reference), so they are dropped here; what the office wrote stays.
   */
  public Parsed parse(LetterKind kind, String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r", "").split("\n")) {
      lines.add(line.strip());
    }
    int start = 0;
    int end = lines.size();
    while (start < end && lines.get(start).isEmpty()) {
      start++;
    }
    if (start < end && lines.get(start).equals(kind.title())) {
      start++;
      while (start < end && lines.get(start).isEmpty()) {
        start++;
      }
      if (start < end && REFERENCE_LINE.matcher(lines.get(start)).matches()) {
        start++;
      }
    }
    while (start < end && lines.get(start).isEmpty()) {
      start++;
    }
    String addressee = null;
    if (start < end && lines.get(start).endsWith("：") && lines.get(start).length() <= 60
        && !lines.get(start).contains("。")) {
      addressee = lines.get(start).substring(0, lines.get(start).length() - 1);
      start++;
    }
    while (end > start && lines.get(end - 1).isEmpty()) {
      end--;
    }
    if (end > start && DATE_LINE.matcher(lines.get(end - 1)).matches()) {
      end--;
      while (end > start && lines.get(end - 1).isEmpty()) {
        end--;
      }
      if (end > start && lines.get(end - 1).equals(agency.name())) {
        end--;
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (String line : lines.subList(start, end)) {
      if (!line.isEmpty()) {
        paragraphs.add(line);
      }
    }
    return new Parsed(addressee, paragraphs);
  }

  /** All text of a .docx: its paragraphs and table cells, one per line. */
  public static String text(byte[] docx) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      StringBuilder text = new StringBuilder();
      for (var element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          text.append(paragraph.getText()).append('\n');
        } else if (element instanceof org.apache.poi.xwpf.usermodel.XWPFTable table) {
          for (var row : table.getRows()) {
            for (var cell : row.getTableCells()) {
              text.append(cell.getText()).append('\n');
            }
          }
        }
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> frame(LocalDate date) {
    Map<String, Object> data = new HashMap<>();
    data.put("agency", agency.name());
    data.put("date", CaseLetters.chinese(date));
    data.put("contactPerson", agency.contactPerson());
    data.put("contactPhone", agency.contactPhone());
    data.put("agencyAddress", agency.address());
    return data;
  }

  private byte[] render(byte[] template, Map<String, Object> data) {
    try (XWPFTemplate document = XWPFTemplate.compile(new ByteArrayInputStream(template))
        .render(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      // Word shows these as the document's author (作者); POI would name itself.
      POIXMLProperties properties = document.getXWPFDocument().getProperties();
      properties.getCoreProperties().setCreator(agency.name());
      properties.getCoreProperties().setLastModifiedByUser(agency.name());
      properties.getExtendedProperties().getUnderlyingProperties().setApplication(APPLICATION);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] load(String name) {
    try (InputStream in = new ClassPathResource(name).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Missing letter template " + name, e);
    }
  }
}
