import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tabulates the JSON lines FaultFigures writes: one row per fault, summed over runs. Run by scripts/fault-figures. */
public class FaultTable {

	private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|\\[[^\\]]*\\]|-?\\d+)");

	public static void main(String[] args) throws Exception {
		Map<String, long[]> totals = new LinkedHashMap<>();
		Map<String, List<Long>> recoveries = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of(args[0]))) {
			Map<String, String> fields = new LinkedHashMap<>();
			Matcher matcher = FIELD.matcher(line);
			while (matcher.find()) {
				fields.put(matcher.group(1), matcher.group(2));
			}
			String fault = fields.get("fault").replace("\"", "");
			long[] sums = totals.computeIfAbsent(fault, (key) -> new long[6]);
			sums[0]++;
			String[] names = { "committed", "rendered", "lost", "stale", "duplicates" };
			for (int i = 0; i < names.length; i++) {
				sums[i + 1] += Long.parseLong(fields.get(names[i]));
			}
			String list = fields.get("recovery_ms").replaceAll("[\\[\\] ]", "");
			for (String value : list.isEmpty() ? new String[0] : list.split(",")) {
				recoveries.computeIfAbsent(fault, (key) -> new ArrayList<>()).add(Long.parseLong(value));
			}
		}
		System.out.println("| fault | runs | edits committed | edits rendered | lost | stale at end | duplicate renders "
				+ "| recovery median (ms) | recovery max (ms) |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		totals.forEach((fault, sums) -> {
			List<Long> times = recoveries.getOrDefault(fault, List.of()).stream().sorted().toList();
			String median = times.isEmpty() ? "-" : String.valueOf(times.get((times.size() - 1) / 2));
			String max = times.isEmpty() ? "-" : String.valueOf(times.get(times.size() - 1));
			System.out.printf("| %s | %d | %d | %d | %d | %d | %d | %s | %s |%n", fault, sums[0], sums[1], sums[2],
					sums[3], sums[4], sums[5], median, max);
		});
	}

}
