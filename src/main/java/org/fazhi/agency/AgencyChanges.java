package org.fazhi.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fazhi.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * New agencies, from the admin's form: a valid and unused unified code, names, and a
 * parent one level up (a province has none; a county may sit directly under a province,
 * as those of 直辖市 and 省直管县 do). Audited like every account change.
 */
@Service
public class AgencyChanges {

	private final AgencyRepository agencies;

	private final AuditLog audit;

	AgencyChanges(AgencyRepository agencies, AuditLog audit) {
		this.agencies = agencies;
		this.audit = audit;
	}

	/**
	 * One thing wrong with a new agency.
	 *
	 * @param field the form field it concerns
	 * @param code message key
	 * @param argument message argument, or {@code null}
	 */
	public record Problem(String field, String code, Object argument) {
	}

	/**
	 * What is wrong with a new agency, all at once.
	 */
	public List<Problem> problems(String code, String fullName, String shortName, AgencyLevel level,
			String parentCode) {
		List<Problem> problems = new ArrayList<>();
		if (!UnifiedCode.isValid(code)) {
			problems.add(new Problem("code", "agency.problem.code", null));
		}
		else if (this.agencies.findByUnifiedCode(code).isPresent()) {
			problems.add(new Problem("code", "agency.problem.taken", code));
		}
		if (fullName == null || fullName.isBlank()) {
			problems.add(new Problem("fullName", "agency.problem.fullName", null));
		}
		if (shortName == null || shortName.isBlank()) {
			problems.add(new Problem("shortName", "agency.problem.shortName", null));
		}
		boolean parentGiven = parentCode != null && !parentCode.isBlank();
		Optional<Agency> parent = parentGiven ? this.agencies.findByUnifiedCode(parentCode.strip()) : Optional.empty();
		if (level == AgencyLevel.PROVINCE) {
			if (parentGiven) {
				problems.add(new Problem("parentCode", "agency.problem.provinceParent", null));
			}
		}
		else if (level != null) {
			if (parent.isEmpty()) {
				problems.add(new Problem("parentCode", "agency.problem.parent", null));
			}
			else if (!fitsUnder(level, parent.get().getLevel())) {
				problems.add(new Problem("parentCode", "agency.problem.parentLevel", parent.get().getFullName()));
			}
		}
		return problems;
	}

	/**
	 * Whether an agency of {@code level} may sit directly under one of {@code parent}.
	 */
	static boolean fitsUnder(AgencyLevel level, AgencyLevel parent) {
		return switch (level) {
			case PROVINCE -> false;
			case CITY -> parent == AgencyLevel.PROVINCE;
			case COUNTY -> parent == AgencyLevel.CITY || parent == AgencyLevel.PROVINCE;
			case TOWNSHIP -> parent == AgencyLevel.COUNTY;
		};
	}

	/**
	 * Creates the agency after checking it.
	 * @return what was wrong (nothing created), or empty when created
	 */
	@Transactional
	public List<Problem> create(String actor, String code, String fullName, String shortName, AgencyLevel level,
			String parentCode) {
		String cleanCode = (code != null) ? code.strip().toUpperCase(Locale.ROOT) : null;
		List<Problem> problems = problems(cleanCode, fullName, shortName, level, parentCode);
		if (!problems.isEmpty()) {
			return problems;
		}
		Agency parent = (level != AgencyLevel.PROVINCE)
				? this.agencies.findByUnifiedCode(parentCode.strip()).orElseThrow() : null;
		add(actor, cleanCode, fullName.strip(), shortName.strip(), level, parent);
		return List.of();
	}

	/**
	 * Saves and audits a new agency already checked (by the form's checks above or a bulk
	 * import's): the one way an agency comes into being.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Agency add(String actor, String code, String fullName, String shortName, AgencyLevel level, Agency parent) {
		Agency agency = this.agencies.save(new Agency(code, fullName, shortName, level, parent));
		this.audit.security(actor, "AGENCY_CREATED", "code=" + code + " level=" + level);
		return agency;
	}

}
