package org.pressroom.worker.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.pressroom.core.serialization.Priority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads renders run on, apart from JobRunr's (which waits for them, up to the
 * render deadline). Bulk renders run on threads at nice {@value #BULK_NICE}: Linux keeps
 * a nice value per thread and a process inherits that of the thread that starts it, so
 * the writers and pdflatex of bulk work leave the CPU to an editor's render, which runs
 * at the normal priority (docs/admission.md). An unprivileged process cannot lower a nice
 * value again, hence a pool per priority. Where {@code renice} or
 * {@code /proc/thread-self} is missing, bulk renders run at the normal priority.
 */
final class RenderThreads implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RenderThreads.class);

	static final int BULK_NICE = 19;

	private static final AtomicBoolean WARNED = new AtomicBoolean();

	private final ExecutorService interactive = Executors.newCachedThreadPool(threads("pressroom-render-", false));

	private final ExecutorService bulk = Executors.newCachedThreadPool(threads("pressroom-render-bulk-", true));

	<T> Future<T> submit(Priority priority, Callable<T> task) {
		return ((priority == Priority.BULK) ? this.bulk : this.interactive).submit(task);
	}

	@Override
	public void close() {
		this.interactive.shutdownNow();
		this.bulk.shutdownNow();
	}

	private static ThreadFactory threads(String prefix, boolean lowPriority) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(() -> {
				if (lowPriority) {
					lowerThisThread();
				}
				task.run();
			}, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * {@code renice} on this thread's own task id, which {@code /proc/thread-self} names.
	 */
	static boolean lowerThisThread() {
		try {
			Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
			String tid = self.getFileName().toString();
			Process renice = new ProcessBuilder("renice", "-n", Integer.toString(BULK_NICE), "-p", tid)
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (renice.waitFor(10, TimeUnit.SECONDS) && renice.exitValue() == 0) {
				return true;
			}
			renice.destroyForcibly();
			warnOnce("renice exited with " + (renice.isAlive() ? "no answer" : renice.exitValue()));
		}
		catch (IOException | UnsupportedOperationException ex) {
			warnOnce(ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	private static void warnOnce(String reason) {
		if (WARNED.compareAndSet(false, true)) {
			log.warn("Cannot lower the OS priority of bulk renders ({}); they run at the normal priority", reason);
		}
	}

}
