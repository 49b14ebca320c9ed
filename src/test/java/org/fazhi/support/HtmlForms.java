package org.fazhi.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Reads a page the way a browser submits it: a form's fields with the values the page
 * filled in (ticked boxes, chosen options, textarea text). Tests change what a person
 * would change and post the rest as it was, so a hidden field the page forgot fails the
 * test.
 */
public final class HtmlForms {

	private HtmlForms() {
	}

	/**
	 * The fields of the first form matching {@code selector} (a CSS selector).
	 */
	public static MultiValueMap<String, String> fields(String html, String selector) {
		Document page = Jsoup.parse(html);
		Element form = page.selectFirst(selector);
		if (form == null) {
			throw new AssertionError("No form " + selector + " on the page");
		}
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		for (Element input : form.select("input[name], select[name], textarea[name]")) {
			if (input.hasAttr("disabled")) {
				continue;
			}
			String name = input.attr("name");
			switch (input.tagName()) {
				case "textarea" -> fields.add(name, input.wholeText());
				case "select" -> {
					Element chosen = input.selectFirst("option[selected]");
					Element option = (chosen != null) ? chosen : input.selectFirst("option");
					if (option != null) {
						fields.add(name, option.hasAttr("value") ? option.attr("value") : option.text());
					}
				}
				default -> {
					String type = input.attr("type");
					if (("checkbox".equals(type) || "radio".equals(type)) && !input.hasAttr("checked")) {
						continue;
					}
					if ("submit".equals(type) || "file".equals(type)) {
						continue;
					}
					fields.add(name, input.attr("value"));
				}
			}
		}
		return fields;
	}

	/**
	 * The text a reader sees on the page (its body, without markup or attributes).
	 */
	public static String visibleText(String html) {
		return Jsoup.parse(html).body().text();
	}

}
