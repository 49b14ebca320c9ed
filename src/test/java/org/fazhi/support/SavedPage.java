package org.fazhi.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * Pages and files as counties' sites and scanners make them, for tests and benchmarks: a
 * disclosure page saved from a browser (navigation, breadcrumb, metadata table, page
 * tools, the report in its content area, footer) in the charset the site declares, and a
 * PDF that is only scanned images.
 */
public final class SavedPage {

	private SavedPage() {
	}

	/**
	 * The address a saved page says it came from, as the browser that saved it wrote it.
	 */
	public static String address(String indexNumber) {
		return "http://www.example.gov.cn/zwgk/fdzdgknr/fzzfjs/" + indexNumber.replace('/', '-') + ".html";
	}

	/**
	 * @param report the report as text, title on the first line
	 */
	public static byte[] of(String report, String indexNumber, Charset charset) {
		List<String> lines = report.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		String title = lines.get(0);
		StringBuilder page = new StringBuilder();
		String address = address(indexNumber);
		// What a browser's 另存为 writes above the page.
		page.append("<!DOCTYPE html>\n<!-- saved from url=(")
			.append(String.format("%04d", address.length()))
			.append(')')
			.append(address)
			.append(" -->\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
			.append(charset.name().toLowerCase())
			.append("\">\n<title>")
			.append(escape(title, charset))
			.append("_政府信息公开</title>\n<style>.title{font-size:22px}</style>\n")
			.append("<script>var _hmt = _hmt || []; document.write('统计代码');</script></head>\n<body>\n")
			.append("<div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a> | <a href=\"/hd\">政民互动</a>")
			.append(" | <a href=\"/wza\">无障碍</a></div>\n")
			.append("<div class=\"crumb\">您当前所在位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>法治政府建设年度报告</a></div>\n")
			.append("<table class=\"xxgk\"><tbody>\n<tr><td>索 引 号：</td><td>")
			.append(indexNumber)
			.append("</td><td>发布机构：</td><td>")
			.append(escape(lines.get(lines.size() - 2), charset))
			.append("</td></tr>\n<tr><td>成文日期：</td><td>2025年03月10日</td><td>发布日期：</td><td>2025-03-20 09:30</td></tr>\n")
			.append("<tr><td>文  号：</td><td></td><td>有效性：</td><td>有效</td></tr>\n")
			.append("<tr><td>主题分类：</td><td>公安、安全、司法、法制</td><td>体裁分类：</td><td>工作报告</td></tr>\n")
			.append("</tbody></table>\n<h1 class=\"title\">")
			.append(escape(title, charset))
			.append("</h1>\n<div class=\"tools\">字号：<a>大</a> <a>中</a> <a>小</a> 【<a>打印本页</a>】</div>\n")
			.append("<div id=\"zoom\" class=\"TRS_Editor\">\n");
		for (String line : lines.subList(1, lines.size())) {
			page.append("<p style=\"text-indent:2em\">").append(escape(line, charset)).append("</p>\n");
		}
		page.append("<p>【打印本页】【关闭窗口】</p>\n</div>\n")
			.append("<div class=\"footer\"><p>上一篇：关于公布2024年度行政执法数据的公告</p>")
			.append("<p>主办单位：某某县人民政府办公室　网站标识码：4113300001　豫ICP备05000000号</p></div>\n")
			.append("</body></html>\n");
		return page.toString().getBytes(charset);
	}

	/**
	 * Markup-escaped, with characters the page's charset lacks (𠮷 in GBK) written as
	 * numeric references, as sites' publishing systems write them.
	 */
	private static String escape(String text, Charset charset) {
		return Entities.escape(text, new Document.OutputSettings().charset(charset));
	}

	/**
	 * A PDF whose pages are scanned images with no text layer.
	 */
	public static byte[] scannedPdf(int pages) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			BufferedImage scan = new BufferedImage(595, 842, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = scan.createGraphics();
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, 595, 842);
			graphics.setColor(Color.DARK_GRAY);
			for (int line = 0; line < 30; line++) {
				graphics.fillRect(60, 80 + line * 24, 470, 8);
			}
			graphics.dispose();
			PDImageXObject image = LosslessFactory.createFromImage(document, scan);
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.drawImage(image, 0, 0, 595, 842);
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
