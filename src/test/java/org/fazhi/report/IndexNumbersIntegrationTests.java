package org.fazhi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.support.Fixtures;
import org.fazhi.support.PostgresTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index numbers on real PostgreSQL, without the rest of the application: unique under
 * concurrent publications, and not used up by a publication that rolls back. Each test
 * commits its own transactions, as publications do.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ PostgresTestConfiguration.class, IndexNumbers.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class IndexNumbersIntegrationTests {

	@Autowired
	IndexNumbers allocator;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	Agency township;

	@BeforeEach
	void township() {
		// Inserted directly: the agency directory that listens to saved agencies is not
		// part of this slice.
		Long id = this.jdbc.queryForObject("insert into agency (unified_code, full_name, short_name, level) "
				+ "values (?, '测试县某镇人民政府', '某镇', 'TOWNSHIP') returning id", Long.class, Fixtures.code());
		this.township = this.agencies.findById(id).orElseThrow();
	}

	@Test
	void indexNumbersStayUniqueUnderConcurrentPublications() throws Exception {
		Agency agency = this.township;
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<IndexNumber>> futures = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				Callable<IndexNumber> allocate = () -> transaction
					.execute((status) -> this.allocator.next(agency, 2031));
				futures.add(pool.submit(allocate));
			}
			List<String> numbers = new ArrayList<>();
			for (Future<IndexNumber> future : futures) {
				numbers.add(future.get().toString());
			}
			assertThat(numbers).doesNotHaveDuplicates().hasSize(40);
			assertThat(numbers).contains(agency.getUnifiedCode() + "/2031-00001",
					agency.getUnifiedCode() + "/2031-00040");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRolledBackPublicationDoesNotConsumeANumberTwice() {
		Agency agency = this.township;
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			this.allocator.next(agency, 2032);
			status.setRollbackOnly();
		});
		String next = transaction.execute((status) -> this.allocator.next(agency, 2032)).toString();
		assertThat(next).isEqualTo(agency.getUnifiedCode() + "/2032-00001");
	}

}
