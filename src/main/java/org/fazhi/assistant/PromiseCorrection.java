package org.fazhi.assistant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A reviewer's word on one of last year's plan items: the paragraph of this year's
 * measures that reports on it, or none. It overrides the matching wherever the pair of
 * reports is shown — the review page, the public promise tracker and the statistics.
 */
@Entity
class PromiseCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long previousEditionId;

	private Long currentEditionId;

	private String itemDigest;

	private String account;

	private String correctedBy;

	private Instant correctedAt;

	protected PromiseCorrection() {
	}

	PromiseCorrection(Long previousEditionId, Long currentEditionId, String itemDigest) {
		this.previousEditionId = previousEditionId;
		this.currentEditionId = currentEditionId;
		this.itemDigest = itemDigest;
	}

	void set(String paragraph, String actor, Instant at) {
		this.account = paragraph;
		this.correctedBy = actor;
		this.correctedAt = at;
	}

	Long getPreviousEditionId() {
		return this.previousEditionId;
	}

	Long getCurrentEditionId() {
		return this.currentEditionId;
	}

	String getItemDigest() {
		return this.itemDigest;
	}

	String getAccount() {
		return this.account;
	}

	static String digest(String item) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(item.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
