package org.fazhi.search;

import org.springframework.stereotype.Component;

/**
 * This instance's search index as other features may see it (the admin's overview):
 * whether it holds every published report and how far behind it is.
 */
@Component
public class IndexStatus {

	private final SearchIndexer indexer;

	IndexStatus(SearchIndexer indexer) {
		this.indexer = indexer;
	}

	/**
	 * The index at a glance.
	 *
	 * @param documents reports in the index
	 * @param published published reports in the database
	 * @param pending changes not yet applied
	 * @param rebuilding whether a rebuild is running
	 */
	public record Summary(int documents, long published, long pending, boolean rebuilding) {

		/**
		 * Whether the index answers for every published report now.
		 */
		public boolean healthy() {
			return !this.rebuilding && this.documents == this.published && this.pending == 0;
		}

	}

	public Summary summary() {
		SearchIndexer.Status status = this.indexer.status();
		return new Summary(status.documents(), status.published(), status.pending(), status.rebuilding());
	}

}
