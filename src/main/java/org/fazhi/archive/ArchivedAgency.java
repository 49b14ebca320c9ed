package org.fazhi.archive;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyDirectory;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.agency.UnifiedCode;
import org.fazhi.importing.ParsedReport;
import org.fazhi.importing.TextForms;
import org.springframework.stereotype.Component;

/**
 * Which township an archived report belongs to: by the unified code inside its index
 * number when there is one, else by the names the document gives (发布机构, the title's
 * agency, the signature) among the townships under the chosen county.
 */
@Component
class ArchivedAgency {

	/** Shortest name worth matching on: one character matches far too much. */
	private static final int MIN_NAME = 2;

	private final AgencyRepository agencies;

	private final AgencyDirectory directory;

	ArchivedAgency(AgencyRepository agencies, AgencyDirectory directory) {
		this.agencies = agencies;
		this.directory = directory;
	}

	/**
	 * @param countyId the county whose townships names are matched among, or {@code null}
	 * @throws ArchiveRefusal when no single township fits
	 */
	Agency match(ParsedReport parsed, Long countyId) {
		String index = compact(parsed.metadata().indexNumber());
		if (index != null && index.indexOf('/') == UnifiedCode.LENGTH) {
			Optional<Agency> byCode = this.agencies.findByUnifiedCode(index.substring(0, UnifiedCode.LENGTH));
			if (byCode.isPresent()) {
				Agency agency = byCode.get();
				if (!agency.isTownship()) {
					throw new ArchiveRefusal(agency.getFullName(), "archive.refused.notTownship");
				}
				if (countyId != null && !this.directory.selfAndDescendants(countyId).contains(agency.getId())) {
					throw new ArchiveRefusal(agency.getFullName(), "archive.refused.outsideCounty");
				}
				return agency;
			}
		}
		if (countyId == null) {
			throw new ArchiveRefusal(null, "archive.refused.noCounty");
		}
		List<AgencyDirectory.Node> townships = this.directory.selfAndDescendants(countyId)
			.stream()
			.map((id) -> this.directory.byId(id).orElseThrow())
			.filter((node) -> node.level() == AgencyLevel.TOWNSHIP)
			.toList();
		Set<String> names = names(parsed);
		if (names.isEmpty()) {
			throw new ArchiveRefusal(null, "archive.refused.noAgencyName");
		}
		List<String> ambiguous = List.of();
		for (String name : names) {
			List<AgencyDirectory.Node> exact = townships.stream()
				.filter((t) -> t.fullName().equals(name) || t.shortName().equals(name))
				.toList();
			List<AgencyDirectory.Node> found = !exact.isEmpty() ? exact
					: townships.stream().filter((t) -> name.contains(t.shortName())).toList();
			if (found.size() == 1) {
				return this.agencies.findById(found.get(0).id()).orElseThrow();
			}
			if (found.size() > 1 && ambiguous.isEmpty()) {
				ambiguous = found.stream().map(AgencyDirectory.Node::fullName).toList();
			}
		}
		if (!ambiguous.isEmpty()) {
			throw new ArchiveRefusal(null, "archive.refused.ambiguous", String.join("、", ambiguous));
		}
		throw new ArchiveRefusal(null, "archive.refused.unmatched", String.join("、", names));
	}

	private static Set<String> names(ParsedReport parsed) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : new String[] { parsed.metadata().publisher(), parsed.agencyName(),
				parsed.signingAgency() }) {
			if (name != null) {
				for (String part : name.split("\\s+")) {
					if (part.length() >= MIN_NAME) {
						names.add(part);
					}
				}
			}
		}
		return names;
	}

	/**
	 * A value as written on a page, without spaces, half-width and upper case: how codes
	 * and index numbers compare.
	 */
	static String compact(String value) {
		return (value == null || value.isBlank()) ? null
				: TextForms.fold(value).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

}
