package org.fazhi.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.report.SectionKind;

/**
 * The secrecy pre-check: personal data and secrecy markings that must never reach a
 * public page. Each pattern is narrow and then verified (an identity number's check digit
 * and date of birth, a bank card's Luhn digit, a name's surname), so that what real
 * published reports are full of (unified social credit codes, 索引号, 文号, dates and
 * statistics) raises no alarm.
 */
final class SecrecyCheck {

	static final Set<String> CODES = Set.of("personalId", "phoneNumber", "bankCard", "plate", "personName",
			"secrecyMarker");

	private static final Pattern ID_18 = Pattern.compile(
			"(?<![0-9A-Za-z/])[1-8]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![0-9A-Za-z])");

	private static final Pattern ID_15 = Pattern
		.compile("(?<![0-9A-Za-z/])[1-8]\\d{5}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}(?![0-9A-Za-z])");

	private static final Pattern MOBILE = Pattern.compile("(?<![\\d/])1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4}(?!\\d)");

	private static final Pattern LANDLINE = Pattern
		.compile("(?<![\\d/])(?:0\\d{2,3}-\\d{7,8}|[（(]0\\d{2,3}[）)]\\s?\\d{7,8})(?!\\d)");

	private static final Pattern BANK_CARD = Pattern
		.compile("(?<![\\d/A-Za-z])(?:\\d{16,19}|\\d{4}(?: \\d{4}){3,4})(?!\\d)");

	/**
	 * A plate: the province's character, then letters and digits. Matched from the Latin
	 * letter (rare in Chinese text) with the province looked for behind it, which is many
	 * times faster than trying the province at every character.
	 */
	private static final Pattern PLATE = Pattern
		.compile("[A-HJ-NP-Z](?<=[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z])[·•]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])");

	/**
	 * A private person's name after the role that names them ("当事人张建国", "举报人：李芳"). Names
	 * already masked (张某, 李××) are what a report should write and are not found.
	 */
	private static final Pattern PERSON = Pattern.compile(
			"(?:当事人|举报人|被申请人|申请人|被执行人|被告人|原告|被告|信访人|上访人|投诉人|受害人|违法行为人|行为人)[:：]?\\s?([\\p{IsHan}]{2,3})(?=[，,。、；;（(：:）)的因等在于与和向对被将已及反称提要诉不认同拒未]|$)");

	/** Common surnames: a name must start with one. */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

	/** Words that follow a role but are not names. */
	private static final Pattern NOT_A_NAME = Pattern
		.compile(".*(某|×|＊|\\*|X|x|等|方|所|单位|本人|一方|表示|满意|提出|申请|反映|依法|签字|同意|认为).*");

	private static final Pattern MARKER = Pattern.compile(
			"(?:绝密|机密|秘密)\\s*★\\s*(?:\\d+\\s*年|长期)?|^\\s*(?:绝密|机密|秘密)\\s*$|内部资料|内部文件|不宜公开|内部使用|请勿外传|注意保密",
			Pattern.MULTILINE);

	private SecrecyCheck() {
	}

	static List<Finding> check(SectionKind part, String text) {
		List<Finding> findings = new ArrayList<>();
		List<int[]> taken = new ArrayList<>();
		find(findings, taken, part, text, ID_18, "personalId", SecrecyCheck::isIdentity18);
		find(findings, taken, part, text, ID_15, "personalId", SecrecyCheck::isIdentity15);
		find(findings, taken, part, text, BANK_CARD, "bankCard", (m) -> luhn(m.replace(" ", "")));
		find(findings, taken, part, text, MOBILE, "phoneNumber", (m) -> true);
		find(findings, taken, part, text, LANDLINE, "phoneNumber", (m) -> true);
		plates(findings, taken, part, text);
		Matcher person = PERSON.matcher(text);
		while (person.find()) {
			String name = person.group(1);
			if (SURNAMES.indexOf(name.charAt(0)) >= 0 && !NOT_A_NAME.matcher(name).matches()) {
				findings.add(Finding.at("personName", Severity.BLOCKING, part, text, person.start(1), person.end(1)));
			}
		}
		Matcher marker = MARKER.matcher(text);
		while (marker.find()) {
			findings.add(Finding.at("secrecyMarker", Severity.BLOCKING, part, text, marker.start(), marker.end()));
		}
		return findings;
	}

	private static void find(List<Finding> findings, List<int[]> taken, SectionKind part, String text, Pattern pattern,
			String code, java.util.function.Predicate<String> valid) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			int start = matcher.start();
			int end = matcher.end();
			boolean overlaps = taken.stream().anyMatch((span) -> start < span[1] && span[0] < end);
			if (!overlaps && valid.test(matcher.group())) {
				taken.add(new int[] { start, end });
				findings.add(Finding.at(code, Severity.BLOCKING, part, text, start, end));
			}
		}
	}

	/** A plate found from its letter, reported from its province's character. */
	private static void plates(List<Finding> findings, List<int[]> taken, SectionKind part, String text) {
		Matcher plate = PLATE.matcher(text);
		while (plate.find()) {
			int start = plate.start() - 1;
			int end = plate.end();
			boolean digit = plate.group().chars().anyMatch(Character::isDigit);
			if (digit && taken.stream().noneMatch((span) -> start < span[1] && span[0] < end)) {
				taken.add(new int[] { start, end });
				findings.add(Finding.at("plate", Severity.BLOCKING, part, text, start, end));
			}
		}
	}

	/**
	 * GB 11643: the last character is the check digit of the first seventeen.
	 */
	static boolean isIdentity18(String number) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * weights[i];
		}
		char check = "10X98765432".charAt(sum % 11);
		return Character.toUpperCase(number.charAt(17)) == check && isDate(number.substring(6, 14));
	}

	private static boolean isIdentity15(String number) {
		return isDate("19" + number.substring(6, 12));
	}

	private static boolean isDate(String yyyymmdd) {
		try {
			java.time.LocalDate.parse(yyyymmdd, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
			return true;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return false;
		}
	}

	/** A bank card number's last digit checks the others (ISO/IEC 7812). */
	static boolean luhn(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

}
