package org.fazhi.assistant;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One fixed formulation the admin keeps: a wrong form (or a regular expression after
 * {@code re:}) and what to write instead. Read by the admin's list page, hence its public
 * getters.
 */
@Entity
class Formulation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String wrongForm;

	private String rightForm;

	private String updatedBy;

	private Instant updatedAt;

	protected Formulation() {
	}

	Formulation(String wrongForm, String rightForm, String actor, Instant at) {
		change(wrongForm, rightForm, actor, at);
	}

	void change(String wrong, String right, String actor, Instant at) {
		this.wrongForm = wrong;
		this.rightForm = right;
		this.updatedBy = actor;
		this.updatedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public String getWrongForm() {
		return this.wrongForm;
	}

	public String getRightForm() {
		return this.rightForm;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** Whether the wrong form is a regular expression rather than literal text. */
	public boolean isExpression() {
		return this.wrongForm.startsWith(FormulationCheck.EXPRESSION);
	}

}
