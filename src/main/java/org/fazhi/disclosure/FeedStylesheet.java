package org.fazhi.disclosure;

import java.time.Duration;

import org.fazhi.system.Messages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The XSL stylesheet the Atom feeds name, so that a reader who opens a feed in a browser
 * sees a page (what the feed is, how to subscribe, the latest reports as links) instead
 * of raw XML; feed readers ignore it. Its words come from the message bundle.
 */
@Controller
class FeedStylesheet {

	static final String PATH = "/feeds/feed.xsl";

	private static final MediaType XSL = MediaType.parseMediaType("text/xsl;charset=UTF-8");

	private final Messages messages;

	FeedStylesheet(Messages messages) {
		this.messages = messages;
	}

	@GetMapping(PATH)
	ResponseEntity<String> stylesheet() {
		return ResponseEntity.ok()
			.contentType(XSL)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(stylesheetText());
	}

	String stylesheetText() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
				    xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
				  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
				  <xsl:template match="/atom:feed">
				    <html lang="zh-CN">
				      <head>
				        <meta charset="UTF-8"/>
				        <meta name="viewport" content="width=device-width, initial-scale=1"/>
				        <title><xsl:value-of select="atom:title"/></title>
				        <link rel="stylesheet" href="/assets/css/fazhi.css"/>
				      </head>
				      <body>
				        <main class="wrap feed-page">
				          <h1><xsl:value-of select="atom:title"/></h1>
				          <p class="lead">%s</p>
				          <p class="hint">%s <code><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
				          <p><a href="{atom:link[@rel='alternate']/@href}">%s</a></p>
				          <h2>%s</h2>
				          <ol class="result-list">
				            <xsl:for-each select="atom:entry">
				              <li>
				                <a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a>
				                <p class="small"><xsl:value-of select="atom:author/atom:name"/> · <xsl:value-of select="substring(atom:published, 1, 10)"/></p>
				              </li>
				            </xsl:for-each>
				          </ol>
				        </main>
				      </body>
				    </html>
				  </xsl:template>
				</xsl:stylesheet>
				"""
			.formatted(text("feed.page.lead"), text("feed.page.address"), text("feed.page.site"),
					text("feed.page.latest"));
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.messages.text(key));
	}

}
