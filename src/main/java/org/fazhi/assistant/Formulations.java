package org.fazhi.assistant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.PatternSyntaxException;

import org.fazhi.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fixed formulations as the admin keeps them: every change audited, and the compiled
 * list rebuilt when the stored one changed, on whichever instance checks next.
 */
@Service
class Formulations {

	private final FormulationRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	private volatile Compiled compiled = new Compiled("", new FormulationCheck(List.of()));

	/** The compiled list and the stamp of the stored list it was compiled from. */
	private record Compiled(String stamp, FormulationCheck check) {
	}

	Formulations(FormulationRepository repository, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/** The list as stored now, compiled once per change. */
	@Transactional(readOnly = true)
	FormulationCheck current() {
		String stamp = this.repository.stamp();
		Compiled known = this.compiled;
		if (!known.stamp().equals(stamp)) {
			List<FormulationCheck.Rule> rules = new ArrayList<>();
			for (Formulation formulation : this.repository.findAllByOrderByIdAsc()) {
				try {
					rules.add(FormulationCheck.Rule.of(formulation.getWrongForm(), formulation.getRightForm()));
				}
				catch (PatternSyntaxException ex) {
					// Refused when saved; one written into the table by hand must not
					// stop
					// the other checks.
				}
			}
			known = new Compiled(stamp, new FormulationCheck(rules));
			this.compiled = known;
		}
		return known.check();
	}

	@Transactional(readOnly = true)
	List<Formulation> all() {
		return this.repository.findAllByOrderByIdAsc();
	}

	@Transactional
	void add(String wrong, String right, String actor) {
		this.repository.save(new Formulation(wrong, right, actor, this.clock.instant()));
		this.audit.security(actor, "FORMULATION_ADDED", wrong + " → " + right);
	}

	@Transactional
	void change(Formulation formulation, String wrong, String right, String actor) {
		if (Objects.equals(formulation.getWrongForm(), wrong) && Objects.equals(formulation.getRightForm(), right)) {
			return;
		}
		String before = formulation.getWrongForm() + " → " + formulation.getRightForm();
		formulation.change(wrong, right, actor, this.clock.instant());
		this.repository.save(formulation);
		this.audit.security(actor, "FORMULATION_CHANGED", before + "；改为 " + wrong + " → " + right);
	}

	@Transactional
	void remove(Formulation formulation, String actor) {
		this.repository.delete(formulation);
		this.audit.security(actor, "FORMULATION_REMOVED",
				formulation.getWrongForm() + " → " + formulation.getRightForm());
	}

}
