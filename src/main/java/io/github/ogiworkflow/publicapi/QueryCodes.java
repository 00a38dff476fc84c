package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.online.OnlineRegister.Access;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The applicant's query code (查询码): 16 random characters (80 bits) shown once as
 * XXXX-XXXX-XXXX-XXXX; only a per-case salted SHA-256 is stored. The alphabet leaves out
 * characters people confuse (I, L, O, U).
 */
final class QueryCodes {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int LENGTH = 16;
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Compared against when the number is unknown, so both answers cost the same. */
  private static final Access NOBODY = new Access("", "00".repeat(16), "00".repeat(32));

  private QueryCodes() {}

  /** A new code and the access record to store for {@code trackingNumber}. */
  static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  static Access accessFor(String trackingNumber, String code) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    String saltHex = HexFormat.of().formatHex(salt);
    return new Access(trackingNumber, saltHex, hash(saltHex, normalize(code)));
  }

  /** Constant-time check; a missing access record is checked against a dummy. */
  static boolean matches(Access access, String code) {
    Access against = access == null ? NOBODY : access;
    String presented = code == null ? "" : normalize(code);
    boolean equal = MessageDigest.isEqual(
        hash(against.salt(), presented).getBytes(StandardCharsets.US_ASCII),
        against.hash().getBytes(StandardCharsets.US_ASCII));
    return access != null && code != null && equal;
  }

  /**
   * Whether {@code code} is one of the case's working codes (the current one and those issued to
   * concurrent retries beside it, ADR 0012); every one is checked, and none against a dummy.
   */
  static boolean matchesAny(List<Access> accesses, String code) {
    if (accesses.isEmpty()) {
      return matches(null, code);
    }
    boolean found = false;
    for (Access access : accesses) {
      found |= matches(access, code);
    }
    return found;
  }

  /** Upper case, without the dashes and spaces people type or copy. */
  static String normalize(String code) {
    return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  static String hash(String saltHex, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(HexFormat.of().parseHex(saltHex));
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
