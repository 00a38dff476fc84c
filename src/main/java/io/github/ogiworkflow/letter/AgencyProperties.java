package io.github.ogiworkflow.letter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The agency that signs the letters, and the body that hears reconsideration of its replies. */
@ConfigurationProperties("ogi.agency")
public record AgencyProperties(
    @DefaultValue("（机关名称未配置：ogi.agency.name）") String name,
    @DefaultValue("（复议机关未配置：ogi.agency.reconsideration-body）") String reconsiderationBody) {}
