package org.fazhi.support;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.fazhi.account.CurrentUser;
import org.fazhi.account.Role;
import org.fazhi.account.UserAccount;
import org.fazhi.account.UserAccountRepository;
import org.fazhi.agency.Agency;
import org.fazhi.agency.AgencyLevel;
import org.fazhi.agency.AgencyRepository;
import org.fazhi.report.EditionHistory;
import org.fazhi.report.EditionMetadata;
import org.fazhi.report.EditionState;
import org.fazhi.report.Publication;
import org.fazhi.report.Report;
import org.fazhi.report.ReportEdition;
import org.fazhi.report.ReportEditionRepository;
import org.fazhi.report.ReportRepository;
import org.fazhi.report.ReportSection;
import org.fazhi.report.ReviewRemark;
import org.fazhi.report.ReviewRemarkRepository;
import org.fazhi.report.SectionKind;
import org.fazhi.report.SubmissionChecks;
import org.fazhi.report.Submissions;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds isolated test worlds in the shared test database: each call makes new agencies
 * and accounts with unique codes and names, so tests never see each other's data.
 */
@TestComponent
public class Fixtures {

	/** Every fixture account signs in with this password. */
	public static final String PASSWORD = "test-password";

	private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final SecureRandom random = new SecureRandom();

	private final AgencyRepository agencies;

	private final UserAccountRepository accounts;

	private final ReportRepository reports;

	private final ReportEditionRepository editions;

	private final TransactionTemplate transaction;

	private final SubmissionChecks checks;

	private final Submissions submissions;

	private final Publication publication;

	private final ReviewRemarkRepository remarks;

	private final EditionHistory audit;

	private final Clock clock;

	Fixtures(AgencyRepository agencies, UserAccountRepository accounts, ReportRepository reports,
			ReportEditionRepository editions, PlatformTransactionManager transactions, Clock clock,
			SubmissionChecks checks, Submissions submissions, Publication publication, ReviewRemarkRepository remarks,
			EditionHistory audit) {
		this.audit = audit;
		this.checks = checks;
		this.submissions = submissions;
		this.publication = publication;
		this.remarks = remarks;
		this.agencies = agencies;
		this.accounts = accounts;
		this.reports = reports;
		this.editions = editions;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Two counties: the first oversees townships A and B, the second township C; a clerk
	 * for each township, a reviewer for each county, and an admin.
	 *
	 * @param county first county
	 * @param townshipA township with clerk A
	 * @param townshipB township with clerk B
	 * @param otherCounty second county
	 * @param townshipC township of the second county
	 * @param clerkA clerk of township A
	 * @param clerkB clerk of township B
	 * @param reviewer reviewer of the first county
	 * @param otherReviewer reviewer of the second county
	 * @param admin an admin
	 */
	public record World(Agency county, Agency townshipA, Agency townshipB, Agency otherCounty, Agency townshipC,
			CurrentUser clerkA, CurrentUser clerkB, CurrentUser reviewer, CurrentUser otherReviewer,
			CurrentUser admin) {
	}

	public World world() {
		return this.transaction.execute((status) -> {
			String tag = Long.toString(Math.abs(random.nextLong()), 36).substring(0, 6);
			Agency county = agency("测试县" + tag, "测试县", AgencyLevel.COUNTY, null);
			Agency a = agency("测试县甲镇人民政府" + tag, "甲镇", AgencyLevel.TOWNSHIP, county);
			Agency b = agency("测试县乙镇人民政府" + tag, "乙镇", AgencyLevel.TOWNSHIP, county);
			Agency otherCounty = agency("另一县" + tag, "另一县", AgencyLevel.COUNTY, null);
			Agency c = agency("另一县丙乡人民政府" + tag, "丙乡", AgencyLevel.TOWNSHIP, otherCounty);
			return new World(county, a, b, otherCounty, c, user("clerka-" + tag, Role.CLERK, a),
					user("clerkb-" + tag, Role.CLERK, b), user("reviewer-" + tag, Role.REVIEWER, county),
					user("reviewer2-" + tag, Role.REVIEWER, otherCounty), user("admin-" + tag, Role.ADMIN, null));
		});
	}

	/**
	 * A draft for {@code year} whose four required parts and metadata are complete, ready
	 * to submit.
	 */
	public ReportEdition completeDraft(Agency township, CurrentUser clerk, int year) {
		return this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			Report report = this.reports.save(new Report(township, year, clerk.getUsername(), now));
			ReportEdition edition = new ReportEdition(report, 1, township.getFullName() + "关于" + year + "年度法治政府建设情况的报告",
					clerk.getUsername(), now);
			edition.updateMetadata(new EditionMetadata(edition.getTitle(), "县委、县政府：", "现将有关情况报告如下。",
					township.getFullName(), LocalDate.now(this.clock).minusDays(1), null, "法治政府"), clerk.getUsername(),
					now);
			for (SectionKind kind : SectionKind.values()) {
				edition.addSection(kind, kind.name(), body(kind, year), clerk.getUsername(), now);
			}
			return this.editions.save(edition);
		});
	}

	/**
	 * A complete draft already submitted by its clerk.
	 */
	public ReportEdition submitted(Agency township, CurrentUser submitter, int year) {
		ReportEdition draft = completeDraft(township, submitter, year);
		return this.transaction.execute((status) -> {
			ReportEdition edition = this.editions.findWithSectionsById(draft.getId()).orElseThrow();
			this.submissions.submit(edition, this.checks.check(edition), null, submitter.getUsername(),
					this.clock.instant());
			return edition;
		});
	}

	/**
	 * Rewrites one part of a draft, as its clerk might have typed it.
	 */
	public void rewritePart(Long editionId, SectionKind kind, UnaryOperator<String> change) {
		this.transaction.executeWithoutResult((status) -> {
			ReportEdition edition = this.editions.findWithSectionsById(editionId).orElseThrow();
			ReportSection section = edition.section(kind).orElseThrow();
			edition.updateSection(kind, section.getHeading(), change.apply(section.getBody()), edition.getCreatedBy(),
					this.clock.instant());
		});
	}

	/**
	 * A draft submitted now by its creator.
	 */
	public ReportEdition submitNow(ReportEdition draft) {
		return this.transaction.execute((status) -> {
			ReportEdition edition = this.editions.findWithSectionsById(draft.getId()).orElseThrow();
			this.submissions.submit(edition, this.checks.check(edition), null, edition.getCreatedBy(),
					this.clock.instant());
			return edition;
		});
	}

	/**
	 * A complete report for {@code year} submitted by the clerk and published by the
	 * reviewer, with its index number assigned.
	 */
	public ReportEdition published(Agency township, CurrentUser clerk, CurrentUser reviewer, int year) {
		return publish(submitted(township, clerk, year), reviewer);
	}

	/**
	 * Publishes an edition as the reviewer would, through the one publication path: index
	 * number, state, audit, search outbox.
	 */
	public ReportEdition publish(ReportEdition edition, CurrentUser reviewer) {
		ReportEdition submitted = (edition.getState() == EditionState.DRAFT) ? submitNow(edition) : edition;
		return this.transaction.execute((status) -> {
			ReportEdition loaded = this.editions.findWithSectionsById(submitted.getId()).orElseThrow();
			this.publication.publish(loaded, reviewer.getUsername(), this.clock.instant(),
					EditionHistory.SECRECY_REVIEWED);
			return loaded;
		});
	}

	/**
	 * A submitted report returned by the reviewer with an overall reason and a remark on
	 * the problems part.
	 */
	public ReportEdition returned(Agency township, CurrentUser clerk, CurrentUser reviewer, int year, String reason,
			String problemsRemark) {
		ReportEdition submitted = submitted(township, clerk, year);
		return this.transaction.execute((status) -> {
			ReportEdition edition = this.editions.findWithSectionsById(submitted.getId()).orElseThrow();
			Instant now = this.clock.instant();
			EditionState from = edition.returnToTownship(reviewer.getUsername(), now);
			this.audit.transition(reviewer.getUsername(), edition, "RETURN", from, null, reason);
			this.remarks.save(new ReviewRemark(edition.getId(), null, reviewer.getUsername(), reason, now));
			this.remarks.save(new ReviewRemark(edition.getId(), SectionKind.PROBLEMS, reviewer.getUsername(),
					problemsRemark, now));
			return this.editions.saveAndFlush(edition);
		});
	}

	/**
	 * The edition as stored now, its parts and topics loaded, for assertions outside a
	 * transaction.
	 */
	/**
	 * The id of the agency with this unified code.
	 */
	public Long agencyId(String code) {
		return this.agencies.findByUnifiedCode(code).orElseThrow().getId();
	}

	public ReportEdition reload(Long editionId) {
		return this.transaction.execute((status) -> {
			ReportEdition edition = this.editions.findWithSectionsById(editionId).orElseThrow();
			edition.getTopics().size();
			return edition;
		});
	}

	private static String body(SectionKind kind, int year) {
		String sentence = switch (kind) {
			case MEASURES -> year + "年，本镇严格落实行政执法三项制度，推进矛盾纠纷多元化解，开展普法宣传活动二十余场。";
			case PROBLEMS -> "执法人员专业能力不足，法律顾问作用发挥不够充分，普法形式较为单一，原因在于培训机制不健全。";
			case RESPONSIBLE_PERSON -> "党委书记、镇长履行第一责任人职责，主持研究法治建设四次，带头学法用法并出庭应诉。";
			case NEXT_YEAR_PLANS -> (year + 1) + "年将加强执法人员培训，完善法律顾问考核机制，创新普法宣传方式，提升依法行政水平。";
			case OTHER -> "无其他需要报告的情况。";
		};
		return sentence + "\n" + sentence;
	}

	/**
	 * A county of its own with townships of the given short names ("程庄镇"), their full
	 * names the county's and a tag ("民权县程庄镇人民政府k3x9"), for tests that match agencies by
	 * name.
	 */
	public List<Agency> countyWith(String countyName, String... townships) {
		String tag = Long.toString(System.nanoTime(), 36);
		Agency county = agency(countyName + "人民政府" + tag, countyName + tag, AgencyLevel.COUNTY, null);
		List<Agency> made = new ArrayList<>(List.of(county));
		for (String township : townships) {
			String suffix = township.endsWith("街道") ? "办事处" : "人民政府";
			made.add(agency(countyName + township + suffix + tag, township, AgencyLevel.TOWNSHIP, county));
		}
		return made;
	}

	private Agency agency(String fullName, String shortName, AgencyLevel level, Agency parent) {
		return this.agencies.save(new Agency(code(), fullName, shortName, level, parent));
	}

	private CurrentUser user(String username, Role role, Agency agency) {
		UserAccount account = this.accounts
			.save(new UserAccount(username, username, "{noop}" + PASSWORD, role, agency, this.clock.instant()));
		return new CurrentUser(account.getId(), username, username, role, (agency != null) ? agency.getId() : null,
				(agency != null) ? agency.getFullName() : null, true, null);
	}

	/**
	 * A random, well-formed 18-character unified social credit code.
	 */
	public static String code() {
		StringBuilder code = new StringBuilder(18);
		for (int i = 0; i < 18; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

}
