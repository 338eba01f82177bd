package org.pressroom.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median, p95 and max of a sample of milliseconds (nearest-rank). */
record Percentiles(int count, long p50, long p95, long max) {

	static Percentiles of(List<Long> samples) {
		List<Long> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		return new Percentiles(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.95), sorted.get(sorted.size() - 1));
	}

	private static long rank(List<Long> sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	String json() {
		return "{\"n\":" + this.count + ",\"p50\":" + this.p50 + ",\"p95\":" + this.p95 + ",\"max\":" + this.max + "}";
	}

}
