package io.github.ogiworkflow.letter;

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
 * (ARL Art. 48, ALL Art. 67: the answering party names itself). The defaults say in
 * Chinese what is missing, since they end up in printed letters.
 */
@ConfigurationProperties("ogi.agency")
public record AgencyProperties(
    @DefaultValue("（机关名称未配置）") String name,
    @DefaultValue("（复议机关未配置）") String reconsiderationBody,
    @DefaultValue("政府信息公开") String documentPrefix,
    @DefaultValue("政府信息公开工作机构") String contactPerson,
    @DefaultValue("（联系电话未配置）") String contactPhone,
    @DefaultValue("（机关地址未配置）") String address,
    @DefaultValue("（保密行政管理部门未配置）") String secrecyAdministration,
    @DefaultValue("（缴款渠道未配置）") String feePayment,
    @DefaultValue("（法定代表人未配置）") String legalRepresentative,
    @DefaultValue("（职务未配置）") String legalRepresentativeTitle) {

  @ConstructorBinding
  public AgencyProperties {}

  /** The demo's and the tests' way to pay (application-demo.yaml says the same). */
  public static final String DEMO_FEE_PAYMENT = "通过示范市非税收入统一缴款平台，按本通知书所附缴款码缴纳；"
      + "或到示范市人民路1号行政服务中心3楼财务窗口（工作日9:00—12:00，13:30—17:00）现场缴纳";

  /** Name and reconsideration body only, the rest as the defaults (tests). */
  public AgencyProperties(String name, String reconsiderationBody) {
    this(name, reconsiderationBody, "示市监信公开", "政府信息公开办公室", "0595-22000000",
        "示范市人民路1号", "示范市国家保密局", DEMO_FEE_PAYMENT, "王明", "局长");
  }
}
