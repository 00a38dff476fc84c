package io.github.ogiworkflow.letter;

import io.github.ogiworkflow.register.ReplyLetterRegister;


/** An issued letter as a file: its download name, 文号, the .docx bytes and their SHA-256. */
public record LetterFile(String fileName, String documentNumber, byte[] bytes, String sha256) {

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    return ReplyLetterRegister.sha256(bytes);
  }

  /** 政府信息公开申请答复书（示市监信公开答〔2026〕3号）.docx */
  public static String fileName(String title, String documentNumber) {
    return title + (documentNumber == null ? "" : "（" + documentNumber + "）") + ".docx";
  }

  /** The bytes still have the stored hash (nobody edited the row). */
  public boolean intact() {
    return sha256 != null && sha256.equals(sha256(bytes));
  }
}
