package io.github.ogiworkflow.attachment;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Files attached to cases (ogi.attachments.*).
 *
 * @param maxSize the largest file accepted; Spring's multipart limits follow it
 *     ({@link AttachmentWebConfiguration})
 * @param allowedTypes the media types accepted, as recognised from the bytes; any other type is
 *     refused (an office that needs another one adds it here)
 * @param linkSecret key of the applicants' download links (HMAC-SHA256); the same on every node
 *     of a cluster; required outside the demo profile ({@link LinkSecretGuard}); empty (only
 *     where Spring Boot does not start, e.g. the scenario tests): a random key per start
 * @param linkValidity how long an applicant's download link works
 */
@ConfigurationProperties("ogi.attachments")
public record AttachmentProperties(
    @DefaultValue("20MB") DataSize maxSize,
    @DefaultValue({AttachmentTypes.PDF, AttachmentTypes.DOC, AttachmentTypes.DOCX,
        AttachmentTypes.XLS, AttachmentTypes.XLSX, AttachmentTypes.PNG, AttachmentTypes.JPEG})
    List<String> allowedTypes,
    @DefaultValue("") String linkSecret,
    @DefaultValue("24h") Duration linkValidity) {}
