package org.fazhi.audit;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the audit file is written; default in {@code application.yml}.
 *
 * @param auditDir the directory of the daily {@code audit-YYYY-MM-DD.log} files
 */
@ConfigurationProperties("fazhi")
record AuditSettings(Path auditDir) {
}
