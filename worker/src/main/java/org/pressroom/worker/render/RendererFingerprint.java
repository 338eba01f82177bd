package org.pressroom.worker.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A digest of everything that decides what a PDF or HTML page looks like, read from this
 * JVM's class path: the renderer's classes (the document model, the LaTeX and HTML
 * writers, the render package), the templates and tables, the checksum's canonical form,
 * and the versions of the libraries the writers use (jsoup, jmustache, PDFBox). With the
 * TeX toolchain's {@code pdflatex --version} it makes the renderer version
 * ({@link LocalRenderer}), so that a change to any of them re-renders every version once
 * without anyone bumping a number (issue #11; APT's first content hash served stale PDFs
 * for good when someone forgot). Conservative on purpose: a change to a class that only
 * moved a line re-renders too; only the classes that decide when and where to render, not
 * what, are left out.
 */
final class RendererFingerprint {

	/**
	 * Where what renders lives, as class path patterns; each name is digested from its
	 * root on.
	 */
	static final List<String> RENDERER_RESOURCES = List.of("templates/", "org/pressroom/worker/latex/",
			"org/pressroom/worker/html/", "org/pressroom/worker/document/", "org/pressroom/worker/render/",
			"org/pressroom/core/checksum/", "org/pressroom/core/document/");

	/**
	 * Libraries whose version changes output: their Maven coordinates, as jars carry
	 * them.
	 */
	static final List<String> LIBRARIES = List.of("org.jsoup/jsoup", "com.samskivert/jmustache",
			"org.apache.pdfbox/pdfbox");

	/**
	 * Classes that decide when and where to render, not what: changing them re-renders
	 * nothing.
	 */
	private static final Pattern ORCHESTRATION = Pattern
		.compile("org/pressroom/worker/render/(RenderJob|RenderMetrics|RenderThreads|RenderFailures|AbandonedJobFolders"
				+ "|RendererFingerprint|LocalRenderer)(\\$.*)?\\.class");

	private RendererFingerprint() {
	}

	/**
	 * The code digest: SHA-256 over every renderer resource's name and bytes, in name
	 * order, and the libraries.
	 */
	static String codeDigest() {
		return codeDigest(RendererFingerprint.class.getClassLoader());
	}

	/** The code digest of what {@code classLoader} sees. */
	static String codeDigest(ClassLoader classLoader) {
		Map<String, byte[]> resources = new TreeMap<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		try {
			for (String root : RENDERER_RESOURCES) {
				for (Resource resource : resolver.getResources("classpath*:" + root + "**")) {
					String url = resource.getURL().toString();
					int at = url.lastIndexOf(root);
					if (!resource.isReadable() || at < 0) {
						continue;
					}
					String name = url.substring(at);
					// Directory entries (a jar has them, a class folder does not) carry
					// nothing.
					if (!name.endsWith("/") && !ORCHESTRATION.matcher(name).matches()) {
						resources.put(name, read(resource));
					}
				}
			}
			for (String library : LIBRARIES) {
				for (Resource resource : resolver
					.getResources("classpath*:META-INF/maven/" + library + "/pom.properties")) {
					String version = new String(read(resource), StandardCharsets.ISO_8859_1).lines()
						.filter((line) -> line.startsWith("version="))
						.findFirst()
						.orElse("version=unknown");
					resources.put("library:" + library, version.getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the renderer's classes and templates", ex);
		}
		if (resources.keySet().stream().noneMatch((name) -> name.startsWith("templates/"))) {
			throw new IllegalStateException("The renderer's templates are not on the class path");
		}
		MessageDigest digest = sha256();
		resources.forEach((name, bytes) -> {
			digest.update(name.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(bytes);
		});
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * The renderer version: a digest of the code digest and the TeX toolchain's version
	 * text.
	 */
	static String version(String codeDigest, String texVersion) {
		MessageDigest digest = sha256();
		digest.update(codeDigest.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
		digest.update(texVersion.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * Everything {@code pdflatex --version} prints: pdfTeX's, kpathsea's and the
	 * libraries' versions.
	 */
	static String texVersion() {
		try {
			Process process = new ProcessBuilder("pdflatex", "--version").redirectErrorStream(true).start();
			process.getOutputStream().close();
			String output;
			try (InputStream out = process.getInputStream()) {
				output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
			}
			if (process.waitFor() != 0 || output.isBlank()) {
				throw new IllegalStateException("pdflatex --version failed: " + output.strip());
			}
			return output.strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot run pdflatex: a worker needs the TeX toolchain", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while asking pdflatex for its version", ex);
		}
	}

	private static byte[] read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
