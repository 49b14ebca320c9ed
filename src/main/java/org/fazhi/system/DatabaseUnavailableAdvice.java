package org.fazhi.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When the database is down or too slow, pages answer 503 with a plain "service
 * unavailable" page (the API with JSON) and a Retry-After, instead of a stack of errors;
 * the connection pool reconnects by itself once the database is back.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableAdvice.class);

	private final Messages messages;

	DatabaseUnavailableAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	Object unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (!isOutage(ex)) {
			throw ex;
		}
		logger.warn("Database unavailable for " + request.getRequestURI() + ": " + ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		if (ApiError.answersFor(request)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.body(new ApiError("unavailable", this.messages.text("error.503.body")));
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		return "error/503";
	}

	/**
	 * Whether the failure is the database being unreachable, overloaded or restarting
	 * (rather than a bug): a resource failure, a timeout, or an SQL state of class 08
	 * (connection), 57P (operator intervention) or 53 (insufficient resources) anywhere
	 * in the causes.
	 */
	static boolean isOutage(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof QueryTimeoutException || cause instanceof SQLTransientConnectionException
					|| cause instanceof JDBCConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
					|| sql.getSQLState().startsWith("57P") || sql.getSQLState().startsWith("53"))) {
				return true;
			}
			// A connection cut while in use surfaces as a failed rollback on a closed
			// connection, without an SQL state.
			if (cause instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
					&& sql.getMessage().contains("Connection is closed")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
