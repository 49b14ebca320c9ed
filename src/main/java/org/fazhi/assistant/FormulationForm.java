package org.fazhi.assistant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fazhi.system.FieldLimits;

/**
 * The admin's fixed-formulation form.
 *
 * @param wrongForm the wrong form as written in reports, or a regular expression after
 * {@code re:}
 * @param rightForm what to write instead ({@code $1} takes the expression's first group)
 */
record FormulationForm(@NotBlank @Size(max = FieldLimits.FORMULATION) String wrongForm,
		@NotBlank @Size(max = FieldLimits.FORMULATION) String rightForm) {

	static FormulationForm of(Formulation formulation) {
		return new FormulationForm(formulation.getWrongForm(), formulation.getRightForm());
	}

	static FormulationForm blank() {
		return new FormulationForm("", "");
	}

	String wrong() {
		return this.wrongForm.strip();
	}

	String right() {
		return this.rightForm.strip();
	}

}
