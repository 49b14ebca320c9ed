package org.fazhi.disclosure;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.fazhi.agency.AgencyDirectory;
import org.fazhi.report.EditionState;
import org.fazhi.report.ReportEdition;
import org.fazhi.system.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and counts of published reports by region, year and topic, for the public browse
 * pages, feeds and the open-data API. Each list is two queries (page and count), whatever
 * its length.
 */
@Service
public class PublishedLists {

	private final EntityManager entityManager;

	private final AgencyDirectory directory;

	PublishedLists(EntityManager entityManager, AgencyDirectory directory) {
		this.entityManager = entityManager;
		this.directory = directory;
	}

	/**
	 * Which published reports to list.
	 *
	 * @param regionId an agency at any level; everything below it is included
	 * @param year report year
	 * @param topicId topic
	 */
	public record Filter(Long regionId, Integer year, Long topicId) {

		static final Filter ALL = new Filter(null, null, null);

	}

	/**
	 * One page of a list.
	 *
	 * @param items the editions on this page, newest publication first
	 * @param total how many match in all
	 * @param page page number from 0
	 * @param size page size
	 */
	public record Page(List<ReportEdition> items, long total, int page, int size) {

		public int pages() {
			return (int) ((this.total + this.size - 1) / this.size);
		}

		public boolean hasNext() {
			return (long) (this.page + 1) * this.size < this.total;
		}

		public boolean hasPrevious() {
			return this.page > 0;
		}

	}

	/**
	 * One page of the list; a page deeper than page numbers reach, or past the last one,
	 * is refused before anything is read.
	 * @throws org.fazhi.system.PageOutOfRangeException for such a page
	 */
	@Transactional(readOnly = true)
	public Page list(Filter filter, int page, int size) {
		long offset = Paging.offset(page, size);
		long total = count(filter);
		Paging.requireExists(page, size, total);
		return new Page(fetch(filter, null, (int) offset, size), total, page, size);
	}

	/**
	 * The page after {@code cursor} in publication order, for complete exports: keyset
	 * paging, so the millionth report costs what the first does, and no cap.
	 * @param cursor the last report of the previous page, or {@code null} for the first
	 */
	@Transactional(readOnly = true)
	public Page after(Filter filter, Cursor cursor, int size) {
		return new Page(fetch(filter, cursor, 0, size), count(filter), 0, size);
	}

	/**
	 * Where a keyset page ends: the publication time and edition id of its last item.
	 *
	 * @param publishedAt publication time
	 * @param editionId edition id (the tie-breaker)
	 */
	public record Cursor(Instant publishedAt, Long editionId) {
	}

	/**
	 * Reports {@code from} to {@code from + size} of the whole list, for the sitemap
	 * files (whose number the caller bounds by the total).
	 */
	@Transactional(readOnly = true)
	List<ReportEdition> slice(Filter filter, int from, int size) {
		return fetch(filter, null, from, size);
	}

	@Transactional(readOnly = true)
	public long count(Filter filter) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(filter, parameters);
		TypedQuery<Long> count = this.entityManager
			.createQuery("select count(e) from ReportEdition e join e.report r join r.agency a" + where, Long.class);
		parameters.forEach(count::setParameter);
		return count.getSingleResult();
	}

	private List<ReportEdition> fetch(Filter filter, Cursor after, int offset, int size) {
		Map<String, Object> parameters = new HashMap<>();
		StringBuilder where = new StringBuilder(where(filter, parameters));
		if (after != null) {
			where.append(" and (e.published.at < :afterTime or (e.published.at = :afterTime and e.id < :afterId))");
			parameters.put("afterTime", after.publishedAt());
			parameters.put("afterId", after.editionId());
		}
		TypedQuery<ReportEdition> query = this.entityManager
			.createQuery("select e from ReportEdition e join fetch e.report r join fetch r.agency a" + where
					+ " order by e.published.at desc, e.id desc", ReportEdition.class);
		parameters.forEach(query::setParameter);
		return query.setFirstResult(offset).setMaxResults(size).getResultList();
	}

	/**
	 * Published reports per township (agency id), for region counts.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> countsByAgency(Filter filter) {
		return counts("r.agency.id", filter);
	}

	@Transactional(readOnly = true)
	public Map<Long, Long> countsByYear(Filter filter) {
		Map<Long, Long> counts = new HashMap<>();
		counts("r.year", filter).forEach((year, n) -> counts.put(year, n));
		return counts;
	}

	@Transactional(readOnly = true)
	public Map<Long, Long> countsByTopic(Filter filter) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(filter, parameters);
		TypedQuery<Object[]> query = this.entityManager
			.createQuery("select t.id, count(e) from ReportEdition e join e.report r join r.agency a join e.topics t"
					+ where + " group by t.id", Object[].class);
		parameters.forEach(query::setParameter);
		Map<Long, Long> counts = new HashMap<>();
		query.getResultList().forEach((row) -> counts.put((Long) row[0], (Long) row[1]));
		return counts;
	}

	private Map<Long, Long> counts(String key, Filter filter) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(filter, parameters);
		TypedQuery<Object[]> query = this.entityManager.createQuery("select " + key
				+ ", count(e) from ReportEdition e join e.report r join r.agency a" + where + " group by " + key,
				Object[].class);
		parameters.forEach(query::setParameter);
		Map<Long, Long> counts = new HashMap<>();
		query.getResultList().forEach((row) -> counts.put(((Number) row[0]).longValue(), (Long) row[1]));
		return counts;
	}

	private String where(Filter filter, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder(" where e.state = :published");
		parameters.put("published", EditionState.PUBLISHED);
		if (filter.regionId() != null) {
			Set<Long> ids = this.directory.selfAndDescendants(filter.regionId());
			where.append(" and a.id in :agencies");
			parameters.put("agencies", ids);
		}
		if (filter.year() != null) {
			where.append(" and r.year = :year");
			parameters.put("year", filter.year());
		}
		if (filter.topicId() != null) {
			where.append(" and e.id in (select e2.id from ReportEdition e2 join e2.topics t2 where t2.id = :topic)");
			parameters.put("topic", filter.topicId());
		}
		return where.toString();
	}

}
