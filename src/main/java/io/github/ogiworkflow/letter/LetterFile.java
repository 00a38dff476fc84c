package io.github.ogiworkflow.letter;

/** A letter as a Word file: its name, 文号, bytes and their SHA-256. */
// placeholder until the docx letters land
public record LetterFile(String fileName, String documentNumber, byte[] bytes, String sha256) {}
