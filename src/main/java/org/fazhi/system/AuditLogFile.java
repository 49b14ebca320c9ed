package org.fazhi.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Routes the audit trail's log ({@code fazhi.audit}) to a file of its own, one file a day
 * kept for a year, and away from the application log, so that it can be kept, shipped and
 * protected differently.
 */
@Component
class AuditLogFile implements DisposableBean {

	private final RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();

	AuditLogFile(@Value("${fazhi.audit-log:${fazhi.data-dir}/logs/audit.log}") String file) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %X{requestId:-} %msg%n");
		encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
		encoder.start();
		TimeBasedRollingPolicy<ILoggingEvent> rolling = new TimeBasedRollingPolicy<>();
		rolling.setContext(context);
		rolling.setParent(this.appender);
		rolling.setFileNamePattern(file + ".%d{yyyy-MM-dd}");
		rolling.setMaxHistory(366);
		this.appender.setContext(context);
		this.appender.setName("AUDIT");
		this.appender.setFile(file);
		this.appender.setEncoder(encoder);
		this.appender.setRollingPolicy(rolling);
		rolling.start();
		this.appender.start();
		Logger logger = context.getLogger("fazhi.audit");
		logger.setLevel(Level.INFO);
		logger.setAdditive(false);
		logger.addAppender(this.appender);
	}

	@Override
	public void destroy() {
		this.appender.stop();
	}

}
