package org.fazhi.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.agency.AgencyDirectory;
import org.fazhi.report.EditionView;
import org.fazhi.report.ReportEdition;
import org.fazhi.system.ApiError;
import org.fazhi.system.Messages;
import org.fazhi.system.NotFoundException;
import org.fazhi.system.QueryParams;
import org.fazhi.topic.Topic;
import org.fazhi.topic.TopicRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The read-only open-data API, version 1: published reports with their disclosure
 * metadata and parts. No account needed; unpublished reports do not exist here. The
 * README documents every field.
 */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = "application/json")
class ReportApiController {

	static final int MAX_SIZE = 100;

	private final PublishedLists catalog;

	private final ReportPages reports;

	private final AgencyDirectory directory;

	private final TopicRepository topics;

	private final PublicUrls urls;

	private final Messages messages;

	ReportApiController(PublishedLists catalog, ReportPages reports, AgencyDirectory directory, TopicRepository topics,
			PublicUrls urls, Messages messages) {
		this.catalog = catalog;
		this.reports = reports;
		this.directory = directory;
		this.topics = topics;
		this.urls = urls;
		this.messages = messages;
	}

	/**
	 * One page of the list.
	 *
	 * @param page page number from 0
	 * @param size page size
	 * @param total matching reports in all
	 * @param items the reports on this page
	 * @param cursor with cursor paging, what to send as {@code cursor} for the next page
	 * ({@code null} after the last); without, {@code null}
	 */
	record PageJson(int page, int size, long total, List<SummaryJson> items, String cursor) {
	}

	/**
	 * A report in a list.
	 *
	 * @param id report id
	 * @param url public page
	 * @param title title
	 * @param year report year
	 * @param indexNumber 索引号
	 * @param publisher 发布机构
	 * @param publisherCode its unified social credit code
	 * @param region region path, province first
	 * @param publishedAt publication time (ISO-8601)
	 */
	record SummaryJson(Long id, String url, String title, int year, String indexNumber, String publisher,
			String publisherCode, List<String> region, String publishedAt) {
	}

	/**
	 * A report with its metadata and text.
	 *
	 * @param id report id
	 * @param url public page
	 * @param status {@code published}, or {@code withdrawn} (then no text)
	 * @param title title
	 * @param year report year
	 * @param indexNumber 索引号
	 * @param documentNumber 发文字号
	 * @param subjectCategory 主题分类
	 * @param genre 体裁分类
	 * @param publisher 发布机构
	 * @param publisherCode its unified social credit code
	 * @param region region path, province first
	 * @param dateWritten 成文日期
	 * @param publishedAt 发布日期 (ISO-8601)
	 * @param keywords 主题词
	 * @param topics topics
	 * @param views 浏览次数
	 * @param addressee 主送机关
	 * @param preamble opening paragraphs
	 * @param parts the parts
	 * @param signingAgency 落款
	 * @param correctionNote 更正说明, when corrected
	 * @param withdrawalReason reason, when withdrawn
	 */
	record DetailJson(Long id, String url, String status, String title, int year, String indexNumber,
			String documentNumber, String subjectCategory, String genre, String publisher, String publisherCode,
			List<String> region, String dateWritten, String publishedAt, String keywords, List<String> topics,
			long views, String addressee, List<String> preamble, List<PartJson> parts, String signingAgency,
			String correctionNote, String withdrawalReason) {
	}

	/**
	 * One part.
	 *
	 * @param kind MEASURES, PROBLEMS, RESPONSIBLE_PERSON, NEXT_YEAR_PLANS or OTHER
	 * @param heading heading as written
	 * @param paragraphs body paragraphs
	 */
	record PartJson(String kind, String heading, List<String> paragraphs) {
	}

	@GetMapping
	PageJson list(@RequestParam(name = "region", required = false) String region,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "topic", required = false) String topic,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "size", required = false) String size,
			@RequestParam(name = "cursor", required = false) String cursor) {
		Long regionId = null;
		if (region != null && !region.isBlank()) {
			regionId = this.directory.byCode(region.strip())
				.map(AgencyDirectory.Node::id)
				.orElseThrow(() -> new BadRequest("api.error.region"));
		}
		Integer reportYear = (year == null || year.isBlank()) ? null : parse(year, "api.error.year");
		Long topicId = null;
		if (topic != null && !topic.isBlank()) {
			topicId = this.topics.findByName(topic.strip())
				.map(Topic::getId)
				.or(() -> Optional.ofNullable(QueryParams.longValue(topic)))
				.orElseThrow(() -> new BadRequest("api.error.topic"));
		}
		int pageNumber = (page == null) ? 0 : parse(page, "api.error.page");
		int pageSize = (size == null) ? 20 : parse(size, "api.error.size");
		if (pageNumber < 0) {
			throw new BadRequest("api.error.page");
		}
		if (pageSize < 1 || pageSize > MAX_SIZE) {
			throw new BadRequest("api.error.size");
		}
		PublishedLists.Filter filter = new PublishedLists.Filter(regionId, reportYear, topicId);
		String base = this.urls.base();
		if (cursor != null) {
			// Keyset paging for complete exports: no page numbers, no limit.
			PublishedLists.Page result = this.catalog.after(filter, ApiCursor.decode(cursor), pageSize);
			List<ReportEdition> items = result.items();
			String next = (items.size() < pageSize) ? null : ApiCursor
				.encode(items.get(items.size() - 1).getPublishedAt(), items.get(items.size() - 1).getId());
			return new PageJson(0, pageSize, result.total(), items.stream().map((e) -> summary(e, base)).toList(),
					next);
		}
		PublishedLists.Page result = this.catalog.list(filter, pageNumber, pageSize);
		return new PageJson(pageNumber, pageSize, result.total(),
				result.items().stream().map((e) -> summary(e, base)).toList(), null);
	}

	@GetMapping("/{id}")
	DetailJson detail(@PathVariable Long id) {
		ReportPages.PublicReport report = this.reports.report(id, null);
		EditionView e = report.current();
		String base = this.urls.base();
		boolean withdrawn = report.withdrawn();
		return new DetailJson(e.reportId(), base + "/reports/" + e.reportId(), withdrawn ? "withdrawn" : "published",
				e.title(), e.year(), e.indexNumber(), e.documentNumber(), text("report.topic.default"),
				text("report.genre.value"), e.agencyFullName(), e.agencyCode(), e.agencyPath(), date(e.dateWritten()),
				instant(e.publishedAt()), e.keywords(), e.topics(), e.views(), withdrawn ? null : e.addressee(),
				withdrawn ? List.of() : e.preamble(),
				withdrawn ? List.of()
						: e.writtenSections()
							.stream()
							.map((s) -> new PartJson(s.kind().name(), s.heading(), s.paragraphs()))
							.toList(),
				withdrawn ? null : e.signingAgency(), e.correctionNote(), e.withdrawalReason());
	}

	private SummaryJson summary(ReportEdition e, String base) {
		List<String> region = this.directory.path(e.getReport().getAgency().getId())
			.stream()
			.map(AgencyDirectory.Node::shortName)
			.toList();
		return new SummaryJson(e.getReport().getId(), base + "/reports/" + e.getReport().getId(), e.getTitle(),
				e.getReport().getYear(), e.getReport().getIndexNumber(), e.getReport().getAgency().getFullName(),
				e.getReport().getAgency().getUnifiedCode(), region, instant(e.getPublishedAt()));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", text("api.error.notFound")));
	}

	@ExceptionHandler(ApiCursor.Invalid.class)
	ResponseEntity<ApiError> badCursor() {
		return ResponseEntity.badRequest().body(new ApiError("bad_request", text("api.error.cursor")));
	}

	@ExceptionHandler(BadRequest.class)
	ResponseEntity<ApiError> badRequest(BadRequest ex) {
		return ResponseEntity.badRequest().body(new ApiError("bad_request", text(ex.getMessage())));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch() {
		return ResponseEntity.badRequest().body(new ApiError("bad_request", text("api.error.id")));
	}

	private static int parse(String value, String errorKey) {
		if (value == null || value.isBlank()) {
			return 0;
		}
		Integer parsed = QueryParams.integer(value);
		if (parsed == null) {
			throw new BadRequest(errorKey);
		}
		return parsed;
	}

	private String text(String key) {
		return this.messages.text(key);
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String instant(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

	/**
	 * A query parameter the API cannot use; its message is a bundle key.
	 */
	static class BadRequest extends RuntimeException {

		BadRequest(String messageKey) {
			super(messageKey);
		}

	}

}
