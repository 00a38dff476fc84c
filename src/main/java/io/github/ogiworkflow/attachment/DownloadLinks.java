package io.github.ogiworkflow.attachment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The applicants' download links: the case, the file and an expiry, signed with HMAC-SHA256 and
 * a server key (ogi.attachments.link-secret). Nobody can make or extend a link without the key;
 * a link works until it expires, and the file's release is checked again on every download.
 */
@Component
public class DownloadLinks {

  private static final Logger LOG = LoggerFactory.getLogger(DownloadLinks.class);
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Z]{2,8}-\\d{4}-\\d{1,9}");

  /** What a link gives: the reply letter or an attachment of the case. */
  public enum Kind { LETTER, FILE }

  public record Link(String trackingNumber, Kind kind, long ref, Instant expiresAt) {}

  private final SecretKeySpec key;

  public DownloadLinks(AttachmentProperties properties) {
    byte[] secret;
    if (properties.linkSecret() == null || properties.linkSecret().isBlank()) {
      secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      LOG.warn("ogi.attachments.link-secret is not set: applicants' download links stop working"
          + " after a restart and on other cluster nodes");
    } else {
      secret = properties.linkSecret().getBytes(StandardCharsets.UTF_8);
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  public String sign(Link link) {
    String payload = link.trackingNumber() + "." + link.kind().name().charAt(0) + "."
        + link.ref() + "." + link.expiresAt().getEpochSecond();
    return B64.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "."
        + B64.encodeToString(mac(payload));
  }

  /** The link, if the token is one we signed; its expiry is for the caller to check. */
  public Optional<Link> verify(String token) {
    if (token == null || token.length() > 300) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      String payload = new String(Base64.getUrlDecoder().decode(parts[0]),
          StandardCharsets.US_ASCII);
      byte[] given = Base64.getUrlDecoder().decode(parts[1]);
      if (!MessageDigest.isEqual(mac(payload), given)) {
        return Optional.empty();
      }
      String[] fields = payload.split("\\.", -1);
      if (fields.length != 4 || !TRACKING_NUMBER.matcher(fields[0]).matches()) {
        return Optional.empty();
      }
      Kind kind = fields[1].equals("L") ? Kind.LETTER : fields[1].equals("F") ? Kind.FILE : null;
      if (kind == null) {
        return Optional.empty();
      }
      return Optional.of(new Link(fields[0], kind, Long.parseLong(fields[2]),
          Instant.ofEpochSecond(Long.parseLong(fields[3]))));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private byte[] mac(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
