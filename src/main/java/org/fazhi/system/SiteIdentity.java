package org.fazhi.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who runs the site, as a government website must say on every page (政府网站发展指引): defaults
 * (placeholders to replace) in {@code application.yml}.
 *
 * @param sponsor 主办单位
 * @param operator 承办单位
 * @param phone 联系电话
 * @param address 地址
 * @param siteCode 网站标识码
 * @param icp ICP 备案号, e.g. 豫ICP备12345678号
 * @param police 公安机关备案号, e.g. 豫公网安备 41142102000123号
 */
@ConfigurationProperties("fazhi.site")
public record SiteIdentity(String sponsor, String operator, String phone, String address, String siteCode, String icp,
		String police) {

	/** Where an ICP number is looked up (工业和信息化部政务服务平台). */
	public static final String ICP_REGISTER = "https://beian.miit.gov.cn/";

	/** Where a public-security record is looked up, by its digits. */
	public static final String POLICE_REGISTER = "https://beian.mps.gov.cn/#/query/webSearch?code=";

	/** The public-security record's lookup address: its digits on the register. */
	public String policeLink() {
		String digits = (this.police != null) ? this.police.replaceAll("\\D", "") : "";
		return POLICE_REGISTER + digits;
	}

	public String icpLink() {
		return ICP_REGISTER;
	}

}
