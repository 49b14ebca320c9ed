package org.fazhi.agency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Format of the unified social credit code.
 */
class UnifiedCodeTests {

	@Test
	void acceptsRealCodes() {
		assertThat(UnifiedCode.isValid("11440881007109850C")).isTrue();
		assertThat(UnifiedCode.isValid("1137030300421767X3")).isTrue();
	}

	@Test
	void refusesWrongLengthLowerCaseAndExcludedLetters() {
		assertThat(UnifiedCode.isValid("11440881007109850")).isFalse();
		assertThat(UnifiedCode.isValid("11440881007109850c")).isFalse();
		assertThat(UnifiedCode.isValid("1144088100710985OI")).isFalse();
		assertThat(UnifiedCode.isValid(null)).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Agency("bad", "某镇人民政府", "某镇", AgencyLevel.TOWNSHIP, null));
	}

	@Test
	void townshipKnowsItsCountyAndRegionPath() {
		Agency province = new Agency("11410000005184637A", "河南省人民政府", "河南省", AgencyLevel.PROVINCE, null);
		Agency city = new Agency("11411400006025371L", "商丘市人民政府", "商丘市", AgencyLevel.CITY, province);
		Agency county = new Agency("11411421005440386B", "民权县人民政府", "民权县", AgencyLevel.COUNTY, city);
		Agency township = new Agency("11411421MB1951073P", "民权县程庄镇人民政府", "程庄镇", AgencyLevel.TOWNSHIP, county);
		assertThat(township.overseeingCounty()).isSameAs(county);
		assertThat(county.overseeingCounty()).isNull();
		assertThat(township.path()).extracting(Agency::getShortName).containsExactly("河南省", "商丘市", "民权县", "程庄镇");
	}

}
