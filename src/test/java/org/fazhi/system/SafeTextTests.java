package org.fazhi.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What text the service keeps: nothing XML 1.0 cannot carry, everything else untouched,
 * rare characters outside the basic plane included.
 */
class SafeTextTests {

	@Test
	void charactersXmlCannotCarryAreRemovedAndNothingElse() {
		assertThat(SafeText.clean("报告\uFFFE\uFFFF\u0000\u0007\u007F标题")).isEqualTo("报告标题");
		assertThat(SafeText.clean("甲\uD800乙\uDFFF丙")).isEqualTo("甲乙丙");
		assertThat(SafeText.clean("\uFDD0\uFDEF")).isEmpty();
		assertThat(SafeText.clean("𠮷家庄村\t\r\n９８．４％ 98.4%")).isEqualTo("𠮷家庄村\t\r\n９８．４％ 98.4%");
		assertThat(SafeText.clean(new String(Character.toChars(0x1FFFF)))).isEmpty();
		String plain = "没有要清理的字符";
		assertThat(SafeText.clean(plain)).isSameAs(plain);
		assertThat(SafeText.clean(null)).isNull();
	}

	@Test
	void oneLineFieldsKeepNoLineBreak() {
		assertThat(SafeText.singleLine(" 第一行\r\n第二行\n\t标题\u2028末尾 ")).isEqualTo("第一行 第二行 标题 末尾");
		assertThat(SafeText.singleLine(null)).isNull();
	}

}
