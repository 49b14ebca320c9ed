package org.fazhi.agency;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A government agency identified by its 18-character unified social credit code; a
 * county-level agency oversees the townships whose parent it is.
 */
@Entity
@EntityListeners(AgencyChangeListener.class)
public class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unified_code")
	private String unifiedCode;

	private String fullName;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private AgencyLevel level;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Agency parent;

	// MM-DD in the year after the report year; null means the service default.
	private String submissionDeadline;

	protected Agency() {
	}

	public Agency(String unifiedCode, String fullName, String shortName, AgencyLevel level, Agency parent) {
		this.unifiedCode = UnifiedCode.requireValid(unifiedCode);
		this.fullName = fullName;
		this.shortName = shortName;
		this.level = level;
		this.parent = parent;
	}

	public Long getId() {
		return this.id;
	}

	public String getUnifiedCode() {
		return this.unifiedCode;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getShortName() {
		return this.shortName;
	}

	public AgencyLevel getLevel() {
		return this.level;
	}

	public Agency getParent() {
		return this.parent;
	}

	/**
	 * This county's own submission deadline (month and day of the year after the report
	 * year), if it set one.
	 */
	public Optional<MonthDay> getSubmissionDeadline() {
		return Optional.ofNullable(this.submissionDeadline).map((md) -> MonthDay.parse("--" + md));
	}

	public void setSubmissionDeadline(MonthDay deadline) {
		this.submissionDeadline = (deadline != null)
				? "%02d-%02d".formatted(deadline.getMonthValue(), deadline.getDayOfMonth()) : null;
	}

	public boolean isTownship() {
		return this.level == AgencyLevel.TOWNSHIP;
	}

	/**
	 * The county-level agency this township reports to, or {@code null} when there is
	 * none.
	 */
	public Agency overseeingCounty() {
		// Getters, not fields: the parent may be a lazy proxy whose fields are never
		// populated.
		Agency parent = getParent();
		return (parent != null && parent.getLevel() == AgencyLevel.COUNTY) ? parent : null;
	}

	/**
	 * Short names from the province down to this agency, e.g. 河南省 › 商丘市 › 民权县 › 程庄镇.
	 */
	public List<Agency> path() {
		List<Agency> path = new ArrayList<>();
		for (Agency a = this; a != null; a = a.getParent()) {
			path.add(0, a);
		}
		return path;
	}

}
