package io.github.ogiworkflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The type comes from the bytes: Tika's magic numbers, Office containers opened. */
class AttachmentTypesTest {

  @Test
  void realFilesAreRecognisedFromTheirBytes() {
    assertThat(AttachmentTypes.detect(SampleFiles.pdf())).isEqualTo(AttachmentTypes.PDF);
    assertThat(AttachmentTypes.detect(SampleFiles.png())).isEqualTo(AttachmentTypes.PNG);
    assertThat(AttachmentTypes.detect(SampleFiles.jpeg())).isEqualTo(AttachmentTypes.JPEG);
    assertThat(AttachmentTypes.detect(SampleFiles.docx())).isEqualTo(AttachmentTypes.DOCX);
    assertThat(AttachmentTypes.detect(SampleFiles.xlsx())).isEqualTo(AttachmentTypes.XLSX);
    assertThat(AttachmentTypes.detect(SampleFiles.xls())).isEqualTo(AttachmentTypes.XLS);
  }

  @Test
  void otherBytesAreNeverAnAcceptedType() {
    for (byte[] bytes : new byte[][] {SampleFiles.exe(), SampleFiles.zip(),
        SampleFiles.fakeOoxml(), SampleFiles.text(), new byte[] {0, 1, 2, 3, 4, 5},
        "%PD".getBytes(StandardCharsets.US_ASCII)}) {
      assertThat(AttachmentTypes.detect(bytes)).isNotIn(AttachmentTypes.PDF,
          AttachmentTypes.DOC, AttachmentTypes.DOCX, AttachmentTypes.XLS, AttachmentTypes.XLSX,
          AttachmentTypes.PNG, AttachmentTypes.JPEG);
    }
    assertThat(AttachmentTypes.detect(SampleFiles.text())).isEqualTo("text/plain");
  }

  @Test
  void theStoredNameKeepsNoPathAndGetsTheExtensionOfItsBytes() {
    assertThat(Attachments.fileName("C:\\scans\\申请表.PDF", AttachmentTypes.PDF))
        .isEqualTo("申请表.pdf");
    assertThat(Attachments.fileName("../../etc/passwd", AttachmentTypes.PNG))
        .isEqualTo("passwd.png");
    assertThat(Attachments.fileName("统计表.pdf", AttachmentTypes.DOCX)).isEqualTo("统计表.docx");
    assertThat(Attachments.fileName("照片.jpeg", AttachmentTypes.JPEG)).isEqualTo("照片.jpeg");
    assertThat(Attachments.fileName("", AttachmentTypes.PDF)).isEqualTo("附件.pdf");
  }
}
