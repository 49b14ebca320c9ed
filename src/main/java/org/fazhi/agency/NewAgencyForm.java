package org.fazhi.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One new agency as an admin types it; how it fits the tree is checked by
 * {@link AgencyChanges}.
 *
 * @param code 18-character unified social credit code
 * @param fullName the full standard name (民权县程庄镇人民政府), as 发布机构 shows it
 * @param shortName the short name (程庄镇), as lists and region paths show it
 * @param level province, city, county or township
 * @param parentCode the unified code of the agency above it; empty for a province
 */
record NewAgencyForm(@NotBlank @Size(max = 18) String code, @NotBlank @Size(max = 100) String fullName,
		@NotBlank @Size(max = 50) String shortName, @NotNull AgencyLevel level, @Size(max = 18) String parentCode) {

	static NewAgencyForm blank() {
		return new NewAgencyForm("", "", "", AgencyLevel.TOWNSHIP, "");
	}

}
