package org.fazhi.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Service;

/**
 * Runs public searches against the index.
 */
@Service
class SearchService {

	private final ReportIndex index;

	SearchService(ReportIndex index) {
		this.index = index;
	}

	SearchResults search(SearchRequest request) {
		try {
			return this.index.search(request);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
