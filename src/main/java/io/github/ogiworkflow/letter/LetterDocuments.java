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
 */
@Component
public class LetterDocuments {

  /** What one document says. {@code addressee} may be null (a letter without 主送). */
  public record Content(LetterKind kind, String documentNumber, String addressee,
      List<String> paragraphs, LocalDate date) {}

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
