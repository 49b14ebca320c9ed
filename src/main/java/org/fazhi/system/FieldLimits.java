package org.fazhi.system;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The longest value each text field takes: one number per field, used by the form
 * records' checks, by the pages' {@code maxlength} (as the bean {@code @limits}) and
 * matched against the database's column widths by a test, so the three cannot drift.
 */
@Component("limits")
public final class FieldLimits {

	/** 用户名. */
	public static final int USERNAME = 64;

	/** A person's name. */
	public static final int DISPLAY_NAME = 64;

	/** A password (the hash column is wider). */
	public static final int PASSWORD = 128;

	/** A unified social credit code (统一社会信用代码). */
	public static final int UNIFIED_CODE = 18;

	/** An agency's full name. */
	public static final int AGENCY_FULL_NAME = 100;

	/** An agency's short name. */
	public static final int AGENCY_SHORT_NAME = 50;

	/** A topic's name. */
	public static final int TOPIC_NAME = 50;

	/** A topic's cue words. */
	public static final int TOPIC_CUES = 2000;

	/** The page a reader reports an error on (its path). */
	public static final int FEEDBACK_PAGE = 500;

	/** What the reader says is wrong. */
	public static final int FEEDBACK_DESCRIPTION = 1000;

	/** How to reach the reader. */
	public static final int FEEDBACK_CONTACT = 100;

	/** A fixed formulation's wrong or right form. */
	public static final int FORMULATION = 200;

	/** Digits of a topic's position in lists. */
	public static final int TOPIC_POSITION_DIGITS = 4;

	/** 标题. */
	public static final int TITLE = 200;

	/** 主送机关. */
	public static final int ADDRESSEE = 200;

	/** The opening paragraphs before the first part. */
	public static final int PREAMBLE = 5000;

	/** 落款. */
	public static final int SIGNING_AGENCY = 100;

	/** 文号. */
	public static final int DOCUMENT_NUMBER = 100;

	/** 主题词. */
	public static final int KEYWORDS = 200;

	/** A part's heading. */
	public static final int HEADING = 200;

	/** 更正说明. */
	public static final int CORRECTION_NOTE = 2000;

	/** 修改说明 on a resubmission. */
	public static final int CHANGE_NOTE = 2000;

	/** Why a report is returned or withdrawn. */
	public static final int REASON = 2000;

	/** A reviewer's remark. */
	public static final int REMARK = 2000;

	/** A clerk's reply to a remark. */
	public static final int REPLY = 500;

	/** Where an archived report was published before. */
	public static final int ARCHIVED_FROM = 500;

	/** A search query. */
	public static final int QUERY = 200;

	/** Topics one report may carry. */
	public static final int TOPICS = 50;

	private static final Map<String, Integer> BY_NAME = byName();

	/**
	 * The limit named {@code name} (a constant's name, e.g. {@code TITLE}): for
	 * templates, which may not read static fields.
	 */
	public int of(String name) {
		Integer limit = BY_NAME.get(name);
		if (limit == null) {
			throw new IllegalArgumentException("No field limit " + name);
		}
		return limit;
	}

	private static Map<String, Integer> byName() {
		Map<String, Integer> limits = new HashMap<>();
		for (Field field : FieldLimits.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
				try {
					limits.put(field.getName(), field.getInt(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return Map.copyOf(limits);
	}

	/**
	 * {@code value} cut to {@code limit} characters: for text taken from documents rather
	 * than typed into a form, which is kept rather than refused.
	 */
	public static String fit(String value, int limit) {
		return (value != null && value.length() > limit) ? value.substring(0, limit) : value;
	}

}
