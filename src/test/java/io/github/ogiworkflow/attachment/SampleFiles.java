package io.github.ogiworkflow.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of each kind, made here so that the tests need no binary fixtures. */
final class SampleFiles {

  private SampleFiles() {}

  /** A minimal one-page PDF as a PDF writer would make it. */
  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] png() {
    return image("png");
  }

  static byte[] jpeg() {
    return image("jpg");
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0xa4161a);
    return written(out -> ImageIO.write(image, format, out));
  }

  static byte[] docx() {
    return written(out -> {
      try (XWPFDocument doc = new XWPFDocument()) {
        doc.createParagraph().createRun().setText("2025年本局行政处罚案件统计表（已处理）");
        doc.write(out);
      }
    });
  }

  static byte[] xlsx() {
    return workbook(new XSSFWorkbook());
  }

  static byte[] xls() {
    return workbook(new HSSFWorkbook());
  }

  /** One sheet 统计 with one cell, in the format of {@code book} (Excel 2007+ or 97–2003). */
  private static byte[] workbook(Workbook book) {
    return written(out -> {
      try (book) {
        book.createSheet("统计").createRow(0).createCell(0).setCellValue("案件数");
        book.write(out);
      }
    });
  }

  /** The start of a Windows program: "MZ", the DOS stub, the PE header offset. */
  static byte[] exe() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, exe, 0x4e, stub.length);
    return exe;
  }

  /** A plain zip archive (not an Office document). */
  static byte[] zip() {
    return zipOf("readme.txt", "hello");
  }

  /** A zip that pretends to be OOXML ([Content_Types].xml first) without a Word or Excel part. */
  static byte[] fakeOoxml() {
    return zipOf("[Content_Types].xml", "<Types/>", "payload.js", "alert(1)");
  }

  /** A zip archive of the entries in that order: name, content, name, content… */
  private static byte[] zipOf(String... namesAndContents) {
    return written(out -> {
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (int i = 0; i < namesAndContents.length; i += 2) {
          zip.putNextEntry(new ZipEntry(namesAndContents[i]));
          zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.US_ASCII));
          zip.closeEntry();
        }
      }
    });
  }

  static byte[] text() {
    return "这不是 PDF，只是一段文字。\n".getBytes(StandardCharsets.UTF_8);
  }

  private interface Writing {
    void to(ByteArrayOutputStream out) throws IOException;
  }

  /** The bytes a writer writes (in memory: an IOException would be a bug of the test). */
  private static byte[] written(Writing writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writing.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
