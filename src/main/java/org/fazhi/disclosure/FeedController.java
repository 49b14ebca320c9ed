package org.fazhi.disclosure;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.report.ReportEdition;
import org.fazhi.system.Messages;
import org.fazhi.system.NotFoundException;
import org.fazhi.system.QueryParams;
import org.fazhi.system.SafeText;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * Machine-readable entries to the public side: an Atom feed of new publications (all, or
 * under a county or township) and the sitemap for search engines.
 */
@Controller
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final int FEED_ENTRIES = 50;

	/** The sitemap protocol allows 50,000 URLs per file. */
	static final int SITEMAP_PAGE = 50_000;

	private final PublishedLists catalog;

	private final AgencyDirectory directory;

	private final PublicUrls urls;

	private final Messages messages;

	FeedController(PublishedLists catalog, AgencyDirectory directory, PublicUrls urls, Messages messages) {
		this.catalog = catalog;
		this.directory = directory;
		this.urls = urls;
		this.messages = messages;
	}

	@GetMapping(path = "/feeds/reports.atom")
	ResponseEntity<String> atom(@RequestParam(name = "region", required = false) String region, WebRequest webRequest)
			throws XMLStreamException {
		AgencyDirectory.Node node = (region != null && !region.isBlank())
				? this.directory.byCode(region.strip()).orElseThrow(() -> new NotFoundException("region", region))
				: null;
		List<ReportEdition> entries = this.catalog
			.list(new PublishedLists.Filter((node != null) ? node.id() : null, null, null), 0, FEED_ENTRIES)
			.items();
		Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).getPublishedAt();
		if (webRequest.checkNotModified(updated.toEpochMilli())) {
			return null;
		}
		String base = this.urls.base();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		// A browser shows a readable page; feed readers ignore the instruction.
		xml.writeProcessingInstruction("xml-stylesheet", "type=\"text/xsl\" href=\"" + FeedStylesheet.PATH + "\"");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
		xml.writeAttribute("xml:lang", "zh-CN");
		element(xml, "id", base + "/feeds/reports.atom" + ((node != null) ? "?region=" + node.code() : ""));
		element(xml, "title", (node != null) ? text("feed.titleRegion", node.fullName()) : text("feed.title"));
		element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
		link(xml, "self", base + "/feeds/reports.atom" + ((node != null) ? "?region=" + node.code() : ""));
		link(xml, "alternate", base + ((node != null) ? "/browse?region=" + node.code() : "/"));
		for (ReportEdition edition : entries) {
			String url = base + "/reports/" + edition.getReport().getId();
			xml.writeStartElement("entry");
			element(xml, "id", url);
			element(xml, "title", edition.getTitle());
			element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(edition.getPublishedAt()));
			element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(edition.getPublishedAt()));
			link(xml, "alternate", url);
			xml.writeStartElement("author");
			element(xml, "name", edition.getReport().getAgency().getFullName());
			xml.writeEndElement();
			element(xml, "summary", text("feed.summary", edition.getReport().getAgency().getFullName(),
					edition.getReport().getIndexNumber()));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(ATOM).body(out.toString());
	}

	@GetMapping(path = "/sitemap.xml")
	ResponseEntity<String> sitemapIndex() throws XMLStreamException {
		int pages = sitemapPages();
		String base = this.urls.base();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("sitemapindex");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		for (int page = 0; page < pages; page++) {
			xml.writeStartElement("sitemap");
			element(xml, "loc", base + "/sitemaps/reports-" + page + ".xml");
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
	}

	private int sitemapPages() {
		long reports = this.catalog.count(PublishedLists.Filter.ALL);
		return (int) Math.max(1, (reports + SITEMAP_PAGE - 1) / SITEMAP_PAGE);
	}

	@GetMapping(path = "/sitemaps/reports-{page}.xml")
	ResponseEntity<String> sitemap(@PathVariable String page) throws XMLStreamException {
		Integer number = QueryParams.integer(page);
		// Only the files the index lists exist; any other number (negative, too large to
		// count in) is simply not there.
		if (number == null || number < 0 || number >= sitemapPages()) {
			throw new NotFoundException("sitemap page", page);
		}
		List<ReportEdition> reports = this.catalog.slice(PublishedLists.Filter.ALL, number * SITEMAP_PAGE,
				SITEMAP_PAGE);
		String base = this.urls.base();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		if (number == 0) {
			url(xml, base + "/", null);
			url(xml, base + "/browse", null);
		}
		for (ReportEdition edition : reports) {
			url(xml, base + "/reports/" + edition.getReport().getId(), edition.getPublishedAt());
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
	}

	private static void url(XMLStreamWriter xml, String loc, Instant lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", loc);
		if (lastModified != null) {
			element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(lastModified));
		}
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		// Text stored before input was cleaned could hold characters XML cannot carry;
		// one of them would make the whole feed unreadable.
		xml.writeCharacters((text != null) ? SafeText.clean(text) : "");
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

	private String text(String key, Object... args) {
		return this.messages.text(key, args);
	}

}
