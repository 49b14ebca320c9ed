package org.fazhi.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.system.FieldLimits;

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
record NewAgencyForm(@NotBlank @Size(max = UnifiedCode.LENGTH) String code,
		@NotBlank @Size(max = FieldLimits.AGENCY_FULL_NAME) String fullName,
		@NotBlank @Size(max = FieldLimits.AGENCY_SHORT_NAME) String shortName, @NotNull AgencyLevel level,
		@Size(max = UnifiedCode.LENGTH) String parentCode) {

	static NewAgencyForm blank() {
		return new NewAgencyForm("", "", "", AgencyLevel.TOWNSHIP, "");
	}

}
