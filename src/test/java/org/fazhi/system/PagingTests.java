package org.fazhi.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Page numbers reach every page a list has and nothing deeper, and never overflow.
 */
class PagingTests {

	@Test
	void pagesWithinTheWindowHaveTheirOffset() {
		assertThat(Paging.offset(0, 20)).isZero();
		assertThat(Paging.offset(499, 20)).isEqualTo(9980);
		assertThat(Paging.offset(99, 100)).isEqualTo(9900);
	}

	@Test
	void deeperOrOverflowingPagesAreRefusedBeforeAnyWork() {
		for (int page : new int[] { 500, 5_000_000, 21_474_837, 107_374_183, Integer.MAX_VALUE, -1 }) {
			assertThatExceptionOfType(PageOutOfRangeException.class).isThrownBy(() -> Paging.offset(page, 20))
				.satisfies((ex) -> assertThat(ex.isBeyondWindow()).isTrue());
		}
	}

	@Test
	void aPagePastTheLastOneIsRefusedWithHowManyThereAre() {
		Paging.requireExists(0, 20, 0);
		Paging.requireExists(2, 20, 41);
		assertThatExceptionOfType(PageOutOfRangeException.class).isThrownBy(() -> Paging.requireExists(3, 20, 41))
			.satisfies((ex) -> assertThat(ex.getLastPage()).isEqualTo(2));
	}

}
