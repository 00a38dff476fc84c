package io.github.ogiworkflow.letter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency that signs the letters, the body that hears reconsideration of its replies and
 * the secrecy administration (保密行政管理部门) it refers undecidable items to (Art. 17);
 * with what its letterhead and contact line print: {@code documentPrefix} is the 机关代字 of its
 * 文号 (GB/T 9704 7.2.4), e.g. 示市监信公开 for 示市监信公开答〔2026〕12号; {@code feePayment} is
 * where and how a fee is paid (收款单位, 缴款码 or account, the counter and its hours), which the
 * fee notice must state (国办函〔2020〕109号); {@code legalRepresentative} and its
 * {@code legalRepresentativeTitle} (法定代表人, 职务) head the agency's 行政复议答复书 and 答辩状
 * (ARL Art. 48, ALL Art. 67: the answering party names itself).
 *
 * <p>Every setting marked {@link Required} must be set: {@link AgencySettingsGuard} refuses the
 * start without it (ADR 0051), naming it by its label, in the order of the components here.
 * Only {@code contactPerson} has a default.
 */
@ConfigurationProperties(AgencyProperties.PREFIX)
public record AgencyProperties(
    @Required("机关名称（文书署名、落款）") String name,
    @Required("行政复议机关（救济途径）") String reconsiderationBody,
    @Required("机关代字（文号）") String documentPrefix,
    @DefaultValue("政府信息公开工作机构") String contactPerson,
    @Required("机关地址（住所、送达地点）") String address,
    @Required("联系电话（文书附注）") String contactPhone,
    @Required("保密行政管理部门（提请确定密级的函）") String secrecyAdministration,
    @Required("缴费渠道（收费通知书）") String feePayment,
    @Required("法定代表人（复议答复书、答辩状、上诉状）") String legalRepresentative,
    @Required("法定代表人职务") String legalRepresentativeTitle) {

  /** Where the settings are: {@code ogi.agency.reconsideration-body} and so on. */
  public static final String PREFIX = "ogi.agency";

  /**
   * A setting a letter cannot do without, with what it is in Chinese (the refusal to start
   * names it so).
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  public @interface Required {
    String value();
  }

  @ConstructorBinding
  public AgencyProperties {}

  /** The demo's and the tests' way to pay (application-demo.yaml says the same). */
  public static final String DEMO_FEE_PAYMENT = "通过示范市非税收入统一缴款平台，按本通知书所附缴款码缴纳；"
      + "或到示范市人民路1号行政服务中心3楼财务窗口（工作日9:00—12:00，13:30—17:00）现场缴纳";

  /** Name and reconsideration body only, the rest as the demo profile has them (tests). */
  public AgencyProperties(String name, String reconsiderationBody) {
    this(name, reconsiderationBody, "示市监信公开", "政府信息公开办公室", "示范市人民路1号",
        "0595-22000000", "示范市国家保密局", DEMO_FEE_PAYMENT, "王明", "局长");
  }
}
