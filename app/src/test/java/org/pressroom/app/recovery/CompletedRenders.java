package org.pressroom.app.recovery;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Counts the renders that ran to the end in this JVM, from the line RenderJob logs for
 * each ("Rendered {version} at {checksum}"), so a test can tell whether one checksum was
 * rendered twice. Spring Boot resets logging when a context starts, so
 * {@link StandalonePressroom#startInProcess} attaches it once logging is set up.
 */
final class CompletedRenders implements AutoCloseable {

	private final Logger logger = (Logger) LoggerFactory.getLogger("org.pressroom.worker.render.RenderJob");

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	void attach() {
		if (!this.appender.isStarted()) {
			this.appender.start();
		}
		this.logger.addAppender(this.appender);
	}

	/**
	 * How many renders of a checksum completed beyond the first, summed over checksums.
	 */
	long duplicates() {
		Map<String, Long> perChecksum = completed().stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return perChecksum.values().stream().mapToLong((count) -> count - 1).sum();
	}

	long count() {
		return completed().size();
	}

	private List<String> completed() {
		return List.copyOf(this.appender.list)
			.stream()
			.map(ILoggingEvent::getFormattedMessage)
			.filter((message) -> message.startsWith("Rendered "))
			.map((message) -> message.substring(0, message.indexOf(':')))
			.toList();
	}

	@Override
	public void close() {
		this.logger.detachAppender(this.appender);
		this.appender.stop();
	}

}
