package io.github.ogiworkflow.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, from its bytes alone: Apache Tika's magic-number detector, without the file
 * name (Tika would otherwise trust a ".pdf" name for bytes it does not recognise). Office
 * containers are opened to tell Word from Excel: an OOXML zip by its main part (word/ or xl/),
 * an OLE2 file by its root stream (WordDocument, Workbook/Book).
 */
public final class AttachmentTypes {

  public static final String PDF = "application/pdf";
  public static final String DOC = "application/msword";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLS = "application/vnd.ms-excel";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";

  /** How staff and applicants call the types, and the extension a download gets. */
  static final Map<String, String> LABELS = Map.of(PDF, "PDF", DOC, "Word（doc）",
      DOCX, "Word（docx）", XLS, "Excel（xls）", XLSX, "Excel（xlsx）", PNG, "PNG 图片",
      JPEG, "JPEG 图片");
  static final Map<String, String> EXTENSIONS = Map.of(PDF, "pdf", DOC, "doc", DOCX, "docx",
      XLS, "xls", XLSX, "xlsx", PNG, "png", JPEG, "jpg");

  private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
  private static final MediaType ZIP = MediaType.application("zip");
  private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

  private AttachmentTypes() {}

  /** The media type of the bytes, e.g. "application/pdf"; "application/octet-stream" if unknown. */
  public static String detect(byte[] bytes) {
    MediaType type;
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      type = TIKA.detect(in, new Metadata()).getBaseType();
    } catch (IOException e) {
      return MediaType.OCTET_STREAM.toString();
    }
    if (type.equals(ZIP) || TIKA.getMediaTypeRegistry().isSpecializationOf(type, ZIP)) {
      return ooxml(bytes).orElse(type.toString());
    }
    if (type.equals(OLE2) || TIKA.getMediaTypeRegistry().isSpecializationOf(type, OLE2)) {
      return ole2(bytes).orElse(type.toString());
    }
    return type.toString();
  }

  public static String label(String type) {
    return LABELS.getOrDefault(type, type);
  }

  public static String extension(String type) {
    return EXTENSIONS.getOrDefault(type, "bin");
  }

  /** A Word or Excel 2007+ document: a zip with its content types and main part. */
  private static Optional<String> ooxml(byte[] bytes) {
    Set<String> names = new HashSet<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null && names.size() < 10_000; ) {
        names.add(entry.getName());
      }
    } catch (IOException | IllegalArgumentException notAZip) {
      return Optional.empty();
    }
    if (!names.contains("[Content_Types].xml")) {
      return Optional.empty();
    }
    if (names.contains("word/document.xml")) {
      return Optional.of(DOCX);
    }
    if (names.contains("xl/workbook.xml")) {
      return Optional.of(XLSX);
    }
    return Optional.empty();
  }

  /** A Word 97–2003 or Excel 97–2003 file: an OLE2 container with that main stream. */
  private static Optional<String> ole2(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("WordDocument")) {
        return Optional.of(DOC);
      }
      if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
        return Optional.of(XLS);
      }
      return Optional.empty();
    } catch (IOException | RuntimeException notOle2) {
      return Optional.empty();
    }
  }
}
