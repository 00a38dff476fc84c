package io.github.ogiworkflow.publication;

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
}
