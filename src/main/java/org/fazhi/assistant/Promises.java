package org.fazhi.assistant;

import java.util.List;

/**
 * Last year's promises tracked in this year's report, for the public promise tracker:
 * each plan item with the passage of this year's measures that reports on it, or none.
 */
public final class Promises {

	private Promises() {
	}

	/**
	 * @param lastYearPlans last year's 下一年度工作安排
	 * @param thisYearMeasures this year's 主要举措和成效
	 */
	public static List<Assessment.Promise> track(String lastYearPlans, String thisYearMeasures) {
		return PromiseCheck.match(lastYearPlans, thisYearMeasures);
	}

	/** The share of promises kept, in whole percent; 0 when there were none. */
	public static int keptPercent(List<Assessment.Promise> promises) {
		if (promises.isEmpty()) {
			return 0;
		}
		long kept = promises.stream().filter(Assessment.Promise::kept).count();
		return (int) Math.round(kept * 100.0 / promises.size());
	}

}
