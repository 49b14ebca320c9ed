package org.fazhi.agency;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the {@link AgencyDirectory} to reload once a change to agencies is committed (not
 * before: a reload inside the transaction would not see the change).
 */
@Component
class AgencyChangeListener {

	private final AgencyDirectory directory;

	AgencyChangeListener(@Lazy AgencyDirectory directory) {
		this.directory = directory;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Agency agency) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					AgencyChangeListener.this.directory.invalidate();
				}
			});
		}
		else {
			this.directory.invalidate();
		}
	}

}
