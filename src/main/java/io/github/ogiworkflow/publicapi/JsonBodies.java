package io.github.ogiworkflow.publicapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads a JSON object from a public request strictly: a size limit, UTF-8 only, no duplicate
 * or unknown fields, text values only. Every failure is a 4xx with a Chinese message.
 */
@Component
class JsonBodies {

  private final ObjectMapper mapper = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final int maxBytes;

  JsonBodies(@Value("${ogi.public.max-body-bytes:32768}") int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The body's text fields by name; fields must be among {@code allowed}. */
  Map<String, String> read(HttpServletRequest request, Set<String> allowed) {
    checkContentType(request.getContentType());
    if (request.getContentLengthLong() > maxBytes) {
      throw tooLarge();
    }
    String text = decode(readLimited(request));
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw PublicApiException.badRequest("malformed JSON", "请求内容不是有效的 JSON");
    }
    if (!(root instanceof ObjectNode object)) {
      throw PublicApiException.badRequest("JSON object expected", "请求内容应为 JSON 对象");
    }
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (!allowed.contains(name)) {
        errors.put(name, "不支持的字段");
      } else if (value.isTextual()) {
        values.put(name, value.textValue());
      } else if (!value.isNull()) {
        errors.put(name, "应为文本");
      }
    }
    if (!errors.isEmpty()) {
      throw PublicApiException.invalid(errors);
    }
    return values;
  }

  private static void checkContentType(String contentType) {
    MediaType type;
    try {
      type = contentType == null ? null : MediaType.parseMediaType(contentType);
    } catch (IllegalArgumentException e) {
      type = null;
    }
    if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)
        || (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset()))) {
      throw new PublicApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "application/json in UTF-8 expected",
          "请求内容应为 UTF-8 编码的 JSON（application/json）");
    }
  }

  private byte[] readLimited(HttpServletRequest request) {
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw PublicApiException.badRequest("unreadable body", "无法读取请求内容");
    }
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw PublicApiException.badRequest("body is not valid UTF-8", "请求内容不是有效的 UTF-8 编码");
    }
  }

  private PublicApiException tooLarge() {
    return new PublicApiException(HttpStatus.PAYLOAD_TOO_LARGE, "body too large",
        "请求内容过大（不得超过 " + maxBytes / 1024 + " KB）");
  }
}
