package org.fazhi.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random but realistic report for property tests: page chrome and a metadata block
 * around it or not, varied headings, numbering and widths, and paragraphs with second-
 * and third-level numbering, inline enumerations, digits and Latin letters.
 *
 * @param text the whole document as a clerk would paste it
 * @param body what must survive: preamble, headings and paragraphs, in order
 * @param headings how many top-level headings it has
 */
record GeneratedReport(String text, String body, int headings) {

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private static final String[] SEPARATORS = { "、", "、", "．", ".", "，", " 、 " };

	private static final String[] HEADINGS = { "{y}年推进法治政府建设的主要举措和成效", "主要工作及成效", "基本情况和主要成效", "措施及成效", "存在的不足和原因",
			"存在问题与不足", "{y}年度存在的主要问题", "党政主要负责人履行推进法治建设第一责任人职责情况", "主要负责人履职情况", "下一步工作打算", "{n}年工作安排",
			"{n}年推进法治政府建设的主要安排", "其他需要报告的情况", "强化组织领导，提升法治意识", "坚持依法决策，规范权力运行", "深化普法宣传，营造浓厚氛围", "加强矛盾化解，维护社会稳定" };

	private static final String[] CHROME_HEAD = { "首页 | 政务公开 | 政务服务 | 互动交流", "当前位置：首页 > 政务公开 > 年度报告", "【打印本页】【关闭窗口】",
			"字号：大 中 小", "无障碍 | 适老化 | 手机版", "您的位置：首页>信息公开" };

	private static final String[] CHROME_TAIL = { "上一篇：关于开展安全生产检查的通知", "下一篇：2022年政府信息公开年度报告", "版权所有：某某县人民政府",
			"湘ICP备12345678号 网站标识码：4307210001", "【打印】【关闭】", "扫一扫在手机打开当前页" };

	private static final String[] METADATA = { "索引号：11430721MB1234567X/2024-00003", "发布机构：某某镇人民政府",
			"成文日期：2024-02-26 发布日期：2024-03-05", "主 题 分 类：公安、安全、司法、法制", "体裁分类\n工作报告", "浏览次数：1024" };

	private static final String[] WORDS = { "法治", "政府", "建设", "依法行政", "执法", "案件", "群众", "矛盾纠纷", "调解", "普法", "宣传",
			"合法性审查", "规范性文件", "法律顾问", "“三项制度”", "政务公开", "营商环境", "APP", "12345热线", "网格员", "村（社区）", "司法所", "复议", "应诉",
			"安全生产", "数字化", "执法人员", "持证率" };

	private static final String[] LEADS = { "（一）", "(二)", "（三）", "1.", "2、", "一是", "二是", "", "", "", "　　" };

	static GeneratedReport random(Random random) {
		int year = 2015 + random.nextInt(11);
		List<String> lines = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		if (random.nextBoolean()) {
			for (int i = random.nextInt(4); i >= 0; i--) {
				lines.add(pick(random, CHROME_HEAD));
			}
		}
		if (random.nextBoolean()) {
			for (int i = random.nextInt(4); i >= 0; i--) {
				lines.add(pick(random, METADATA));
			}
		}
		lines.add("某某镇" + year + "年法治政府建设年度报告");
		if (random.nextBoolean()) {
			lines.add(pick(random, CHROME_HEAD));
		}
		if (random.nextBoolean()) {
			lines.add(random.nextBoolean() ? "县委、县政府：" : "县人民政府:");
		}
		for (int i = random.nextInt(3); i > 0; i--) {
			String paragraph = paragraph(random, year);
			lines.add(paragraph);
			body.append(paragraph);
		}
		int headings = 1 + random.nextInt(7);
		for (int h = 0; h < headings; h++) {
			String heading = NUMERALS[h] + pick(random, SEPARATORS)
					+ pick(random, HEADINGS).replace("{y}", Integer.toString(year))
						.replace("{n}", Integer.toString(year + 1));
			lines.add(random.nextInt(5) == 0 ? "　　" + heading : heading);
			body.append(heading);
			for (int p = 1 + random.nextInt(4); p > 0; p--) {
				String paragraph = paragraph(random, year);
				lines.add(random.nextInt(6) == 0 ? "" : "　　" + paragraph);
				if (lines.get(lines.size() - 1).isEmpty()) {
					lines.add(paragraph);
				}
				body.append(paragraph);
			}
		}
		if (random.nextBoolean()) {
			lines.add("");
			lines.add("某某镇人民政府");
			lines.add((year + 1) + "年" + (1 + random.nextInt(3)) + "月" + (1 + random.nextInt(28)) + "日");
		}
		if (random.nextBoolean()) {
			for (int i = random.nextInt(4); i >= 0; i--) {
				lines.add(pick(random, CHROME_TAIL));
			}
		}
		return new GeneratedReport(String.join("\n", lines), body.toString(), headings);
	}

	private static String paragraph(Random random, int year) {
		StringBuilder paragraph = new StringBuilder(pick(random, LEADS));
		for (int sentence = 1 + random.nextInt(3); sentence > 0; sentence--) {
			for (int w = 3 + random.nextInt(8); w > 0; w--) {
				paragraph.append(pick(random, WORDS));
				if (random.nextInt(6) == 0) {
					paragraph.append(random.nextInt(1000)).append(random.nextBoolean() ? "件" : "%");
				}
				if (random.nextInt(8) == 0) {
					paragraph.append(random.nextBoolean() ? "，" : ",");
				}
			}
			paragraph.append(random.nextInt(10) == 0 ? year + "年。" : "。");
		}
		return paragraph.toString();
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
