package io.github.ogiworkflow.support;

/**
 * What an installation outside the demo profile must set for the app to start (README "Running
 * outside the demo profile"): the agency the letters name (ADR 0051), as {@code key=value}.
 */
public final class ProductionSettings {

  private ProductionSettings() {}

  /** The download links' key (OGI_LINK_SECRET, attachment/LinkSecretGuard), as an argument. */
  public static final String LINK_SECRET_ARGUMENT =
      "--ogi.attachments.link-secret=a-test-key-of-more-than-32-characters";

  /** The agency's settings, with the demo's values. */
  public static String[] agency() {
    return new String[] {
        "ogi.agency.name=示范市市场监督管理局",
        "ogi.agency.reconsideration-body=示范市人民政府",
        "ogi.agency.document-prefix=示市监信公开",
        "ogi.agency.address=示范市人民路1号",
        "ogi.agency.contact-phone=0595-22000000",
        "ogi.agency.secrecy-administration=示范市国家保密局",
        "ogi.agency.fee-payment=到示范市人民路1号行政服务中心3楼财务窗口现场缴纳",
        "ogi.agency.legal-representative=王明",
        "ogi.agency.legal-representative-title=局长"};
  }

  /** The same as command-line arguments ({@code --key=value}), which win over any yaml. */
  public static String[] agencyArguments() {
    return java.util.Arrays.stream(agency()).map(setting -> "--" + setting)
        .toArray(String[]::new);
  }
}
