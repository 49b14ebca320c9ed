package org.fazhi.topic;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A topic of the controlled vocabulary, with the cue phrases whose presence in a report's
 * text suggests it.
 */
@Entity
public class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String cues;

	private int position;

	private boolean active;

	protected Topic() {
	}

	public Topic(String name, String cues, int position, boolean active) {
		this.name = name;
		this.cues = cues;
		this.position = position;
		this.active = active;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getCues() {
		return this.cues;
	}

	public int getPosition() {
		return this.position;
	}

	public boolean isActive() {
		return this.active;
	}

	/**
	 * Cue phrases, split on ASCII or full-width commas and trimmed.
	 */
	public List<String> cueList() {
		return Arrays.stream(this.cues.split("[,，、]")).map(String::strip).filter((c) -> !c.isEmpty()).toList();
	}

	void update(String name, String cues, int position, boolean active) {
		this.name = name;
		this.cues = cues;
		this.position = position;
		this.active = active;
	}

}
