package org.fazhi.support;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The requests the clerk's and reviewer's forms send for each workflow step, as the pages
 * post them: one place for paths and field names, so tests read as the steps they take.
 */
public final class WorkflowRequests {

	private WorkflowRequests() {
	}

	/** 开始撰写: a new report for {@code year}, empty or from last year's. */
	public static MockHttpServletRequestBuilder start(int year, String basis, UserDetails clerk) {
		return post("/filing/reports").param("year", Integer.toString(year))
			.param("basis", basis)
			.with(user(clerk))
			.with(csrf());
	}

	/** 保存报告信息 with the given topics; the other fields as a clerk fills them. */
	public static MockHttpServletRequestBuilder metadata(Long editionId, long version, String title,
			LocalDate dateWritten, Collection<Long> topicIds, UserDetails clerk) {
		MockHttpServletRequestBuilder request = post("/filing/editions/{id}/metadata", editionId).param("title", title)
			.param("addressee", "县委、县政府：")
			.param("preamble", "现将有关情况报告如下。")
			.param("signingAgency", title.contains("关于") ? title.substring(0, title.indexOf("关于")) : "某镇人民政府")
			.param("dateWritten", (dateWritten != null) ? dateWritten.toString() : "")
			.param("keywords", "法治政府 年度报告")
			.param("version", Long.toString(version))
			.with(user(clerk))
			.with(csrf());
		topicIds.forEach((id) -> request.param("topicIds", id.toString()));
		return request;
	}

	/** 确认报送, warnings confirmed. */
	public static MockHttpServletRequestBuilder submit(Long editionId, long version, UserDetails clerk) {
		return post("/filing/editions/{id}/submit", editionId).param("version", Long.toString(version))
			.param("confirmWarnings", "true")
			.with(user(clerk))
			.with(csrf());
	}

	/** A remark on one part ({@code part} a slug) or, with {@code null}, on the whole. */
	public static MockHttpServletRequestBuilder remark(Long editionId, String part, String text, UserDetails reviewer) {
		MockHttpServletRequestBuilder request = post("/review/editions/{id}/remarks", editionId).param("text", text)
			.with(user(reviewer))
			.with(csrf());
		return (part != null) ? request.param("part", part) : request;
	}

	/** 退回修改 with a reason. */
	public static MockHttpServletRequestBuilder returnToTownship(Long editionId, long version, String reason,
			UserDetails reviewer) {
		return post("/review/editions/{id}/return", editionId).param("version", Long.toString(version))
			.param("reason", reason)
			.with(user(reviewer))
			.with(csrf());
	}

	/** 审核通过并公开, now, secrecy review confirmed. */
	public static MockHttpServletRequestBuilder publish(Long editionId, long version, UserDetails reviewer) {
		return post("/review/editions/{id}/publish", editionId).param("version", Long.toString(version))
			.param("secrecyReviewed", "true")
			.param("when", "now")
			.with(user(reviewer))
			.with(csrf());
	}

	/** 定时公开 at a local date-time ({@code 2026-03-20T09:00}). */
	public static MockHttpServletRequestBuilder schedule(Long editionId, long version, String at,
			UserDetails reviewer) {
		return post("/review/editions/{id}/publish", editionId).param("version", Long.toString(version))
			.param("secrecyReviewed", "true")
			.param("when", "later")
			.param("publishAt", at)
			.with(user(reviewer))
			.with(csrf());
	}

	/** 撤回 with a public reason. */
	public static MockHttpServletRequestBuilder withdraw(Long editionId, long version, String reason,
			UserDetails reviewer) {
		return post("/review/editions/{id}/withdraw", editionId).param("version", Long.toString(version))
			.param("reason", reason)
			.with(user(reviewer))
			.with(csrf());
	}

}
