package org.fazhi.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

/**
 * The audit trail as a file of its own, apart from the application log: one line per
 * event, one file per day ({@code audit-YYYY-MM-DD.log} under {@code fazhi.audit-dir}),
 * so that it can be kept, shipped and protected differently. The database table stays the
 * record; the file is for people and log collectors.
 */
@Component
class AuditFile {

	private static final Log logger = LogFactory.getLog(AuditFile.class);

	private final Path directory;

	private final Clock clock;

	AuditFile(AuditSettings settings, Clock clock) {
		this.directory = settings.auditDir();
		this.clock = clock;
	}

	synchronized void append(String line) {
		Path file = file(LocalDate.now(this.clock));
		try {
			Files.createDirectories(this.directory);
			Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			// The event is in the database already; a full disk must not fail the
			// request.
			logger.error("Could not write the audit file " + file, ex);
		}
	}

	Path file(LocalDate day) {
		return this.directory.resolve("audit-" + day + ".log");
	}

}
