package io.github.ogiworkflow.publication;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Where an item is published (handbook section 5); the annual report counts each. */
public enum PublicationChannel {
  WEBSITE("政府网站"),
  GAZETTE("政府公报"),
  NEW_MEDIA("政务新媒体"),
  READING_ROOM("查阅场所"),
  OTHER("其他（报刊广播电视）");

  private final String label;

  PublicationChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Whether a line on this channel is located by a web address (政府网站, 政务新媒体): the
   * register takes only an http(s) URL there and the catalogue links it (audit 33a F7).
   */
  public boolean locatedByUrl() {
    return this == WEBSITE || this == NEW_MEDIA;
  }

  /**
   * {@code location} as an absolute http or https URL with a host; empty for anything else
   * (a {@code javascript:} or {@code data:} address, a relative path, a text with blanks).
   */
  public static Optional<URI> webAddress(String location) {
    if (location == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(location.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
