package org.fazhi.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.fazhi.agency.Agency;

/**
 * The identity of one agency's report for one year (Whitehall's Document); its text lives
 * in {@link ReportEdition}s. Holds what outlives editions: the index number 索引号.
 */
@Entity
public class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agency_id")
	private Agency agency;

	@Column(name = "report_year")
	private int year;

	private String indexNumber;

	private Instant firstPublishedAt;

	private Instant createdAt;

	private String createdBy;

	// Written only by the view counter's batched UPDATE; JPA must never write back a
	// stale value.
	@Column(insertable = false, updatable = false)
	private long viewCount;

	protected Report() {
	}

	public Report(Agency agency, int year, String createdBy, Instant createdAt) {
		this.agency = agency;
		this.year = year;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Agency getAgency() {
		return this.agency;
	}

	public int getYear() {
		return this.year;
	}

	public String getIndexNumber() {
		return this.indexNumber;
	}

	public Instant getFirstPublishedAt() {
		return this.firstPublishedAt;
	}

	public long getViewCount() {
		return this.viewCount;
	}

	public boolean hasIndexNumber() {
		return this.indexNumber != null;
	}

	/**
	 * Records the first publication; later publications (corrections) keep both values.
	 */
	void assignIndexNumber(IndexNumber indexNumber, Instant publishedAt) {
		if (this.indexNumber != null) {
			throw new IllegalStateException("Index number already assigned: " + this.indexNumber);
		}
		this.indexNumber = indexNumber.toString();
		this.firstPublishedAt = publishedAt;
	}

}
