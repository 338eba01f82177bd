package org.pressroom.app.deployment;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads samples from Prometheus's text exposition format, as /actuator/prometheus serves
 * it.
 */
final class PrometheusText {

	private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)$");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final String text;

	PrometheusText(String text) {
		this.text = text;
	}

	/**
	 * The sum of the samples of {@code metric} that carry all of {@code labels}; NaN if
	 * there is none.
	 */
	double sum(String metric, Map<String, String> labels) {
		double sum = 0;
		boolean found = false;
		for (String line : this.text.lines().toList()) {
			Matcher sample = SAMPLE.matcher(line.trim());
			if (line.startsWith("#") || !sample.matches() || !sample.group(1).equals(metric)
					|| !hasLabels(sample.group(3), labels)) {
				continue;
			}
			sum += Double.parseDouble(sample.group(4));
			found = true;
		}
		return found ? sum : Double.NaN;
	}

	double sum(String metric) {
		return sum(metric, Map.of());
	}

	/** Whether any sample of {@code metric} is there. */
	boolean has(String metric) {
		return !Double.isNaN(sum(metric));
	}

	private static boolean hasLabels(String labelText, Map<String, String> wanted) {
		if (wanted.isEmpty()) {
			return true;
		}
		if (labelText == null) {
			return false;
		}
		Map<String, String> found = new HashMap<>();
		Matcher label = LABEL.matcher(labelText);
		while (label.find()) {
			found.put(label.group(1), label.group(2));
		}
		return wanted.entrySet().stream().allMatch((entry) -> entry.getValue().equals(found.get(entry.getKey())));
	}

}
