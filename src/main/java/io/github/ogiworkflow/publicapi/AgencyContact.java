package io.github.ogiworkflow.publicapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How applicants reach the agency's 政府信息公开工作机构 (Art. 24 and Art. 27: the agency makes its
 * office's address, phone and hours known; Art. 10 names the agency). Shown on the public page.
 * Empty values are left off the page.
 */
@ConfigurationProperties("ogi.agency.contact")
public record AgencyContact(
    @DefaultValue("") String office,
    @DefaultValue("") String address,
    @DefaultValue("") String phone,
    @DefaultValue("") String hours,
    @DefaultValue("") String email) {}
